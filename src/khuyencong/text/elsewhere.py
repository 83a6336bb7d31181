"""A percentage's missing operand, looked for in the rest of the passage.

What the sentence does not tie (rules.py) may be named elsewhere: a plan or whole called by
the same distinctive words (a weak tie, which may only confirm), or the one plan the
passage states (a lone candidate, firm unless it names another item). How firm each tie
is, and what verdicts it allows, is decided in evidence.py.
"""

import re

from ..core.i18n import _
from . import context, evidence, periods
from . import words as w
from .tokens import Amount, Percent, number_of


def tie(sc, r):
    """Tie a reading's missing plan or whole to one named elsewhere (sc: the Scanner)."""
    if r.a is None:
        return
    wanted = ("plan",) if r.kind in ("rate", "excess") else ("plain", "whole", "new")
    parts = sc.parts.get(id(r.sentence), set())  # its siblings are no wholes
    found = context.search(r, sc.catalog, sc.roles, wanted, parts)
    if r.kind in ("rate", "excess"):  # a plan another item's rate is tied to is not its
        found = [t for t in found if id(t) not in sc.tied]
    if r.kind in ("rate", "excess") and w.PLAN.search(r.object):
        plans, claimants = _plans(sc, r), _claimants(sc, r)
        rivals = [x for x in claimants if x is not r]
        if rivals and len({t.value for t in plans}) == 1:  # a plan naming one rate's item
            named = _named(sc, plans[0])
            if named and named <= _said(sc, r, own=True):
                claimants = [x for x in claimants if named <= _said(sc, x, own=True)]
        plan = evidence.lone(plans, claimants, r)
        if plan is not None and (not found or found[0] is plan):
            line = sc.catalog.line_of(plan)
            how = _("{amount} (line {line}), the only plan the text states").format(
                amount=plan.text, line=line
            )
            named = _named(sc, plan)
            strength = evidence.lone_strength(named, _said(sc, r), _apart(sc, r, plan))
            r.tie("growth" if r.kind == "excess" else "ratio", r.a, plan, how, strength)
            r.missing = ""
            return
    if r.kind == "share":
        whole = _same_whole(sc, r)
        if whole is not None:
            how = _(
                "{amount} (line {line}), the whole '{words}' names where the text ties it"
            ).format(amount=whole.text, line=sc.catalog.line_of(whole), words=r.object)
            r.tie("ratio", r.a, whole, how, evidence.FIRM)
            r.missing = ""
            return
    if r.kind == "share" and (_TOTAL.search(r.object) or _counts_its_part(r)):
        whole = evidence.lone(_wholes(sc, r, parts), _share_claimants(sc, r), r)
        if whole is not None and (not found or found[0] is whole):
            subject = r.head
            said = _item_words(subject) | _item_words(r.object)
            # "or 55.2 per cent of the total": a share that names no item meets no other's
            named = set() if _bare_total(r) else _named(sc, whole)
            named = named - _TOTAL_WORDS
            how = _("{amount} (line {line}), the only total the text states").format(
                amount=whole.text, line=sc.catalog.line_of(whole)
            )
            strength = evidence.lone_strength(named, said, _apart(sc, r, whole))
            r.tie("ratio", r.a, whole, how, strength)
            r.missing = ""
            return
    if r.kind in ("rate", "excess") and not found:  # the one plan of its subject nearby
        subject = _plain_words(r.head)
        plans = [
            e.amount
            for e in _candidates(sc, r, hedged=True)
            if sc.roles.get(id(e.amount)) == "plan" and subject & _plain_words(e.label)
        ]
        found = plans if len({t.value for t in plans}) == 1 else []
    if found:
        form = "growth" if r.kind == "excess" else "ratio"
        strong = _same_qualifier(r.object, found[0], sc.catalog)
        line = sc.catalog.line_of(found[0])
        how = _("{amount} (line {line}), which its words may name").format(
            amount=found[0].text, line=line
        )
        r.tie(form, r.a, found[0], how, "strong" if strong else "weak")
        r.missing = ""


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
    text's such entries are found once)."""
    found = []
    for i in sc.sentences_near(r):
        said = sc.base_period.get(i)
        if said is None:  # found once for each sentence, when first asked
            s = sc.sentences[i]
            said = sc.base_period[i] = (
                [
                    e
                    for e in sc.catalog.of_sentence(s)
                    if _BASE_PERIOD.search(_just_before(e.amount, s))
                    or _BASE_PERIOD.search(_lead(s))
                ]
                if _BASE_PERIOD.search(s.paragraph.text, s.start, s.end)
                else []
            )
        found += said
    return found


