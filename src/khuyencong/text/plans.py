"""A rate's plan, looked for in the rest of the passage: the one plan it states, the one set
by whom the rate's words name, or the one named by every word of the rate's subject. How
firm each tie is, and what verdicts it allows, is decided in evidence.py.
"""

import re

from ..core.i18n import _
from ..core.interval import Interval
from . import context, evidence, labels, names, periods
from . import words as w
from .reach import (
    apart,
    candidates,
    item_words,
    list_total,
    named_in,
    named_in_full,
    nearby,
    said_of,
    said_period,
)
from .tokens import Amount
from .units import THINGS

#: a plan revised: "kế hoạch điều chỉnh", "dự toán bổ sung", "the revised estimate"
_REVISED = re.compile(r"điều chỉnh|bổ sung|sửa đổi|\b(?:revised|adjusted|amended)\b", re.IGNORECASE)
#: the words right before the amount a plan is revised to: "sau điều chỉnh tăng lên A",
#: "được điều chỉnh thành A", "later revised up to A"
_REVISION = r"điều chỉnh|sửa đổi|\b(?:revised|adjusted|amended)"
_REVISED_TO = re.compile(
    r"(?:" + _REVISION + r")(?:\s+(?:tăng|giảm|up|down|upward|downward))?\s*"
    r"(?:(?:lên|xuống|còn|thành|là|\bto|\bat)\s*){0,2}$",
    re.IGNORECASE,
)
#: a plan named as the first one set, before a revision: "kế hoạch giao ban đầu"
_ORIGINAL = re.compile(r"ban đầu|đầu năm|\b(?:original(?:ly)?|initial(?:ly)?)\b", re.IGNORECASE)


