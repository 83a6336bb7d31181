"""A percentage's missing operand, looked for in the rest of the passage.

What the sentence does not tie (rules.py) may be named elsewhere: a plan or whole called by
the same distinctive words (a weak tie, which may only confirm), the one plan the passage
states (a lone candidate, firm unless it names another item), or the one whole stated under
every word a share names it by, of its part's period (firm). How firm each tie is, and what
verdicts it allows, is decided in evidence.py.
"""

import re

from ..core.i18n import _
from . import context, evidence, labels, names, nested, periods, sums
from . import words as w
from .plans import named_by_subject, spent_of, stated_as_plan, tie_plan
from .reach import (
    apart,
    candidates,
    item_words,
    listed_parts,
    measures,
    named_in,
    named_in_full,
    nearby,
    of_measure,
    plain_words,
    said_period,
    sibling,
)
from .shared import TOTAL_WORDS, another_total, same_whole, share_whole_ids, whole_of
from .tokens import is_money, number_of
from .units import MEASURED


def tie(sc, r):
    """Tie a reading's missing plan or whole to one named elsewhere (sc: the Scanner)."""
    if r.a is None:
        return
    wanted = ("plan",) if r.kind in ("rate", "excess") else ("plain", "whole", "new")
    parts = sc.parts.get(id(r.sentence), set())  # its siblings are no wholes
    found = context.search(r, sc.catalog, sc.roles, wanted, parts)
    if r.kind == "share":  # a whole is no smaller than the parts of its list together
        need = listed_parts(sc, r)
        found = [t for t in found if need is None or (t.value >= need and t.value > r.a.value)]
        # and holds the period of a part its words named in another sentence ("Quý II/2024,
        # … 3,1 tỷ USD. … 3 tháng đầu năm … 5,82 tỷ USD; riêng quý II chiếm …")
        if (when := _named_part_period(sc, r)) is not None:
            found = [t for t in found if periods.holds(sc.catalog.period_of(t), when)]
    if r.kind in ("rate", "excess"):  # a plan another item's rate is tied to is not its
        found = [t for t in found if id(t) not in sc.tied]
    # a rate that names nothing, of what was spent ("Đã giải ngân: 3.906 tỷ đồng, đạt 93%"),
    # takes its plan as one that names the plan does, but only to confirm
    spent = r.kind == "rate" and not r.object.strip() and _SPENT.search(r.head)
    # ("đạt 76,3% số đề án được giao": what was assigned is the plan)
    named = r.kind in ("rate", "excess") and (
        w.PLAN.search(r.object) or spent or _ASSIGNED_SAID.search(r.object) or _plan_before_by(r)
    )
    if named and tie_plan(sc, r, found):
        if spent and r.strength != evidence.WEAK:  # it names no plan: it may be of another
            r.strength = evidence.WEAK  # amount its subject has ("Tổng vốn … là 845 tỷ
            # đồng, kế hoạch giao 900 tỷ đồng. … đã giải ngân 752 tỷ đồng, đạt 89%": of 845)
        return
    who = names.assigner(r.object) if r.kind in ("rate", "excess") else None
    if who is not None:  # "the target set by the city's People's Council": not the Assembly's
        found = [t for t in found if names.assigner(sc.catalog.label_of(t)) in (who, None)]
    if r.kind == "share":
        whole = same_whole(sc, r)
        if whole is not None:
            how = _(
                "{amount} (line {line}), the whole '{words}' names where the text ties it"
            ).format(amount=whole.text, line=sc.catalog.line_of(whole), words=r.object)
            r.tie("ratio", r.a, whole, how, evidence.FIRM)
            r.missing = ""
            return
    whole = _count_named(sc, r) if r.kind == "share" and _counts_its_part(r) else None
    if whole is not None:  # "32 xã …, chiếm 32,7% số xã đạt chuẩn": the 98 "xã đạt chuẩn"
        _tie_named_whole(sc, r, whole)
        return
    if r.kind == "share" and _COUNTRY_ONLY.fullmatch(r.object):
        # "Riêng vùng Đồng bằng sông Cửu Long có 2.610 hợp tác xã, chiếm 14,3% cả nước": the
        # one larger amount of its unit and period the passage says of the country
        when = said_period(r)
        national = {
            e.amount.value: e.amount
            for e in candidates(sc, r, (parts,))
            if e.amount.value > r.a.value
            and _national(e.amount, sc)
            and periods.compatible(when, e.period)
        }
        if len(national) == 1:
            whole = next(iter(national.values()))
            how = _("{amount} (line {line}), the one amount the text says of the country")
            how = how.format(amount=whole.text, line=sc.catalog.line_of(whole))
            r.tie("ratio", r.a, whole, how, evidence.FIRM)
            r.missing = ""
            return
    if r.kind == "share" and (w.TOTAL.search(r.object) or _counts_its_part(r) or _bare_total(r)):
        claimants = _share_claimants(sc, r)
        # "chiếm 84,6% số người tham gia bảo hiểm xã hội": the one total named by every word
        # of it, though it is the part of another share ("215.430 người tham gia bảo hiểm xã
        # hội, đạt 32,5% lực lượng lao động")
        counted = item_words(r.a.said_unit)  # "người": what the whole counts, too
        mine = _whole_words(r) - counted
        rivals = [item_words(x.object) - TOTAL_WORDS - counted for x in claimants]
        wholes = _wholes(sc, r, parts)
        if (when := periods.period(r.object)) is not None:  # "… 90% doanh thu năm 2024"
            wholes = [t for t in wholes if periods.compatible(when, sc.catalog.period_of(t))]
        rivals = [x for x in rivals if x != mine]
        # "chiếm 3,5% tổng kim ngạch", "chiếm 49,9% tổng kinh phí": the total, not a part
        # listed under it ("trong đó kinh phí … địa phương 4.950 triệu đồng"); a part only
        # when the total's words do not name it ("chiếm X% tổng kinh phí địa phương")
        tops = (
            nested.not_listed_under(sc, wholes) if w.TOTAL.search(r.object) or not mine else wholes
        )
        whole = named_in_full(sc, r, mine, tops, rivals)
        if whole is None and mine and len(tops) < len(wholes):
            whole = named_in_full(sc, r, mine, wholes, rivals)
        wholes = wholes if mine else tops
        if whole is not None:
            return _tie_named_whole(sc, r, whole)
        # the lone total is no part of another share anywhere in reach; of those, the one of
        # the measure its sentence names, when it names one ("the largest export market,
        # buying $119.6 billion …, or 29.5 per cent of the total": the exports, not imports)
        shares = sc.subjects.get("share", set())
        kept_parts: set[int] = set()
        if any(id(t) in shares for t in wholes):
            kept_parts = nested.parts_of_other_wholes(sc, r)
        wholes = [t for t in wholes if id(t) not in shares or id(t) in kept_parts]
        if len(wholes) > 1:  # (nor one whose own whole is there: "Its technology segment
            # contributed 62.3% of revenue, or VND39.16 trillion. … or 44.2% of the total")
            wholes, found = nested.without_parts_of(sc, r, wholes, found)
        said_measures = measures(r.head)
        if said_measures:
            wholes = [t for t in wholes if of_measure(sc, t, said_measures)] or wholes
            found = [t for t in found if of_measure(sc, t, said_measures)]
            # a share of another measure's total wants another whole ("… 37.8 per cent of
            # total imports")
            claimants = [
                x
                for x in claimants
                if not (theirs := measures(x.object) or measures(x.head)) or theirs & said_measures
            ]
        if not w.DISBURSED.search(r.head):  # "Disbursed FDI rose … to $21.3 billion" is no
            # total of what was drawn, unless only it is there
            wholes = [t for t in wholes if not w.DISBURSED.search(sc.catalog.label_of(t))] or wholes
        kept, summed = sums.holding(r.a, wholes)  # a total is none of its parts
        made = sums.added_up(sc, kept)  # nor one that another beside it makes up
        kept = [t for t in kept if id(t) not in made]
        loose = len(kept) < len(wholes) and not summed  # (unless they add up to it)
        found = [t for t in found if t in kept or t not in wholes]
        whole = evidence.lone(kept, claimants, r)
        own = r.sentence.paragraph.text[r.percent.end : r.clause.end]  # "chiếm X% tổng thu":
        if whole is not None and w.TOTAL.search(own):  # no other share's part is its rival
            found = [t for t in found if id(t) not in shares or id(t) in kept_parts]
        if whole is not None and another_total(sc, r, whole):
            whole = None  # "bằng 27,4% tổng thu" is not of "Tổng chi: 15.800", however
            # "Bội chi" is said
        if whole is not None and (not found or found[0] is whole):
            subject = r.head
            said = item_words(subject) | item_words(r.object)
            # "or 55.2 per cent of the total": a share that names no item meets no other's
            named = set() if _bare_total(r) else named_in(sc, whole)
            named = named - TOTAL_WORDS - w.SCOPE_WORDS
            how = _("{amount} (line {line}), the only total the text states").format(
                amount=whole.text, line=sc.catalog.line_of(whole)
            )
            # a share that names no scope may be of a narrower whole than the country's,
            # unless its part is a market the country trades with ("with the US taking …")
            wider = (
                not w.ELSEWHERE.search(r.object)
                and _national(whole, sc)
                and not names.MARKET.search(sc.catalog.label_of(r.a))
            )
            # "bằng 35,7% số xã đạt chuẩn" of "98/121 xã đạt chuẩn": a whole stated without
            # the words the share names it by may be of all of them, not of those
            narrower = bool(mine - named_in(sc, whole)) and _counts_its_part(r)
            strength = evidence.lone_strength(
                named, said, apart(sc, r, whole) or wider or narrower or loose
            )
            r.tie("ratio", r.a, whole, how, strength)
            r.missing = ""
            return
    if r.kind == "share" and _names_a_whole(r):
        # "6.3 per cent of revenue", "chiếm 23,4% kim ngạch xuất khẩu": the one larger amount
        # the passage states under every word of what it names
        mine = _whole_words(r)
        # of the period its words name ("bằng 90% doanh thu năm 2024"), else its part's
        # ("Riêng quý 2/2020, … chiếm tỷ trọng 86% trong doanh thu …": no six months'), …
        when = periods.period(r.object) or periods.period(sc.catalog.label_of(r.a))
        when = when or _period_said_before(sc, r.sentence)
        siblings = nested.siblings_of(sc, r, parts)  # not one it names in full, said before
        wholes = [
            e.amount
            for e in candidates(sc, r, (siblings,), hedged=True, shared=share_whole_ids(sc))
            if r.a.value is not None
            and e.amount.value > r.a.value
            and not stated_as_plan(sc, e)
            and periods.compatible(when, e.period)  # a part that names no period: any
        ]
        # "dân số nông thôn …, chiếm 69,4%" is a part of the "dân số" it is a share of, no
        # other whole by that name: "…, chiếm 58,1% dân số"
        # (but "chiếm 38,9% chi thường xuyên" names only that part of "Tổng chi")
        within = {id(b) for b in wholes if mine <= named_in(sc, b)}
        wholes = [t for t in wholes if id(whole_of(sc).get(id(t))) not in within]
        whole = named_in_full(sc, r, mine, wholes, [], least=1)
        if whole is not None:
            _tie_named_whole(sc, r, whole)
            return
    if r.kind in ("rate", "excess") and not found:  # the one plan of its subject nearby
        subject = plain_words(r.head)
        plans = [
            e.amount
            for e in candidates(sc, r, hedged=True)
            if sc.roles.get(id(e.amount)) == "plan"
            and subject & plain_words(e.label)
            and (who is None or names.assigner(e.label) in (who, None))
        ]
        found = plans if len({t.value for t in plans}) == 1 else []
    # a rate naming nothing in parentheses right after its amount ("vốn sự nghiệp đạt 355 tỷ
    # đồng (76,3%)"): of the one plan that amount's words name, as one said spent
    aside = (
        r.kind == "rate"
        and not r.object.strip()
        and (r.percent.in_parens or r.percent.text.startswith("("))  # "(76,3%)" is read whole
        and r.a.end <= r.percent.start
        and not found
    )
    plan = named_by_subject(sc, r, least=1) if spent or aside else None
    if plan is not None:  # "vốn ngân sách tỉnh 520 tỷ đồng …. Đến nay, vốn ngân sách tỉnh đã
        # giải ngân 468 tỷ đồng, đạt 90%": the plan its subject names in full
        how = _("{amount} (line {line}), the only plan named by every word of its subject")
        how = how.format(amount=plan.text, line=sc.catalog.line_of(plan))
        r.tie("ratio", r.a, plan, how, evidence.WEAK)  # it names no plan: only to confirm
        r.missing = ""
        return
    if spent and not found:
        # "… được giao 8.500 triệu đồng … Đến ngày 15/12, đã giải ngân 7.820 triệu đồng, đạt
        # 92%": a rate that names nothing, of what was spent, against the one amount the
        # passage says was assigned (only to confirm: the words do not name it)
        assigned = [
            e.amount
            for e in candidates(sc, r)
            if e.amount.value > r.a.value and names.assigned_before(e.label)
        ]
        if len({t.value for t in assigned}) == 1:
            how = _("{amount} (line {line}), the only amount the text says was assigned")
            how = how.format(amount=assigned[0].text, line=sc.catalog.line_of(assigned[0]))
            r.tie("ratio", r.a, assigned[0], how, evidence.WEAK)
            r.missing = ""
            return
        head = spent_of(sc, r)
        if head is not None:  # "Vốn ngân sách trung ương 820 tỷ đồng, giải ngân 615 tỷ
            # đồng, đạt 75%": of the amount its clause is of (only to confirm, as above)
            how = _("{amount} (line {line}), the amount its sentence says it was spent of")
            how = how.format(amount=head.text, line=sc.catalog.line_of(head))
            r.tie("ratio", r.a, head, how, evidence.WEAK)
            r.missing = ""
            return
    if found:
        form = "growth" if r.kind == "excess" else "ratio"
        strong = _same_qualifier(r.object, found[0], sc.catalog)
        line = sc.catalog.line_of(found[0])
        how = _("{amount} (line {line}), which its words may name").format(
            amount=found[0].text, line=line
        )
        r.tie(form, r.a, found[0], how, "strong" if strong else "weak")
        r.missing = ""


