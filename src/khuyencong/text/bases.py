"""A growth's base found in the rest of the passage, by the period it is compared with.

"so với cùng kỳ", "year-on-year" or nothing at all (a year before), "so với tháng trước"
(the month before), "so với năm 2022" (that year): the one amount the passage gives for
that period is the base (a lone candidate, evidence.lone), when no other growth nearby of
its unit wants one; firm unless its words name another item or place (evidence.py).
"""

import re
from bisect import bisect_left, bisect_right

from ..core.i18n import _
from . import context, evidence, names, periods
from . import words as w
from .measured import companions
from .reach import (
    apart,
    candidates,
    item_words,
    named_in,
    named_in_full,
    nearby,
    said_of,
    said_period,
)
from .tokens import Amount

#: a base named as the period a growth is against: "cùng kỳ năm trước", "same period last year"
_BASE_PERIOD = re.compile(
    r"cùng\s*kỳ|cùng\s*kì|same (?:period|month|week|quarter)|a year earlier|"
    r"(?:from|than|on|over|with|against|since|of) last year|"
    r"năm trước|niên vụ trước|previous (?:crop |fiscal |financial )?year",
    re.IGNORECASE,
)


#: the words that name a period, not an item: "cùng kỳ năm trước", "same period last year"
_PERIOD_WORDS = frozenset(
    [
        "cung",
        "ky",
        "ki",
        "nam",
        "truoc",
        "thang",
        "quy",
        "same",
        "period",
        "month",
        "week",
        "quarter",
        "last",
        "year",
        "earlier",
        "previous",
    ]
)


def _said_of_base_period(sc, r):
    """Return the entries within reach of a reading that are said of the period a year
    before, by the words right before them or by those that open their sentence (the
    text's such entries are found once); of its own sentence, only those within the
    catalog's reach of it (found by bisection: a sentence of thousands of growths costs no
    more for each)."""
    found = []
    for i in sc.sentences_near(r):
        cached = sc.base_period.get(i)
        if cached is None:  # found once for each sentence, when first asked
            s = sc.sentences[i]
            said = (
                [
                    e
                    for e in sc.catalog.of_sentence(s)
                    if _BASE_PERIOD.search(_just_before(e.amount, s))
                    or _BASE_PERIOD.search(_lead(s))
                    or _BASE_PERIOD_AFTER.match(s.paragraph.text, e.amount.end)
                ]
                if _BASE_PERIOD.search(s.paragraph.text, s.start, s.end)
                else []
            )  # in the order of the sentence's amounts, so their places are sorted
            cached = sc.base_period[i] = (said, [e.amount.start for e in said])
        said, starts = cached
        if i == r.sentence.index:
            lo = bisect_left(starts, r.percent.start - context.CHARS)
            said = said[lo : bisect_right(starts, r.percent.start + context.CHARS)]
        found += said
    return found


#: the period a year before, said right after an amount or after the run it ends: "…,
#: compared with 1.59 million tonnes and $4.14 billion a year earlier"
_BASE_PERIOD_AFTER = re.compile(
    r"(?:\s+(?:and|và)\s+(?:[^,;.%()]|[.,](?=\d)){0,40}?)?\s+(?:a year (?:earlier|ago|before)|"
    r"(?:in )?the same period (?:of )?last year|(?:của )?cùng kỳ năm trước)\b",
    re.IGNORECASE,
)


def _just_before(amount, sentence):
    """The words right before an amount, back to the token before it, percentages
    included: in "… hit $119.5 billion last year, up 23.3 per cent, … total exports of
    $405.5 billion" no "last year" is said of the $405.5 billion."""
    text = sentence.paragraph.text
    back = sentence.back(amount.start)
    last = next(back, None)
    while isinstance(last, Amount) and companions(last, amount, text):
        amount, last = last, next(back, None)  # "shipped 1.7 million tonnes worth $848 million"
    start = last.end if last is not None else sentence.start
    return text[start : amount.start]


def _lead(sentence):
    """The words that open a sentence, before its first amount or percentage: "In the
    previous crop year, the country shipped …", "Cùng kỳ năm trước, …"."""
    first = sentence.tokens[0].start if sentence.tokens else sentence.end
    return sentence.paragraph.text[sentence.start : first]