def tie_plan(sc, r, found):
    """Tie a rate whose words say a plan to the one plan of the passage that is its: the
    only one (evidence.lone), the only one set by whom its words name ("kế hoạch Thủ tướng
    giao"), or the only one named by every word of its subject ("thu ngân sách … bằng 96,3%
    dự toán" beside "dự toán thu ngân sách nhà nước" and "dự toán chi ngân sách địa
    phương"). ``found``: the plans its words may name, best first (a weak tie). Return
    whether it tied."""
    every = _plans(sc, r)
    plans, claimants = _unnamed_parts_left_out(sc, r, every), _claimants(sc, r)
    if len(plans) < len(every):  # it names no part the plan is listed into: a rate that
        # names one wants that part, not the total ("riêng vốn ngân sách trung ương giải
        # ngân 1.590 tỷ đồng, đạt 85,5%" beside "toàn tỉnh giải ngân 4.715 tỷ đồng, đạt 90%")
        claimants = [
            x
            for x in claimants
            if x is r or len(_unnamed_parts_left_out(sc, x, _plans(sc, x))) < len(_plans(sc, x))
        ]
    # a plan changed by an amount said right after it: "…, được bổ sung thêm 200 tỷ đồng"
    changed = [(c, t) for t in plans if (c := _changed_by(sc, t)) is not None]
    changed = changed if len({t.value for t in plans}) == 1 else []
    if _REVISED.search(r.object):  # "đạt 92,5% kế hoạch điều chỉnh": of a plan said revised
        if changed and not any(_is_revision(sc, t) for t in plans):
            _tie_either(sc, r, changed[0][:1], changed[0][1], evidence.FIRM)
            return True
        plans, found = ([t for t in x if _is_revision(sc, t)] for x in (plans, found))
    elif _ORIGINAL.search(r.object):  # "đạt 90% kế hoạch giao ban đầu": not its revision
        plans, found = ([t for t in x if not _is_revision(sc, t)] for x in (plans, found))
    elif _revised_pair(sc, plans):  # naming neither a plan nor its revision: of either
        pair = _revised_pair(sc, plans)
        _tie_either(sc, r, pair, pair[1])
        return True
    elif changed:  # naming neither the plan nor the plan as changed: of either
        _tie_either(sc, r, changed[0], changed[0][1])
        return True
    nearby_rates = claimants
    rivals = [x for x in claimants if x is not r]
    if rivals and len({t.value for t in plans}) == 1:  # a plan naming one rate's item
        named = named_in(sc, plans[0])
        if named and named <= said_of(sc, r, own=True):
            claimants = [x for x in claimants if named <= said_of(sc, x, own=True)]
    who = names.assigner(r.object)
    if who is not None:  # "kế hoạch Thủ tướng giao": the plan of who set it, not another's
        setters = {names.assigner(sc.catalog.label_of(t)) for t in plans}
        setters |= {names.assigner(x.object) for x in nearby_rates}  # every one, named or not
        # a plan stated with no one setting it is the rate's when no plan or rate of the
        # passage names another setter ("… bằng 63,5% kế hoạch Thủ tướng giao. Kế hoạch
        # năm 2024 là 657.400 tỷ đồng")
        mine = {who, None} if setters <= {who, None} else {who}
        plans, found = (
            [t for t in x if names.assigner(sc.catalog.label_of(t)) in mine] for x in (plans, found)
        )
        claimants = [x for x in claimants if names.assigner(x.object) in mine]
    plan = evidence.lone(plans, claimants, r)
    if plan is None or (found and found[0] is not plan):
        rivals = [_subject_words(sc, x) for x in claimants if x is not r and x.a is not None]
        plan = named_in_full(sc, r, _subject_words(sc, r), plans, rivals)
        how = _("{amount} (line {line}), the only plan named by every word of its subject")
        if plan is None:
            plan = _part_told_apart(sc, r, plans, claimants)
            how = _("{amount} (line {line}), the part of the plan its subject names")
        if plan is None:
            return False
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
    if who is not None and names.assigner(sc.catalog.label_of(plan)) == who:
        how = _(
            "{amount} (line {line}), the only plan the text says was set by the "
            "authority its words name"
        ).format(amount=plan.text, line=line)
    # who set it, and the scope it was set for, name no item: "Thủ tướng Chính phủ giao cho
    # tỉnh" ("Đến ngày 30/11, tỉnh đã giải ngân …, đạt 72,4% kế hoạch" names none either)
    label = sc.catalog.label_of(plan)
    named = item_words(names.ASSIGNED.sub(" ", label)) - item_words(
        " ".join(names.proper_names(label))  # whose plan it is: "Quang Ninh targets …"
    )
    said = said_of(sc, r)
    said = said if said - w.SCOPE_WORDS else frozenset()
    strength = evidence.lone_strength(named, said, apart(sc, r, plan))
    if plan.unit in THINGS:
        # a count names its item by what it counts, too, not only by who set it or what
        # is to be done: "được giao thực hiện 42 đề án" is of "đã hoàn thành 39 đề án"
        counted = item_words(labels.count_words(plan, sc.catalog.sentence_of[id(plan)]))
        if strength != evidence.FIRM:
            strength = evidence.lone_strength(counted, said, apart(sc, r, plan))
        mine = item_words(labels.count_words(r.a, r.sentence)) if r.a is not None else set()
        if counted and mine and not (counted <= mine or mine <= counted):
            strength = evidence.WEAK  # "42 đề án khuyến công địa phương" is not the plan of
            # "39 đề án khuyến công quốc gia": each counts what the other does not
    r.tie("growth" if r.kind == "excess" else "ratio", r.a, plan, how, strength)
    r.missing = ""
    return True


def _revised_pair(sc, plans):
    """Return a plan and the one it was revised to, the revision first, when they are the
    only plans ("được giao ban đầu 1.000 tỷ đồng, sau điều chỉnh tăng lên 1.200 tỷ đồng",
    "Dự toán … 5.000 tỷ đồng. Dự toán điều chỉnh 5.400 tỷ đồng"); else None."""
    values = {t.value for t in plans}
    revised = [t for t in plans if _is_revision(sc, t)]
    if len(values) != 2 or not revised or len({t.value for t in revised}) != 1:
        return None
    first = next(t for t in plans if t.value != revised[0].value)
    if (sc.catalog.line_of(first), first.start) > (
        sc.catalog.line_of(revised[0]),
        revised[0].start,
    ):
        return None  # the revision said before what it revised: another plan, perhaps
    return revised[0], first