def _plan_before_by(r):
    """Whether an excess names its plan between its verb and "by", before it: "exceeding
    the full-year estimate by 9.4 percent"."""
    if r.kind != "excess" or not w.BY_END.search(r.head):
        return False
    verbs = list(w.EXCEEDED.finditer(r.head))
    return bool(verbs) and bool(w.PLAN.search(r.head, verbs[-1].end()))


#: what was assigned, said as a rate's object: "số đề án được giao", "of the funds allocated"
_ASSIGNED_SAID = re.compile(r"\bđược (?:giao|phân bổ|bố trí)\b|\b(?:assigned|allocated)\b", re.I)
#: the level of a rate that names nothing, said spent: "đã giải ngân A, đạt X%"
_SPENT = re.compile(r"\b(?:giải ngân|sử dụng|disbursed|spent|used)\b[^,;%]{0,30},?\s*\S*\s*$", re.I)


def _tie_named_whole(sc, r, whole):
    """Tie a share firmly to the one whole named by every word of what it names; weakly, to
    confirm only, when that amount is stated as its part's sibling (reach.sibling: "local
    funding" beside "national funding, 26.9 per cent of total funding")."""
    how = _("{amount} (line {line}), the only total named by every word of '{words}'")
    line = sc.catalog.line_of(whole)
    how = how.format(amount=whole.text, line=line, words=r.object.strip())
    r.tie("ratio", r.a, whole, how, evidence.WEAK if sibling(sc, r, whole) else evidence.FIRM)
    r.missing = ""