def _same_period(r):
    """Whether a growth is against the same period a year before: said so ("so với cùng
    kỳ", "year-on-year"), or said against nothing at all ("fell 10.2 per cent to 1.46
    million tonnes"), which reports mean the same way."""
    return _against_same_period(r) or not (  # "year-on-year"; not "bằng 125% năm 2024"
        w.COMPARED.search(r.object) or periods.PERIOD_ONLY.fullmatch(r.object)
    )


def _against_same_period(r):
    """Whether a growth's words say it is against the same period a year before."""
    return bool(_BASE_PERIOD.search(r.object) or w.SAME_PERIOD.search(r.object))


def _compared_with(x):
    """What a growth is compared with: a month before, a year it names, or the same
    period a year before (None: none of these)."""
    month = _month_before(x)
    if month is not None:
        return month
    if _same_period(x):
        return "same period"
    return _compared_year(x)


def _month_before(r):
    """Return the period ("month", n) of the month before a growth's own, when it is
    compared with the month before ("tháng 8 … tăng 1,6% so với tháng trước"), else None."""
    before = w.period_before(r.object)
    if before is None or before[0] != "month":
        return None
    own = periods.period(r.head)
    if own is None or own[0] != "month" or not own[1]:
        return None
    return ("month", own[1] - 1 if own[1] > 1 else 12)


def _compared_year(r):
    """Return the year a growth is compared with, by name ("so với năm 2022", "from 2022",
    "compared with 2022"), when its own sentence speaks of a year too, or of no period; else
    None (a half-year "so với năm 2022" is no comparison of two years)."""
    m = w.COMPARED.search(r.object)
    if m is None and periods.PERIOD_ONLY.fullmatch(r.object):
        return _year_named(r, r.object)  # "bằng 125% năm 2024"
    return _year_named(r, r.object[m.end() :]) if m is not None else None


def _times_year(r):
    """Return the year a multiple names as its base ("gấp 1,9 lần năm 2022"), as
    _compared_year does for a growth."""
    return _year_named(r, r.object)


def _year_named(r, words):
    """Return ("year", Y) for the year ``words`` open with, when the percentage's own
    sentence speaks of a year too, or of no period; else None."""
    year = _YEAR.match(words)
    own = periods.period(r.head)
    if year is None or (own is not None and own[0] != "year"):
        return None
    return ("year", int(year.group(1)))


_YEAR = re.compile(
    r"\s*(?:(?:(?:thời điểm\s+)?cuối\s+năm|năm|the year|in|that of|(?:the\s+)?end(?:\s+of|-))\s*)?"
    r"((?:19|20)\d\d)\b(?![./-]\d)",
    re.I,
)


#: a comparison with the year before, said as such: "so với năm trước", "from the previous
#: year"
_YEAR_BEFORE = re.compile(
    r"năm trước|năm ngoái|(?:the )?previous year|last year|a year earlier", re.IGNORECASE
)

#: what a percentage against an earlier period is: a growth, a multiple ("gấp 1,6 lần cùng
#: kỳ"), a ratio ("bằng 107% so với năm 2023")
_AGAINST_A_PERIOD = ("growth", "times", "ratio")


