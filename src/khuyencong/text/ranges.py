"""A range of percentages: "tăng 1,5-2,1%", "từ 0,7 đến 2%", "từ 10% đến 12%", "10%–12%",
"between 6 per cent and 6.5 per cent". Its high end is checked against the range (a figure
that falls anywhere in it holds), and its low end, written as a number of its own, takes the
high end's tie and is judged on the same range.
"""

import re
from itertools import pairwise

from .tokens import _NUM, POINT_WORDS, Percent, parse

#: "từ 0,7 đến 2%": the lower end of a range, written without its own % sign
RANGE_LOW = re.compile(rf"\b(?:từ|from)\s+(?P<num>{_NUM})\s*(?:đến|tới|to|-|–)\s*{_NUM}\s*%", re.I)
#: the low end of a range a percentage ends: "1,5-2,1%", "6–6,5%", "từ 0,7 đến 2%"
_RANGE_BEFORE = re.compile(rf"(?<![\d.,])(?P<low>{_NUM})\s*(?:[-–—]|đến|tới|to)\s*$", re.I)
#: between the two percentages of a range, each with its sign: a dash, or "đến"/"tới" in
#: Vietnamese ("từ 10% đến 12%"; "from 5 per cent to 7 per cent" is a rate that moved)
_JOIN = re.compile(r"\s*(?:[-–—]|đến|tới)\s*", re.I)
#: "between 6 per cent and 6.5 per cent", "giữa 10% và 12%"
_BETWEEN = re.compile(r"\b(?:between|giữa)\s*$", re.I)
_AND = re.compile(r"\s*(?:and|và)\s*", re.I)
#: a change in points said right after two rates: they are a rate that moved ("tăng từ
#: 27,2% đến 28,4%, tăng 1,2 điểm phần trăm"), not a range
_POINTS_AFTER = re.compile(rf"[^.;%]{{0,40}}?{POINT_WORDS}", re.I)


def marked(found, text, locale):
    """Return a sentence's percentages (tokens.percents) with the ends of their ranges
    marked: a high end's ``low`` is the low end's value, a low end's ``high`` the high end;
    a low end written with no % sign of its own ("từ 0,7 đến 2%") is added as a token."""
    for p in found:
        if p.kind == "%" and p.value >= 0 and p.low is None and not p.hedge:
            low = _RANGE_BEFORE.search(text, max(0, p.start - 16), p.start)
            value = parse(low.group("low"), locale) if low else None
            p.low = value if value is not None and value < p.value else None
    lows = []
    for m in RANGE_LOW.finditer(text) if found else ():
        value = parse(m.group("num"), locale)
        if value is not None:
            num = m.group("num")
            lows.append(Percent(num, m.start("num"), m.end("num"), value, num, kind="range-low"))
    out = sorted(found + lows, key=lambda t: t.start)
    for x, y in pairwise(t for t in out if t.kind in ("%", "range-low")):
        if x.kind == "range-low" and y.low == x.value:
            x.high = y
        elif _ends(x, y, text):
            x.high, y.low = y, x.value
    return out


def _ends(x, y, text):
    """Whether two percentages are the low and high ends of one range: a dash or "đến"
    between them, or "between"/"giữa" before and "and"/"và" between; low below high,
    neither signed, nor hedged but "about" the whole range ("khoảng 10% - 12%"), and no
    change in points of the two said after them."""
    if x.kind != "%" or y.kind != "%" or y.low is not None or x.hedge not in (None, "about"):
        return False
    if y.hedge or not 0 <= x.value < y.value or x.in_parens != y.in_parens:
        return False
    between = text[x.end : y.start]
    joined = _JOIN.fullmatch(between) is not None or (
        _AND.fullmatch(between) is not None
        and _BETWEEN.search(text, max(0, x.start - 12), x.start) is not None
    )
    return joined and _POINTS_AFTER.match(text, y.end) is None


def bounds(p):
    """Return (low, high) of the range a percentage is an end of, or None."""
    if p.low is not None:
        return p.low, p.value
    if p.high is not None:
        return p.value, p.high.value
    return None


#: what a range's low end takes from its high end's reading, when that ties both amounts
_TIE = ("kind", "form", "a", "b", "how", "strength", "sign", "verb", "object")


def take_ties(readings):
    """Give each range's low end its high end's tie, when that ties both amounts: the two
    are then judged on the same range."""
    highs = {id(r.percent): r for r in readings if r.percent.low is not None}
    for r in readings:
        high = highs.get(id(r.percent.high)) if r.percent.high is not None else None
        if high is not None and high.a is not None and high.b is not None:
            for name in _TIE:
                setattr(r, name, getattr(high, name))


def follow(findings):
    """A range's low end that took no tie says what its high end's finding says, short of
    a verdict: no figure of the text was checked against it."""
    from ..core.i18n import _
    from ..core.verdict import NO_VERDICT
    from .evidence import BASE_NOT_IN_TEXT, UNPAIRED

    by_percent = {id(f.reading.percent): f for f in findings}
    for f in findings:
        p = f.reading.percent
        high = by_percent.get(id(p.high)) if p.high is not None else None
        if high is None or f.reading.a is not None:
            continue
        f.kind = high.kind
        unjudged = high.status in (UNPAIRED, BASE_NOT_IN_TEXT, NO_VERDICT)
        f.status = high.status if unjudged else BASE_NOT_IN_TEXT
        note = _("the low end of the range {low}–{high}").format(low=p.text, high=high.text)
        f.note = f"{note}: {high.note}" if high.note else note