#: the country's own figure, a whole of the national scope a share names ("tổng xuất khẩu
#: của cả nước"): "xuất khẩu của Việt Nam đạt 371,85 tỷ USD", "Vietnam's exports"
_COUNTRY = re.compile(r"của\s+Việt\s+Nam|Việt\s+Nam's|Vietnam's|of\s+Viet\s?nam\b", re.I)


def _named_part_period(sc, r):
    """Return the period a share's part is said of when it is stated in another sentence
    (its words named it there: "Trong 9 tháng năm 2024, … 412,5 triệu USD …. Vốn đăng ký
    mới chiếm 75% tổng vốn" is of the nine months, not "Năm 2023, tổng vốn FDI … 600")."""
    there = sc.catalog.sentence_of.get(id(r.a))
    return None if there is None or there is r.sentence else sc.catalog.period_of(r.a)


def _wholes(sc, r, parts):
    """Return the amounts within reach stated as a total ("Tổng kim ngạch … đạt A"), in the
    unit of a share's part, larger than it, of a period its sentence allows, and no part
    of another share in its sentence (``parts``)."""
    when = said_period(r) or _named_part_period(sc, r)
    scope = w.ELSEWHERE.search(r.object)  # "cả nước": a whole of a wider scope than listed
    # "chiếm 1,27% số hồ sơ": any count of dossiers is one; "of the total": any amount is
    counted = _counts_its_part(r) or _bare_total(r)
    # a growth's base is the period before's figure, no whole of a share that names none
    bases = frozenset() if when else _growth_bases(sc, r)
    # "chiếm 23,4% tổng kim ngạch xuất khẩu": the amount said of all of that is its total,
    # "tổng" or not ("Kim ngạch xuất khẩu hàng hóa của tỉnh … đạt 6.842 triệu USD")
    # ("tổng lượt khám": the count noun its part is said with names no item)
    key = _whole_words(r) - item_words(r.a.said_unit)
    key = key if w.TOTAL.search(r.object) else set()
    # "VASEP expects the full-year figure to reach B": a whole only of a share so forecast
    forecast = w.FORECAST.search(sc.catalog.label_of(r.a) + " " + r.head)
    found = [
        e
        for e in candidates(
            sc,
            r,
            (parts,),
            hedged=True,
            # a whole other shares are tied to is one for this share too: "112/128 xã …,
            # chiếm 87,5%; 38 xã …, chiếm 29,7% tổng số xã"; "tổng dư nợ … 152.340 tỷ đồng.
            # Trong đó, … chiếm 56,5% …. Nợ xấu 1.890 tỷ đồng, chiếm 1,24% tổng dư nợ"
            shared=share_whole_ids(sc),
        )
        if r.a.value is not None
        and e.amount.value > r.a.value
        and (
            counted
            or w.TOTAL.search(e.label)
            or (scope and _national(e.amount, sc))  # "Nationwide, … reached B", "Vietnam's"
            or (key and key <= named_in(sc, e.amount))
        )
        and (not scope or _national(e.amount, sc))
        and not stated_as_plan(sc, e)  # a plan is no whole of what was reached
        and (forecast or not w.FORECAST.search(e.label))  # nor is a forecast
        and id(e.amount) not in bases
        and (when or sc.roles.get(id(e.amount)) != "base")
        and periods.holds(e.period, when)
    ]
    # the months to date hold a month's part only when no whole of its own period is stated
    same = [e.amount for e in found if periods.compatible(when, e.period)]
    return same or [e.amount for e in found]