def tie_base(sc, r):
    """Tie a growth against "cùng kỳ", or against a year it names ("so với năm 2022"), to
    the one amount the passage states as that period's, when no other growth nearby wants
    one (a lone candidate, evidence.lone); and so a multiple that names that period ("gấp
    1,6 lần cùng kỳ năm trước", "1.6 times the figure for the same period last year") and a
    ratio to it ("bằng 107% so với năm 2023")."""
    if r.a is None or r.missing not in ("old", "base") or r.kind not in _AGAINST_A_PERIOD:
        return
    month = _month_before(r)
    named = periods.period(r.object) if periods.PERIOD_ONLY.fullmatch(r.object) else None
    if month is None and named is not None and named[0] in ("month", "quarter"):
        month = named  # "quý II thu 2.500 tỷ đồng, bằng 125% quý I": that quarter's amount
    if r.kind == "times":  # "gấp 1,9 lần năm 2022"; never "gấp 1,6 lần kế hoạch"
        year = _times_year(r)
        if year is None and not month and not _BASE_PERIOD.search(r.object):
            return
    else:
        year = None if month or _same_period(r) else _compared_year(r)
        if year is None and not month and not _same_period(r):
            return
    when = said_period(r)
    if month is not None:  # "up 36.8% from a month earlier" … "In December, … 1.17 million"
        bases = [
            e.amount
            for e in candidates(sc, r, hedged=True)
            if sc.roles.get(id(e.amount)) in ("plain", "base", "new") and e.period == month
        ]
    elif year is None:
        said = _said_of_base_period(sc, r)
        # a year's growth against the year before: "rose 7.6 per cent to $61.2 billion in
        # 2024. In 2023, exports to the market were $57.1 billion"
        before = ("year", when[1] - 1) if when and when[0] == "year" and when[1] else None
        near = list(sc.catalog.near(r.sentence, r.percent.start))
        if before is None and when is None and _YEAR_BEFORE.search(r.object):
            # "… trong năm là 2.845 vụ, giảm 8,6% so với năm trước. Năm 2023, … 3.210 vụ":
            # a growth of a year it does not name, against the one year the passage names
            named = {e.period for e in near if e.period and e.period[0] == "year"}
            before = next(iter(named)) if len(named) == 1 else None
        if before is not None:
            said = said + [e for e in near if e.period == before]
        mine = sc.years.get(id(r.sentence))
        if when is not None and when[0] != "year" and mine:
            # "Quý I/2023, tỉnh đón 1,45 triệu lượt khách. Quý I/2024, … bằng 125,5% so với
            # cùng kỳ": the same period of the year before
            said = said + [
                e for e in near if e.period == when and sc.years.get(id(e.sentence)) == mine - 1
            ]
        bases = [
            e.amount
            for e in candidates(sc, r, (sc.subjects.get("growth", set()),), True, said)
            if sc.roles.get(id(e.amount)) in ("plain", "base")  # a change is no base
            and (periods.compatible(when, e.period) or e.period == before)
        ]
    else:  # that year's amount, even where it is the level of a growth of its own
        bases = [
            e.amount
            for e in candidates(sc, r, hedged=True)
            if sc.roles.get(id(e.amount)) in ("plain", "base", "new") and e.period == year
        ]
    if len({t.value for t in bases}) != 1:
        return  # no lone candidate: the growths that want one need not be counted
    claimants = nearby(
        sc,
        r,
        lambda x: (
            x.kind in _AGAINST_A_PERIOD
            and x.missing in ("old", "base")
            and x.a is not None
            and x.a.unit == r.a.unit  # tonnes and dollars want different bases
            and _compared_with(x) == (month or year or "same period")
        ),
    )
    named = named_in(sc, bases[0]) - _PERIOD_WORDS - w.SCOPE_WORDS  # its period is no item
    if named and named <= said_of(sc, r, own=True):
        # "Năm 2023, kim ngạch xuất khẩu của tỉnh đạt 2.085 triệu USD. … xuất khẩu … tăng
        # 15,2% so với năm 2023 …. Kim ngạch nhập khẩu … tăng 9,8%": a base naming one
        # growth's item is not wanted by the growths of another
        claimants = [x for x in claimants if named <= said_of(sc, x, own=True)]
    base = evidence.lone(bases, claimants, r)
    if base is None:
        return
    named = named_in(sc, base) - _PERIOD_WORDS - w.SCOPE_WORDS
    strength = evidence.lone_strength(named, said_of(sc, r), apart(sc, r, base))
    how = _("{amount} (line {line}), the only amount the text gives for that period").format(
        amount=base.text, line=sc.catalog.line_of(base)
    )
    form = {"times": "times", "ratio": "ratio"}.get(r.kind, "growth")
    r.tie(form, r.a, base, how, strength)
    r.missing = ""
    if strength == evidence.FIRM:  # one period's amount is one growth's base, not another's
        sc.tied.add(id(base))