def _just_before(amount, sentence):
    """The words right before an amount, back to the token before it, percentages
    included: in "… hit $119.5 billion last year, up 23.3 per cent, … total exports of
    $405.5 billion" no "last year" is said of the $405.5 billion."""
    text = sentence.paragraph.text
    back = sentence.back(amount.start)
    last = next(back, None)
    while isinstance(last, Amount) and _COMPANION.fullmatch(text[last.end : amount.start]):
        amount, last = last, next(back, None)  # "shipped 1.7 million tonnes worth $848 million"
    start = last.end if last is not None else sentence.start
    return text[start : amount.start]


#: what joins an amount to its companion of another measure, said of the same thing
_COMPANION = re.compile(r"\s*(?:worth|valued at|,?\s*trị giá|,?\s*với trị giá|\()\s*", re.I)


def _lead(sentence):
    """The words that open a sentence, before its first amount or percentage: "In the
    previous crop year, the country shipped …", "Cùng kỳ năm trước, …"."""
    first = sentence.tokens[0].start if sentence.tokens else sentence.end
    return sentence.paragraph.text[sentence.start : first]


def _same_period(r):
    """Whether a growth is against the same period a year before: said so ("so với cùng
    kỳ", "year-on-year"), or said against nothing at all ("fell 10.2 per cent to 1.46
    million tonnes"), which reports mean the same way."""
    return bool(_BASE_PERIOD.search(r.object)) or not w.COMPARED.search(r.object)


def _compared_with(x):
    """What a growth is compared with: a month before, a year it names, or the same
    period a year before (None: none of these)."""
    month = _month_before(x)
    if month is not None:
        return month
    if _same_period(x):
        return "same period"
    return _compared_year(x)


#: a comparison with the month before: "so với tháng trước", "from a month earlier"
_MONTH_BEFORE = re.compile(
    r"tháng trước|(?:a|the previous|the prior|last) month|month[- ]on[- ]month", re.I
)


def _month_before(r):
    """Return the period ("month", n) of the month before a growth's own, when it is
    compared with the month before ("tháng 8 … tăng 1,6% so với tháng trước"), else None."""
    if not _MONTH_BEFORE.search(r.object):
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
    if m is None:
        return None
    year = _YEAR.match(r.object[m.end() :])
    if year is None:
        return None
    own = periods.period(r.head)
    if own is not None and own[0] != "year":
        return None
    return ("year", int(year.group(1)))


_YEAR = re.compile(r"\s*(?:(?:năm|the year|in)\s+)?((?:19|20)\d\d)\b(?![./-]\d)", re.I)


def tie_part(sc, r):
    """Tie a share whose part is named but not stated ("Tỷ trọng chăn nuôi chiếm 33,6%",
    "trong đó vốn đăng ký mới chiếm 69,8%") to the one amount the passage states under all
    those words, and to the total of a list: the one its own sentence opens, or the one the
    part is listed under. Firm when that total is the part's own list's ("… 15.240 tỷ đồng;
    trong đó trồng trọt …, chăn nuôi 5.120 tỷ đồng"); weak otherwise (evidence.py)."""
    if r.kind != "share" or r.a is not None or r.strength is not None:
        return
    text = r.sentence.paragraph.text
    last = r.sentence.last_before(r.percent.start)
    said = _item_words(text[last.end if last is not None else r.sentence.start : r.percent.start])
    if not said:
        return
    named = {
        e.amount.value: e
        for e in sc.catalog.near(r.sentence, r.percent.start)
        if e.amount.value is not None
        and not (e.amount.hedge or e.amount.garbled)
        and sc.roles.get(id(e.amount)) in ("plain", "new")
        and said <= _named(sc, e.amount)
    }
    if len(named) != 1:
        return
    part = next(iter(named.values()))
    listed = context.list_total(part.sentence, _before(sc, part.sentence))
    own = context.list_total(r.sentence, _before(sc, r.sentence))
    if listed and own and listed[0] is not own[0]:
        return  # "Nhập khẩu …; trong đó điện tử chiếm 40%": not the exports' electronics
    for found, strength in ((listed, evidence.FIRM), (own, evidence.WEAK)):
        whole = found[0] if found else None
        if whole is None or whole is part.amount or whole.unit != part.amount.unit:
            continue
        if whole.value is None or whole.value <= part.amount.value:
            continue
        how = _("{part} (line {line}), the amount its words name, of {whole}").format(
            part=part.amount.text, line=sc.catalog.line_of(part.amount), whole=whole.text
        )
        r.tie("ratio", part.amount, whole, how, strength)
        r.missing = ""
        return