def _growth_bases(sc, r):
    """Return the ids of the bases the growths within reach of a reading's sentence are tied
    to, found once for each sentence."""
    key = id(r.sentence)
    if key not in sc.growth_bases:
        sc.growth_bases[key] = frozenset(
            id(x.b)
            for x in nearby(sc, r, lambda x: x.kind == "growth" and x.strength is not None)
            if x.b is not None
        )
    return sc.growth_bases[key]


#: a whole named only as the country's: "cả nước", "of the country", "nationwide"
_COUNTRY_ONLY = re.compile(
    r"\s*(?:(?:của|so với)\s+)?(?:cả nước|toàn quốc|(?:of\s+)?the (?:whole )?country(?:'s total)?"
    r"|nationwide|the national total)\s*",
    re.IGNORECASE,
)


def _national(amount, sc):
    """Whether an amount's words say it is the country's: "cả nước", "Vietnam's exports"."""
    said = sc.catalog.label_of(amount)
    return bool(w.ELSEWHERE.search(said) or _COUNTRY.search(said))


def _period_said_before(sc, sentence, reach=5):
    """Return the period a sentence speaks of: its own, or the last one the sentences before
    it in its paragraph (at most ``reach`` of them) said."""
    for i in range(sentence.index, max(sentence.index - reach, 0) - 1, -1):
        s = sc.sentences[i]
        if s.paragraph is not sentence.paragraph:
            break
        found = periods.period(s.text)
        if found is not None:
            return found
    return None