def _changed_by(sc, plan):
    """Return a plan as changed by the amount said right after it ("Kế hoạch vốn … 1.000 tỷ
    đồng, được bổ sung thêm 200 tỷ đồng": 1.000 + 200), or None."""
    sentence = sc.catalog.sentence_of[id(plan)]
    after = sentence.first_after(plan.end)
    if not isinstance(after, Amount) or after.unit != plan.unit or not after.value:
        return None
    text = sentence.paragraph.text
    m = _CHANGED_BY.fullmatch(text, plan.end, after.start)
    if m is None or after.hedge or plan.hedge:
        return None
    if w.COMPARED.search(re.split(r"[,;.]", text[after.end : after.end + 40], maxsplit=1)[0]):
        return None  # "…, tăng 200 tỷ đồng so với năm 2025": a change from another year's
    return context.derive(plan, [after], sc.locale, minus=bool(m.group("cut")))


#: the words between a plan and the amount it was changed by, right after it: "…, được bổ
#: sung thêm ", ", điều chỉnh tăng ", ", later increased by "
_CHANGED_BY = re.compile(
    r"\s*,?\s*(?:(?:sau đó|later|then)\s+)?(?:(?:được|was|has been)\s+)?"
    r"(?:bổ sung(?:\s+thêm)?|điều chỉnh\s+tăng(?:\s+thêm)?|"
    r"(?:increased|raised|lifted|topped up)\s+by|"
    r"(?P<cut>điều chỉnh\s+giảm|giảm bớt|(?:cut|reduced|lowered)\s+by))\s*",
    re.IGNORECASE,
)


def _tie_either(sc, r, pair, said, strength=evidence.WEAK):
    """Tie a rate that names neither a plan nor its revision to whichever its figures
    match, the revision first; only to confirm, for the words say neither (a report may
    give a rate of either, and says which only sometimes). ``said``: the plan the text
    states (the line the note names); ``strength``: firmer when the words name the
    revision."""
    form = "growth" if r.kind == "excess" else "ratio"
    level = Interval.unround(r.a.value)
    plan = next(
        (
            t
            for t in pair
            if evidence.fits(form, level, Interval.unround(t.value), r.percent.value, sc.mode)
        ),
        pair[0],
    )
    how = _("{amount} (line {line}), a plan or the plan it was revised to").format(
        amount=plan.text, line=sc.catalog.line_of(said)
    )
    r.tie(form, r.a, plan, how, strength)
    r.missing = ""


def _subject_words(sc, r):
    """The words a rate's subject is named by: those right before its amount, back to a
    comma ("Đến hết tháng 11, thu ngân sách đạt 17.820 tỷ đồng" → thu, sách)."""
    return item_words(re.split(r"[,;:]", sc.catalog.label_of(r.a))[-1])


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
            (sc.roles.get(id(e.amount)) in ("plan", "plain", "base") and stated_as_plan(sc, e))
            or id(e.amount) in listed
        )
        and periods.within(when, e.period)
    ]


def _unnamed_parts_left_out(sc, r, plans):
    """Return a rate's plans without the parts a plan is listed into, when the rate's own
    words name none of them ("được phân bổ 5.600 triệu đồng, gồm kinh phí khuyến công quốc
    gia 2.100 triệu đồng và … địa phương 3.500 triệu đồng. … đã giải ngân 5.180 triệu đồng,
    đạt 92,5% kế hoạch": of the 5.600); with a part named ("vốn trong nước … đạt 60% kế
    hoạch"), all of them."""
    listed = _listed_under_plans(sc)
    parts = [t for t in plans if id(t) in listed]
    totals = [t for t in plans if id(t) not in listed]
    if not parts or not totals:
        return plans
    common = frozenset().union(*(named_in(sc, t) for t in totals))
    said = said_of(sc, r, own=True)
    return plans if any((named_in(sc, t) - common) & said for t in parts) else totals