def _before(sc, sentence):
    """Return the sentence before ``sentence``, or None."""
    return sc.sentences[sentence.index - 1] if sentence.index > 0 else None


def tie_base(sc, r):
    """Tie a growth against "cùng kỳ", or against a year it names ("so với năm 2022"), to
    the one amount the passage states as that period's, when no other growth nearby wants
    one (a lone candidate, evidence.lone)."""
    if r.a is None or r.missing != "old":
        return
    month = _month_before(r)
    year = None if month or _same_period(r) else _compared_year(r)
    if year is None and not month and not _same_period(r):
        return
    when = said_period(r)
    if month is not None:  # "up 36.8% from a month earlier" … "In December, … 1.17 million"
        bases = [
            e.amount
            for e in _candidates(sc, r, hedged=True)
            if sc.roles.get(id(e.amount)) in ("plain", "base", "new") and e.period == month
        ]
    elif year is None:
        said = _said_of_base_period(sc, r)
        bases = [
            e.amount
            for e in _candidates(sc, r, (sc.subjects.get("growth", set()),), True, said)
            if sc.roles.get(id(e.amount)) in ("plain", "base")  # a change is no base
            and periods.compatible(when, e.period)
        ]
    else:  # that year's amount, even where it is the level of a growth of its own
        bases = [
            e.amount
            for e in _candidates(sc, r, hedged=True)
            if sc.roles.get(id(e.amount)) in ("plain", "base", "new") and e.period == year
        ]
    if len({t.value for t in bases}) != 1:
        return  # no lone candidate: the growths that want one need not be counted
    claimants = _nearby(
        sc,
        r,
        lambda x: (
            x.kind == "growth"
            and x.missing == "old"
            and x.a is not None
            and x.a.unit == r.a.unit  # tonnes and dollars want different bases
            and _compared_with(x) == (month or year or "same period")
        ),
    )
    base = evidence.lone(bases, claimants, r)
    if base is None:
        return
    subject = r.head
    said = _item_words(subject) | _named(sc, r.a)
    named = _named(sc, base) - _PERIOD_WORDS  # its period is no item
    strength = evidence.lone_strength(named, said, _apart(sc, r, base))
    how = _("{amount} (line {line}), the only amount the text gives for that period").format(
        amount=base.text, line=sc.catalog.line_of(base)
    )
    r.tie("growth", r.a, base, how, strength)
    r.missing = ""


#: the country's own figure, a whole of the national scope a share names ("tổng xuất khẩu
#: của cả nước"): "xuất khẩu của Việt Nam đạt 371,85 tỷ USD", "Vietnam's exports"
_COUNTRY = re.compile(r"của\s+Việt\s+Nam|Việt\s+Nam's|Vietnam's|of\s+Viet\s?nam\b", re.I)
#: a whole the words name as a total: "tổng kim ngạch", "tổng số thu", "of the total"
_TOTAL = re.compile(r"\btổng\b|\btotal\b", re.IGNORECASE)
_TOTAL_WORDS = frozenset(["tong", "total", "so"])


def _wholes(sc, r, parts):
    """Return the amounts within reach stated as a total ("Tổng kim ngạch … đạt A"), in the
    unit of a share's part, larger than it, of a period its sentence allows, and no part
    of another share."""
    when = said_period(r)
    scope = w.ELSEWHERE.search(r.object)  # "cả nước": a whole of a wider scope than listed
    # "chiếm 1,27% số hồ sơ": any count of dossiers is one; "of the total": any amount is
    counted = _counts_its_part(r) or _bare_total(r)
    return [
        e.amount
        for e in _candidates(sc, r, (sc.subjects.get("share", set()), parts), hedged=True)
        if r.a.value is not None
        and e.amount.value > r.a.value
        and (counted or _TOTAL.search(e.label) or (scope and _COUNTRY.search(e.label)))
        and bool(scope) == bool(w.ELSEWHERE.search(e.label) or _COUNTRY.search(e.label))
        and periods.compatible(when, e.period)
    ]