def _whole_words(r):
    """The words a share names its whole by: its object's, less those of a total and those
    of the measure its part's unit is of ("diện tích" of hectares)."""
    return item_words(r.object) - TOTAL_WORDS - MEASURED.get(r.a.unit, frozenset())


def _names_a_whole(r):
    """Whether a share's words name what it is of, without saying a total, a plan or a
    comparison: "of revenue", "kim ngạch xuất khẩu"."""
    said = r.object.strip()
    return bool(said) and not (
        w.TOTAL.search(said) or w.PLAN.search(said) or w.COMPARED.search(said)
    )


def _bare_total(r):
    """Whether a share names a total and no item: "of the total", "chiếm 12% tổng số", or
    only the measure of its part's unit: "of the value", "of the volume"."""
    measure = _MEASURE_ONLY.fullmatch(r.object)
    if measure and r.a is not None:  # "of the value" is of money, "of the volume" is not
        money = is_money(r.a)
        return money == (measure.group("measure").lower() in _OF_MONEY)
    return bool(measure or w.TOTAL.search(r.object)) and not item_words(r.object) - TOTAL_WORDS


#: a whole named only by its measure: "of the value", "of the total volume", "về lượng"
_MEASURE_ONLY = re.compile(
    r"\s*(?:of (?:the |its )?(?:total )?|về )"
    r"(?P<measure>value|volume|lượng|khối lượng|sản lượng|trị giá|giá trị|kim ngạch)\s*",
    re.IGNORECASE,
)
_OF_MONEY = frozenset(["value", "trị giá", "giá trị", "kim ngạch"])