def stated_as_plan(sc, e):
    """Whether an amount's own words state it as a plan (found once for each amount): said
    so, or said of another period right after a plan, its words left out ("Kế hoạch vốn
    năm 2023 là 5.200 tỷ đồng và năm 2024 là 6.100 tỷ đồng"), or said as what a plan right
    before it is for ("được giao 6.850 triệu đồng để hỗ trợ 42 đề án"), or as the next item
    of its list ("được giao 520 tỷ đồng vốn ngân sách trung ương và 300 tỷ đồng …"), or as
    what a plan right before it was revised to ("…, sau điều chỉnh tăng lên 1.200 tỷ
    đồng")."""
    said = sc.stated_as_plan.get(id(e.amount))
    if said is None:
        # a count's words after its noun say what it counts, not whether it is planned
        label = e.label.removesuffix(labels.count_words(e.amount, e.sentence))
        said = _planned(label)
        joined = _JOINED.fullmatch(label)  # "được giao 520 tỷ đồng … và 300 tỷ đồng …"
        if not said:
            before = next(
                (t for t in e.sentence.back(e.amount.start) if isinstance(t, Amount)), None
            )
            said = (
                before is not None
                and bool(
                    _PERIOD_REPEATED.fullmatch(label)
                    or names.FOR_DOING.search(label)
                    or joined
                    or _revises(e.sentence, before, e.amount)
                )
                and (not joined or before.unit == e.amount.unit)
                and _planned(sc.catalog.label_of(before))
            )
        sc.stated_as_plan[id(e.amount)] = said
    return said


#: how far, in characters, the words of a revision reach between a plan and what it was
#: revised to
_REVISED_REACH = 60


def _revises(sentence, before, amount):
    """Whether the words between an amount and the one before it in its sentence say it is
    what that one was revised to ("…, sau điều chỉnh tăng lên 1.200 tỷ đồng", "… and later
    revised to $55 billion")."""
    return (
        before.unit == amount.unit
        and amount.start - before.end <= _REVISED_REACH
        and _REVISED_TO.search(sentence.paragraph.text, before.end, amount.start) is not None
    )


def _is_revision(sc, plan):
    """Whether a plan is said as revised: by its own words ("dự toán điều chỉnh") or as
    what the plan right before it was revised to."""
    if _REVISED.search(sc.catalog.label_of(plan)):
        return True
    sentence = sc.catalog.sentence_of[id(plan)]
    before = sentence.last_before(plan.start)  # (the token right before it: bounded)
    before = before if isinstance(before, Amount) else None
    return before is not None and _revises(sentence, before, plan)


#: an amount joined to the one before it as the next item of its list, with no verb of its
#: own: " và ", ", " (the words of the one before end it: labels.money_words)
_JOINED = re.compile(r"\s*(?:,|và|and)\s*", re.IGNORECASE)


def _planned(label):
    return bool(
        w.PLAN_BEFORE.search(label) or w.PLAN_OPENS.search(label) or names.assigned_before(label)
    )


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
                if sc.roles.get(id(total)) == "plan" or _planned(label):
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


def _claimants(sc, r):
    """Return the rates within reach of a reading that are not tied by their sentence, and
    may want a plan of its unit: a rate of money wants no plan of a count."""
    unit = r.a.unit if r.a is not None else None
    return nearby(
        sc,
        r,
        lambda x: (
            x.kind in ("rate", "excess")
            and x.strength != "strong"
            and (unit is None or x.a is None or x.a.unit == unit)
        ),
    )