def _same_whole(sc, r):
    """Return the whole a share names by the very words another share of the passage uses
    whose whole its own sentence ties ("chiếm 5,38% tổng thu toàn Cục" and, in a list under
    9.665,65 tỷ đồng, "chiếm 0,16% tổng thu toàn Cục"): the same description, at least two
    distinctive words, one whole for every such share, within reach, of the share's period
    and larger than its part. None when anything of that is not so."""
    key = _item_words(r.object) - _TOTAL_WORDS
    if r.a is None or r.a.value is None or len(key) < 2:
        return None
    wholes = {id(b): b for b in _share_wholes(sc).get(frozenset(key), []) if b is not r.b}
    if len(wholes) != 1:
        return None
    (whole,) = wholes.values()
    when = said_period(r)
    entry = next(
        (e for e in sc.catalog.near(r.sentence, r.percent.start) if e.amount is whole), None
    )
    if entry is None or whole.value <= r.a.value or not periods.compatible(when, entry.period):
        return None
    return None if _apart(sc, r, whole) else whole


def _share_wholes(sc):
    """Return {a share's distinctive words: [the wholes its sentence ties]} of the shares
    the text ties strongly, found once per text (so that each share's look-up is cheap)."""
    if sc.share_wholes is None:
        sc.share_wholes = {}
        for x in sc.readings:
            if x.kind == "share" and x.strength == "strong" and x.b is not None:
                key = frozenset(_item_words(x.object) - _TOTAL_WORDS)
                sc.share_wholes.setdefault(key, []).append(x.b)
    return sc.share_wholes


def _apart(sc, r, amount):
    """Whether a percentage's sentence and the sentence of an amount stated elsewhere name
    different places or bodies ("Tỉnh Bắc Ninh …" and "Bắc Giang …"): then the amount may
    be the other's."""
    there = sc.catalog.sentence_of.get(id(amount))
    if there is None or there is r.sentence:
        return False
    here, named = w.proper_names(r.sentence.text), w.proper_names(there.text)
    return bool(here and named and not here & named)


def _bare_total(r):
    """Whether a share names a total and no item: "of the total", "chiếm 12% tổng số"."""
    return bool(_TOTAL.search(r.object)) and not _item_words(r.object) - _TOTAL_WORDS


def _counts_its_part(r):
    """Whether a share is of the number of what its part counts: "312 hồ sơ, chiếm 1,27% số
    hồ sơ" (the whole is then the count of dossiers the passage states)."""
    return r.a is not None and number_of(r.object) == r.a.unit


def _share_claimants(sc, r):
    """Return the shares within reach that name a total and are not tied by their sentence."""
    return _nearby(
        sc, r, lambda x: x.kind == "share" and x.strength != "strong" and _TOTAL.search(x.object)
    )


def _candidates(sc, r, excluded=(), hedged=False, among=None):
    """Return the catalog's entries within reach that could be a reading's missing operand:
    of its subject's unit, positive, read right, not its own amount, not tied to another
    percentage, in none of the sets ``excluded``; hedged ones only when ``hedged``; only
    those ``among`` when given. (The sets are looked into, never joined: joining a
    text-long set for each percentage would make the cost grow with the square of the
    text.)"""
    return [
        e
        for e in (sc.catalog.near(r.sentence, r.percent.start) if among is None else among)
        if e.amount.unit == r.a.unit
        and e.amount is not r.a
        and e.amount.value is not None
        and e.amount.value > 0
        and not e.amount.garbled
        and (hedged or not e.amount.hedge)
        and id(e.amount) not in sc.tied
        and not any(id(e.amount) in ids for ids in excluded)
    ]


def _nearby(sc, r, keep):
    """Return the readings within reach of a reading's sentence that ``keep`` keeps."""
    return [x for i in sc.sentences_near(r) for x in sc.readings_near(i, r) if keep(x)]


def said_period(r):
    """Return the period a percentage's words and its sentence name (None: none)."""
    before = r.head
    return periods.period(r.object) or periods.period(before)