def _count_named(sc, r):
    """Return the one count of a share's part's unit, larger than it, whose own words after
    its noun say every word the share names its whole by beyond that noun ("chiếm 32,7% số
    xã đạt chuẩn" and "98 xã đạt chuẩn nông thôn mới"), of a period its sentence allows,
    though it is the part of another share; None unless there is exactly one."""
    mine = _whole_words(r) - item_words(r.a.said_unit)
    if not mine or r.a.value is None:
        return None
    counts, when = [], said_period(r)
    for e in sc.catalog.near(r.sentence, r.percent.start):
        if not periods.compatible(when, e.period):  # "Năm 2023, tỉnh có 290 doanh nghiệp …"
            continue
        pair = labels.pair_of(e.amount, e.sentence)  # "98/121 xã": the 98 too
        counts += [(pair.first, e.sentence)] if pair is not None else []
        counts.append((e.amount, e.sentence))
    found = {
        t.value: t
        for t, sentence in counts
        if t.unit == r.a.unit
        and t is not r.a
        and t.value is not None
        and t.value > r.a.value
        and not (t.hedge or t.garbled)
        and mine <= item_words(labels.count_words(t, sentence))
    }
    if len(found) != 1:
        return None
    (whole,) = found.values()
    return None if apart(sc, r, whole) else whole


def _counts_its_part(r):
    """Whether a share is of the number of what its part counts: "312 hồ sơ, chiếm 1,27% số
    hồ sơ" (the whole is then the count of dossiers the passage states)."""
    return r.a is not None and number_of(r.object) == r.a.unit


def _share_claimants(sc, r):
    """Return the shares within reach that name a total and are not tied by their sentence,
    but for those that name the very same one ("tổng kim ngạch xuất khẩu" twice in a list
    of markets): they want the same whole, not another."""
    key = item_words(r.object)
    return nearby(
        sc,
        r,
        lambda x: (
            x.kind == "share"
            and x.strength != "strong"
            and bool(w.TOTAL.search(x.object))
            and (x is r or item_words(x.object) != key)
        ),
    )


def _same_qualifier(words, amount, catalog):
    """Whether a plan is named with the same numbered qualifier ("lần 3", "đợt 2") where its
    amount is stated: "đạt 97% chỉ tiêu được giao lần 3" … "chỉ tiêu giao lần 3 là 10.024"."""
    marks = re.findall(r"\b(?:lần|đợt|phase|round)\s*\d+", words, re.IGNORECASE)
    sentence = catalog.sentence_of.get(id(amount))
    if not marks or sentence is None:
        return False
    said = labels.label(amount, sentence).lower()
    return all(m.lower() in said for m in marks)