def named_by_subject(sc, r, least=2):
    """Return the one plan of the passage named by every word of a rate's subject (at least
    ``least``), when no other rate nearby is named by it too, or None: the rate names no plan
    but its level is said spent ("Kế hoạch vốn … là 850 tỷ đồng, trong đó vốn ngân sách
    tỉnh 520 tỷ đồng …. Đến nay, vốn ngân sách tỉnh đã giải ngân 468 tỷ đồng, đạt 90%")."""
    claimants = _claimants(sc, r)
    rivals = [_subject_words(sc, x) for x in claimants if x is not r and x.a is not None]
    plans = _plans(sc, r)
    found = named_in_full(sc, r, _subject_words(sc, r), plans, rivals, least)
    return found if found is not None else _part_told_apart(sc, r, plans, claimants)


def _part_told_apart(sc, r, plans, claimants):
    """Return the one part a plan is listed into that a rate's subject names by a word the
    plan's other parts lack ("được giao 12,5 tỷ đồng, trong đó kinh phí khuyến công quốc gia
    4,8 tỷ đồng, khuyến công địa phương 7,7 tỷ đồng. … riêng nguồn địa phương giải ngân 7,5
    tỷ đồng, đạt 97,4%": the 7,7), when no other rate nearby names it so too; else None."""
    listed = _listed_under_plans(sc)
    parts = {t.value: t for t in plans if id(t) in listed}
    if len(parts) < 2:
        return None
    named = {v: named_in(sc, t) for v, t in parts.items()}
    own = {v: named[v] - frozenset().union(*(n for u, n in named.items() if u != v)) for v in named}

    def picks(x):
        subject = _subject_words(sc, x)
        return {v for v in own if own[v] & subject}

    fits = picks(r)
    if len(fits) != 1:
        return None
    (value,) = fits
    if any(value in picks(x) for x in claimants if x is not r and x.a is not None):
        return None  # "quốc gia giải ngân …, đạt X%; địa phương …": each its own, or neither
    return None if apart(sc, r, parts[value]) else parts[value]


#: the words between the amount a clause is of and the amount spent of it: ", đã giải
#: ngân", ", of which"
_SPENT_OF = re.compile(
    r"\s*,\s*(?:(?:đã|đến nay|hiện|lũy kế|mới)\s+){0,3}(?:giải ngân|sử dụng)(?:\s+được)?\s*",
    re.I,
)


def spent_of(sc, r):
    """Return what a spent amount's clause says it was spent of: the amount said right
    before it, with only the verb of spending between, or else the total its sentence's
    list is of ("Tổng kinh phí … 12.500 triệu đồng, trong đó …; đã giải ngân 11.250 triệu
    đồng"); of its unit and larger. None when neither is said so."""
    entries = sc.catalog.of_sentence(r.sentence)
    at = next((i for i, e in enumerate(entries) if e.amount is r.a), 0)
    head = entries[at - 1].amount if at else None
    start = r.sentence.start
    if head is None or not _SPENT_OF.fullmatch(
        r.sentence.text[head.end - start : r.a.start - start]
    ):
        listed = list_total(sc, r.sentence)
        head = listed[0] if listed and w.TOTAL.search(sc.catalog.label_of(listed[0])) else None
    if head is None or head.unit != r.a.unit or head.value is None or r.a.value is None:
        return None
    return None if head.value <= r.a.value or head.hedge or head.garbled else head


#: the words of an amount said of another period with the same words as the one before it,
#: left out: "… năm 2023 là 5.200 tỷ đồng và năm 2024 là 6.100 tỷ đồng", "… and in 2024 was"
_PERIOD_REPEATED = re.compile(
    r"\s*[,;]?\s*(?:và|and)?\s*(?:(?:năm|quý|tháng|in|for)\s+[\w/]+|(?:19|20)\d\d)\s*"
    r"(?:là|:|was|is|at|đạt)?\s*",
    re.IGNORECASE,
)