def _plans(sc, r):
    """Return the amounts within reach that the text states as a plan, in the unit of a
    rate's subject and of a period its words or its sentence allow ("Năm 2023, … bằng
    105% dự toán" is not against "Dự toán năm 2024"). The parts a plan is listed into
    ("Kế hoạch vốn là 5.000 tỷ đồng, trong đó vốn trong nước 3.000 tỷ đồng") are plans too,
    so a plan with parts is never a lone one."""
    when = said_period(r)
    listed = _listed_under_plans(sc)
    return [
        e.amount
        for e in _candidates(sc, r, hedged=True)
        if (
            (sc.roles.get(id(e.amount)) in ("plan", "plain") and w.PLAN_BEFORE.search(e.label))
            or id(e.amount) in listed
        )
        and periods.within(when, e.period)
    ]


def _listed_under_plans(sc):
    """Return the amounts listed as the parts of a plan (in its sentence after "trong đó",
    or in a next sentence that opens with a list head), found once per text."""
    if getattr(sc, "plan_parts", None) is not None:
        return sc.plan_parts
    parts: set = set()
    previous = None
    for p in sc.paragraphs:
        for s in p.sentences:
            found = context.list_total(s, previous)
            if found is not None:
                total, _where = found
                label = sc.catalog.label_of(total)
                if sc.roles.get(id(total)) == "plan" or w.PLAN_BEFORE.search(label):
                    parts.update(
                        id(t)
                        for c in s.clauses
                        if c.listed
                        for t in c.tokens
                        if t is not total and isinstance(t, Amount)
                    )
            previous = s
    sc.plan_parts = parts
    return parts


def _said(sc, r, own=False):
    """The words a percentage's sentence says of its subject, and those its amount is
    stated with: what a plan or base found elsewhere must name to be its. ``own``: only
    since the percentage before it ("…, bằng 89,5% dự toán; chi thường xuyên … bằng")."""
    subject = r.head
    if own:
        last = next(
            (t for t in r.sentence.back(r.percent.start) if isinstance(t, Percent)),
            None,
        )
        if last is not None and last.end > r.percent.start - len(subject):
            subject = r.sentence.paragraph.text[last.end : r.percent.start]
    words = _item_words(subject)
    return words | _named(sc, r.a) if r.a is not None else words


def _claimants(sc, r):
    """Return the rates within reach of a reading that are not tied by their sentence."""
    return _nearby(sc, r, lambda x: x.kind in ("rate", "excess") and x.strength != "strong")


def _plain_words(text):
    """Return a text's distinctive words, without the words of plans and without numbers."""
    return {x for x in w.content_words(w.PLAN.sub(" ", text)) if not x[:1].isdigit()}


#: the words of units and scales, and of assigning a plan, which name no item
_UNIT_WORDS = frozenset(
    [
        "dong",
        "ty",
        "trieu",
        "nghin",
        "ngan",
        "usd",
        "vnd",
        "billion",
        "million",
        "trillion",
        "quadrillion",
        # the words that assign a plan, not an item: "giao", "được duyệt", "điều chỉnh"
        "giao",
        "duoc",
        "duyet",
        "phe",
        "dieu",
        "chinh",
        "assigned",
        "approved",
    ]
)


def _named(sc, amount):
    """Return the words an amount of the text is stated with that name an item (found once
    for each amount)."""
    words = sc.item_words.get(id(amount))
    if words is None:
        words = sc.item_words[id(amount)] = frozenset(_item_words(sc.catalog.label_of(amount)))
    return words


def _item_words(text):
    """Return the words a text names an item by: distinctive, not of plans, units or numbers."""
    return _plain_words(text) - _UNIT_WORDS


def _same_qualifier(words, amount, catalog):
    """Whether a plan is named with the same numbered qualifier ("lần 3", "đợt 2") where its
    amount is stated: "đạt 97% chỉ tiêu được giao lần 3" … "chỉ tiêu giao lần 3 là 10.024"."""
    marks = re.findall(r"\b(?:lần|đợt|phase|round)\s*\d+", words, re.IGNORECASE)
    sentence = catalog.sentence_of.get(id(amount))
    if not marks or sentence is None:
        return False
    said = context.label(amount, sentence).lower()
    return all(m.lower() in said for m in marks)
