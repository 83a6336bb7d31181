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
    if r.kind in ("rate", "excess") and w.PLAN.search(r.object) and _tie_plan(sc, r, found):
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
            said = item_words(subject) | item_words(r.object)
            # "or 55.2 per cent of the total": a share that names no item meets no other's
            named = set() if _bare_total(r) else named_in(sc, whole)
            named = named - _TOTAL_WORDS
            how = _("{amount} (line {line}), the only total the text states").format(
                amount=whole.text, line=sc.catalog.line_of(whole)
            )
            # a share that names no scope may be of a narrower whole than the country's
            wider = not w.ELSEWHERE.search(r.object) and _national(whole, sc)
            strength = evidence.lone_strength(named, said, apart(sc, r, whole) or wider)
            r.tie("ratio", r.a, whole, how, strength)
            r.missing = ""
            return
    if r.kind in ("rate", "excess") and not found:  # the one plan of its subject nearby
        subject = _plain_words(r.head)
        plans = [
            e.amount
            for e in candidates(sc, r, hedged=True)
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


def _tie_plan(sc, r, found):
    """Tie a rate whose words say a plan to the one plan of the passage that is its: the
    only one (evidence.lone), the only one set by whom its words name ("kế hoạch Thủ tướng
    giao"), or the only one named by every word of its subject ("thu ngân sách … bằng 96,3%
    dự toán" beside "dự toán thu ngân sách nhà nước" and "dự toán chi ngân sách địa
    phương"). ``found``: the plans its words may name, best first (a weak tie). Return
    whether it tied."""
    plans, claimants = _plans(sc, r), _claimants(sc, r)
    rivals = [x for x in claimants if x is not r]
    if rivals and len({t.value for t in plans}) == 1:  # a plan naming one rate's item
        named = named_in(sc, plans[0])
        if named and named <= _said(sc, r, own=True):
            claimants = [x for x in claimants if named <= _said(sc, x, own=True)]
    who = w.assigner(r.object)
    if who is not None:  # "kế hoạch Thủ tướng giao": the plan of who set it, not another's
        plans, found = (
            [t for t in x if w.assigner(sc.catalog.label_of(t)) == who] for x in (plans, found)
        )
        claimants = [x for x in claimants if w.assigner(x.object) == who]
    plan = evidence.lone(plans, claimants, r)
    if plan is None or (found and found[0] is not plan):
        plan = _plan_of_subject(sc, r, plans, claimants)
        if plan is None:
            return False
        how = _("{amount} (line {line}), the only plan named by every word of its subject")
        r.tie(
            "growth" if r.kind == "excess" else "ratio",
            r.a,
            plan,
            how.format(amount=plan.text, line=sc.catalog.line_of(plan)),
            evidence.FIRM,
        )
        r.missing = ""
        return True
    line = sc.catalog.line_of(plan)
    how = _("{amount} (line {line}), the only plan the text states").format(
        amount=plan.text, line=line
    )
    named = named_in(sc, plan)
    if who is not None:  # who set it is no item: "Thủ tướng giao cho tỉnh"
        how = _(
            "{amount} (line {line}), the only plan the text says was set by the "
            "authority its words name"
        ).format(amount=plan.text, line=line)
        named = item_words(w.ASSIGNED.sub(" ", sc.catalog.label_of(plan)))
    strength = evidence.lone_strength(named, _said(sc, r), apart(sc, r, plan))
    r.tie("growth" if r.kind == "excess" else "ratio", r.a, plan, how, strength)
    r.missing = ""
    return True


def _plan_of_subject(sc, r, plans, claimants):
    """Return the one plan among several whose words name every word of the rate's
    subject, when no other rate wanting a plan has a subject it names too; else None."""
    mine = _subject_words(sc, r)
    fits = {t.value: t for t in plans if mine and mine <= named_in(sc, t)}
    if len(fits) != 1:
        return None
    (plan,) = fits.values()
    for x in claimants:
        theirs = _subject_words(sc, x) if x is not r and x.a is not None else set()
        if theirs and theirs <= named_in(sc, plan):
            return None  # "thu ngân sách … 96%; thu ngân sách nhà nước … 95%": whose is it?
    return None if apart(sc, r, plan) else plan


def _subject_words(sc, r):
    """The words a rate's subject is named by: those right before its amount, back to a
    comma ("Đến hết tháng 11, thu ngân sách đạt 17.820 tỷ đồng" → thu, sách)."""
    return item_words(re.split(r"[,;:]", sc.catalog.label_of(r.a))[-1])


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
    said = item_words(text[last.end if last is not None else r.sentence.start : r.percent.start])
    if not said:
        return
    named = {
        e.amount.value: e
        for e in sc.catalog.near(r.sentence, r.percent.start)
        if e.amount.value is not None
        and not (e.amount.hedge or e.amount.garbled)
        and sc.roles.get(id(e.amount)) in ("plain", "new")
        and said <= named_in(sc, e.amount) | _list_words(sc, e)
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


def _list_words(sc, e):
    """Return the words of the total a catalog entry's amount is listed under, which name it
    too: "kinh phí khuyến công … là 9.850 triệu đồng, gồm … khuyến công địa phương 7.500
    triệu đồng" states the "kinh phí khuyến công địa phương"."""
    s = e.sentence
    if s.list_at is None or e.amount.start < s.list_at:
        return frozenset()
    found = context.list_total(s, _before(sc, s))
    return named_in(sc, found[0]) if found and found[0] is not e.amount else frozenset()


def _before(sc, sentence):
    """Return the sentence before ``sentence``, or None."""
    return sc.sentences[sentence.index - 1] if sentence.index > 0 else None


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
        for e in candidates(sc, r, (sc.subjects.get("share", set()), parts), hedged=True)
        if r.a.value is not None
        and e.amount.value > r.a.value
        and (counted or _TOTAL.search(e.label) or (scope and _COUNTRY.search(e.label)))
        and (not scope or _national(e.amount, sc))
        and periods.compatible(when, e.period)
    ]


def _national(amount, sc):
    """Whether an amount's words say it is the country's: "cả nước", "Vietnam's exports"."""
    said = sc.catalog.label_of(amount)
    return bool(w.ELSEWHERE.search(said) or _COUNTRY.search(said))


def _same_whole(sc, r):
    """Return the whole a share names by the very words another share of the passage uses
    whose whole its own sentence ties ("chiếm 5,38% tổng thu toàn Cục" and, in a list under
    9.665,65 tỷ đồng, "chiếm 0,16% tổng thu toàn Cục"): the same description, at least two
    distinctive words, one whole for every such share, within reach, of the share's period
    and larger than its part. None when anything of that is not so."""
    key = item_words(r.object) - _TOTAL_WORDS
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
    return None if apart(sc, r, whole) else whole


def _share_wholes(sc):
    """Return {a share's distinctive words: [the wholes its sentence ties]} of the shares
    the text ties strongly, found once per text (so that each share's look-up is cheap)."""
    if sc.share_wholes is None:
        sc.share_wholes = {}
        for x in sc.readings:
            if x.kind == "share" and x.strength == "strong" and x.b is not None:
                key = frozenset(item_words(x.object) - _TOTAL_WORDS)
                sc.share_wholes.setdefault(key, []).append(x.b)
    return sc.share_wholes


def apart(sc, r, amount):
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
    return bool(_TOTAL.search(r.object)) and not item_words(r.object) - _TOTAL_WORDS


def _counts_its_part(r):
    """Whether a share is of the number of what its part counts: "312 hồ sơ, chiếm 1,27% số
    hồ sơ" (the whole is then the count of dossiers the passage states)."""
    return r.a is not None and number_of(r.object) == r.a.unit


def _share_claimants(sc, r):
    """Return the shares within reach that name a total and are not tied by their sentence."""
    return nearby(
        sc, r, lambda x: x.kind == "share" and x.strength != "strong" and _TOTAL.search(x.object)
    )


def candidates(sc, r, excluded=(), hedged=False, among=None):
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


def nearby(sc, r, keep):
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
        for e in candidates(sc, r, hedged=True)
        if (
            (sc.roles.get(id(e.amount)) in ("plan", "plain") and _stated_as_plan(sc, e))
            or id(e.amount) in listed
        )
        and periods.within(when, e.period)
    ]


