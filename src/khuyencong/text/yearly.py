"""An average yearly growth ("tăng bình quân 20,6%/năm", "an average of 20.6 per cent a
year"): not the growth from its base to its level, but the yearly rate that compounds to
it over the years between them, 100·((new/old)^(1/n) − 1). The years are those its level
and its base are said of; when the text does not say both, it is not judged.
"""

import itertools
import re

from ..core.i18n import _
from . import periods

#: an average said of each year, right before the percentage: "bình quân mỗi năm tăng",
#: "tăng bình quân hằng năm", "average annual growth of", "an annual average of"
_YEARLY_BEFORE = re.compile(
    r"(?:\b(?:bình quân|trung bình)\s+(?:mỗi|hằng|hàng|một)\s+năm(?:\s+(?:tăng|giảm))?"
    r"|\b(?:tăng|giảm)(?:\s+trưởng)?\s+(?:bình quân|trung bình)\s+(?:mỗi|hằng|hàng)\s+năm"
    r"|\b(?:an\s+)?average\s+(?:annual|yearly)\b[^,;%]{0,30}"
    r"|\b(?:an?\s+)?(?:annual|yearly)\s+average\b[^,;%]{0,30})"
    r"[^,;%\d]{0,12}$",
    re.IGNORECASE,
)
#: an average said of the change, which may be of the years between or of several items
#: at once ("giá điện tăng bình quân 4,8%": the tariffs' average rise): "tăng bình quân",
#: "tăng trưởng bình quân", "bình quân giai đoạn tăng", "an average of"
_AVERAGE_BEFORE = re.compile(
    r"(?:\b(?:tăng|giảm)(?:\s+trưởng)?\s+(?:bình quân|trung bình)"
    r"|\b(?:bình quân|trung bình)(?:\s+(?:cả\s+)?giai\s+đoạn)?\s+(?:tăng|giảm)"
    r"|\b(?:an\s+)?average\s+of)"
    r"[^,;%\d]{0,12}$",
    re.IGNORECASE,
)
#: a rate said per year, right after the percentage: "%/năm", "per cent a year"
_PER_YEAR_AFTER = re.compile(
    r"\s*(?:/\s*năm|(?:mỗi|hằng|hàng|một)\s+năm|a year|per year|per annum|annually|each year)\b",
    re.IGNORECASE,
)
#: a year said within a few words before an amount: "năm 2024 đạt", "so với năm 2020 ("
_YEAR_BEFORE = re.compile(r"\b((?:19|20)\d\d)\b(?![./-]\d)[^%\d;]{0,25}$")


def said_yearly(r):
    """Whether a growth is said as an average of each year ("yearly"), as an average that
    may be of the years ("average"), or neither (None), by the words of its change."""
    text = r.sentence.paragraph.text
    lead = text[max(r.sentence.start, r.percent.start - 60) : r.percent.start]
    if _YEARLY_BEFORE.search(lead) or _PER_YEAR_AFTER.match(text, r.percent.end):
        return "yearly"
    return "average" if _AVERAGE_BEFORE.search(lead) else None


def adjust(r):
    """Make a growth said as a yearly average, tied to its level and base, the yearly form
    over the years between them ("… 860 triệu kWh năm 2020 lên 1.820 triệu kWh năm 2024, tăng
    bình quân 20,6%/năm": four years); a plain growth when they are one year apart; and
    leave one said of each year unjudged when the text does not say both years ("tăng bình
    quân" alone may be the average of several items' rises: then the growth it reads as)."""
    if r.form not in ("growth", "rise", "fall") or r.a is None or r.b is None:
        return
    said = said_yearly(r)
    if said is None:
        return
    text = r.sentence.paragraph.text
    new, old = _year_of(text, r.a, r.sentence.start), _year_of(text, r.b, r.sentence.start)
    if r.form != "growth" or new is None or old is None or new <= old:
        if said == "yearly" or r.form != "growth":  # (of a change, the base's year is unsaid)
            r.form = None
            r.note = _("an average yearly growth: the text does not say the years it spans")
        return
    near = text[max(r.sentence.start, r.percent.start - 80) : r.percent.end + 40]
    span = _SPAN.search(near)  # "bình quân giai đoạn 2016-2024": its own years, if other
    if span and (int(span.group(2)) != new or int(span.group(1)) not in (old, old + 1)):
        r.form = None
        r.note = _("an average yearly growth: the text does not say the years it spans")
        return
    if new - old > 1:
        r.form, r.years = "yearly", new - old
        r.how = _("{how}, a yearly average over {years} years").format(how=r.how, years=r.years)


def _year_of(text, amount, start):
    """Return the year an amount is said of: right after it ("860 triệu kWh năm 2020", "in
    2020"), else a few words before it ("năm 2024 đạt 1.820", "so với năm 2020 (860"), in
    its sentence; or None."""
    year = periods.year_after(text, amount.end, comma=True)
    if year is not None:
        return year
    m = _YEAR_BEFORE.search(text, max(start, amount.start - 40), amount.start)
    return int(m.group(1)) if m else None


def share_comparison(readings):
    """Tie a yearly average said right after a growth or a multiple, with no amount or
    subject of its own between, to that comparison's level and base: it restates it per
    year ("gấp 1,74 lần năm 2020 (10.620 tỷ đồng), bình quân tăng 11,7%/năm", "tăng 85% so
    với năm 2020 (2,05 tỷ USD); bình quân giai đoạn tăng 13,1%/năm")."""
    for x, y in itertools.pairwise(readings):
        if y.kind != "growth" or y.strength is not None or x.sentence is not y.sentence:
            continue
        if x.kind not in ("growth", "times") or x.strength != "strong" or x.form != x.kind:
            continue
        if y.a not in (None, x.a) or not said_yearly(y):
            continue
        text = y.sentence.paragraph.text
        between = _RESTATED.fullmatch(text, max(x.percent.end, x.b.end), y.percent.start)
        if between is None:
            continue
        start = x.sentence.start
        new, old = _year_of(text, x.a, start), _year_of(text, x.b, start)
        if new is None or old is None or new - old < 2:
            continue  # "tăng 8% so với năm 2024 (B); bình quân giai đoạn 2021-2025 tăng …":
            # a comparison over one year is not the span the average is of
        span = _SPAN.search(between.group(0))
        if span and (int(span.group(2)) != new or int(span.group(1)) not in (old, old + 1)):
            continue
        y.tie("growth", x.a, x.b, _("the level and the base of the comparison said before it"))
        y.missing = ""


_SPAN = re.compile(r"((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)")
#: between a comparison and its yearly average: a stop, then only the words of averaging
_RESTATED = re.compile(
    r"(?:\s+(?:of|in|năm)\s+(?:19|20)\d\d)?[\s)]*[,;]?\s*(?:và\s+|and\s+|or\s+)?"
    r"(?:(?:tốc độ\s+)?(?:tăng\s+trưởng\s+)?(?:bình quân|trung bình)"
    r"(?:\s+(?:mỗi|hằng|hàng)\s+năm|\s+(?:cả\s+)?giai\s+đoạn(?:\s+(?:19|20)\d\d\s*[-–]\s*"
    r"(?:19|20)\d\d)?)?(?:\s+(?:tăng|giảm|đạt))?"
    r"|an?\s+average(?:\s+(?:annual|yearly))?\s+(?:increase|growth|rise|gain)\s+of"
    r"|(?:up\s+)?an\s+average\s+of|averaging)\s*",
    re.IGNORECASE,
)