#: the words of a multiple itself, which name no item: "gấp", "lần", "times"
_MULTIPLE_WORDS = item_words("gấp gần bằng lần times fold")


def tie_named_pair(sc, r):
    """Tie a multiple whose sentence states neither amount but names both items ("Kim
    ngạch xuất khẩu của tỉnh gấp 3,2 lần nhập khẩu; trong đó xuất khẩu đạt 4.150 triệu USD,
    nhập khẩu 1.380 triệu USD") to the one amount each is named by, of one unit and
    period: firm, as a lone candidate named by every word is."""
    if r.kind != "times" or r.a is not None or r.b is not None or r.strength is not None:
        return
    theirs = item_words(r.object) - _PERIOD_WORDS
    mine = said_of(sc, r) - w.SCOPE_WORDS - _PERIOD_WORDS - _MULTIPLE_WORDS
    if not theirs or not mine or mine <= theirs or theirs <= mine:
        return  # "gấp 2 lần năm trước": a period's, not another item's (tie_base)
    near = [
        e
        for e in sc.catalog.near(r.sentence, r.percent.start)
        if sc.roles.get(id(e.amount)) in ("plain", "new") and not e.amount.hedge
    ]
    level = named_in_full(sc, r, mine, [e.amount for e in near], [theirs], least=1)
    if level is None:
        return
    when = next(e.period for e in near if e.amount is level)
    alike = [e.amount for e in near if e.amount.unit == level.unit and e.period == when]
    base = named_in_full(sc, r, theirs, alike, [mine], least=1)
    if base is None or base is level:
        return
    how = _("{level} and {base} (line {line}), the one amount named by each item it compares")
    r.tie(
        "times",
        level,
        base,
        how.format(level=level.text, base=base.text, line=sc.catalog.line_of(base)),
        evidence.FIRM,
    )
    r.missing = ""


#: the percentages said with "bằng" that tie_named_base reads: (kind, what is missing)
_SAID_OF = (("ratio", "base"), ("share", "whole"))


def tie_named_base(sc, r):
    """Tie a multiple of another item ("xuất khẩu đạt 4,3 tỷ USD, gấp 2 lần nhập khẩu",
    "twice the value of imports"), or a percentage of one said with "bằng" ("Tổng dư nợ cho
    vay đạt 236.800 tỷ đồng, bằng 111,4% (so với) vốn huy động"), to the one amount of its
    level's unit and period that the passage states under every word its base is named by:
    firm, as a lone candidate is."""
    if r.a is None or r.strength is not None:
        return
    ratio = r.verb == "proportion" and (r.kind, r.missing) in (
        ("ratio", "base"),
        ("share", "whole"),
    )
    if not ratio and (r.kind, r.missing) != ("times", "base"):
        return
    if periods.period(r.object) or w.PLAN.search(r.object) or _BASE_PERIOD.search(r.object):
        return  # a period's or a plan's amount, not another item's (tie_base)
    mine = item_words(w.COMPARED.sub(" ", r.object)) - _PERIOD_WORDS
    if not mine or mine <= named_in(sc, r.a):
        return  # "gấp 2 lần" of nothing named, or of its own item
    # of any period: "nhập khẩu năm 2024 … 2,1 tỷ USD, nhập khẩu năm 2023 … 1,8 tỷ USD" name
    # two, and which one a multiple said with no year of its own is of is left unsaid
    found = {
        id(e.amount): e
        for e in candidates(sc, r, hedged=False)
        if sc.roles.get(id(e.amount)) in ("plain", "new")
    }
    base = named_in_full(sc, r, mine, [e.amount for e in found.values()], [], least=1)
    if base is None or not periods.compatible(said_period(r), found[id(base)].period):
        return
    how = _("{amount} (line {line}), the one amount named by every word of '{words}'").format(
        amount=base.text, line=sc.catalog.line_of(base), words=r.object.strip()
    )
    r.tie("ratio" if ratio else "times", r.a, base, how, evidence.FIRM)
    r.missing = ""