def _stated_as_plan(sc, e):
    """Whether an amount's own words state it as a plan (found once for each amount)."""
    said = sc.stated_as_plan.get(id(e.amount))
    if said is None:
        said = sc.stated_as_plan[id(e.amount)] = bool(w.PLAN_BEFORE.search(e.label))
    return said


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
    since the percentage before it ("…, bằng 89,5% dự toán; chi thường xuyên … bằng").
    Found once for each reading."""
    key = (id(r), own)
    if key not in sc.said:
        sc.said[key] = frozenset(_said_now(sc, r, own))
    return sc.said[key]


def _said_now(sc, r, own):
    subject = r.head
    if own:
        last = next(
            (t for t in r.sentence.back(r.percent.start) if isinstance(t, Percent)),
            None,
        )
        if last is not None and last.end > r.percent.start - len(subject):
            subject = r.sentence.paragraph.text[last.end : r.percent.start]
    words = item_words(subject)
    return words | named_in(sc, r.a) if r.a is not None else words


def _claimants(sc, r):
    """Return the rates within reach of a reading that are not tied by their sentence."""
    return nearby(sc, r, lambda x: x.kind in ("rate", "excess") and x.strength != "strong")


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


def named_in(sc, amount):
    """Return the words an amount of the text is stated with that name an item (found once
    for each amount)."""
    words = sc.item_words.get(id(amount))
    if words is None:
        words = sc.item_words[id(amount)] = frozenset(item_words(sc.catalog.label_of(amount)))
    return words


def item_words(text):
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