def tie_years(sc, r):
    """Tie a growth that states neither amount but names both periods it compares (two
    years: "Như vậy, thu ngân sách năm 2024 tăng 15,2% so với năm 2023"; or its period and
    the same one a year before: "thu ngân sách 6 tháng tăng 8,6% so với cùng kỳ") to the
    one amount the passage gives for each, of one unit ("Năm 2024, tổng thu … đạt 486 tỷ
    đồng; năm 2023 đạt 412 tỷ đồng"), when no other growth nearby wants them. Firm unless
    their words name an item or place the growth's subject does not (evidence.py)."""
    if r.kind != "growth" or r.a is not None or r.b is not None or r.strength is not None:
        return
    found = _two_periods(sc, r)
    if found is None or len(found) != 1:
        return  # tonnes and dollars both: which one it is of is left unsaid
    (pair,) = found.values()
    if any(len(amounts) != 1 for amounts in pair):
        return
    level, base = (next(iter(amounts.values())) for amounts in pair)
    places = [names.proper_names(sc.catalog.label_of(t)) for t in (level, base)]
    if all(places) and places[0] != places[1]:
        return  # "… của huyện Tân Yên …; … của huyện Yên Thế …": two places, not two years
    if nearby(sc, r, lambda x: x is not r and x.kind == "growth" and x.a is None and x.b is None):
        return
    said = said_of(sc, r)
    weakest = min(
        evidence.lone_strength(
            named_in(sc, t) - _PERIOD_WORDS - w.SCOPE_WORDS, said, apart(sc, r, t)
        )
        == evidence.FIRM
        for t in (level, base)
    )
    how = _(
        "{level} and {base} (line {line}), the only amounts the text gives for the two "
        "periods it compares"
    ).format(level=level.text, base=base.text, line=sc.catalog.line_of(base))
    r.tie("growth", level, base, how, evidence.FIRM if weakest else evidence.WEAK)
    r.missing = ""


def _two_periods(sc, r):
    """Return {unit: ({value: amount} of the growth's period, {value: amount} of the
    period it is compared with)} for the units the passage gives both periods in, or None
    when the growth's words do not name both periods."""
    own = periods.period(r.head)
    before = _compared_year(r)
    spans = periods.span(r.head), None
    if spans[0] is not None:
        spans = spans[0], periods.span_compared(r.object, spans[0])
    if spans[1] is not None and spans[1][1] < spans[0][0]:  # "giai đoạn 2021–2025 tăng
        # 43,6% so với giai đoạn trước": each span named where its amount is said
        near = list(sc.catalog.near(r.sentence, r.percent.start))
        later, earlier = ([e for e in near if _names_span(e, x)] for x in spans)
    elif before is not None:  # two years
        if own is None or own[0] != "year" or not own[1] or own[1] <= before[1]:
            return None
        later = [e for e in sc.catalog.near(r.sentence, r.percent.start) if e.period == own]
        earlier = [e for e in sc.catalog.near(r.sentence, r.percent.start) if e.period == before]
    elif own is not None and own[0] != "year" and _against_same_period(r):
        # "6 tháng … tăng 8,6% so với cùng kỳ": said so in its own clause, or where its
        # sentence opens
        earlier = [
            e
            for e in _said_of_base_period(sc, r)
            if _BASE_PERIOD.search(e.label) or _BASE_PERIOD.search(_lead(e.sentence))
        ]
        ids = {id(e.amount) for e in earlier}
        later = [
            e
            for e in sc.catalog.near(r.sentence, r.percent.start)
            if e.period == own and id(e.amount) not in ids
        ]
    else:
        return None
    found: dict = {}
    for k, entries in enumerate((later, earlier)):
        for e in entries:
            t = e.amount
            if t.value is None or t.value <= 0 or t.hedge or t.garbled or id(t) in sc.tied:
                continue
            if sc.roles.get(id(t)) in _LEVELS:
                found.setdefault(t.unit, ({}, {}))[k][t.value] = t
    return found


def _names_span(e, years):
    """Whether an amount is said of a span of years: in its own clause's words, or where
    its sentence opens."""
    return periods.span(e.label) == years or (
        periods.span(e.label) is None and periods.span(_lead(e.sentence)) == years
    )


#: the roles an amount said of a year may have as a level or a base
_LEVELS = ("plain", "base", "new")
