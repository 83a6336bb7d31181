"""A share's and a rate's operands, as its own sentence ties them (rules.py reads the
sentence; growth.py ties a growth's).

A share's part is the amount its subject is, or the one it is restated as or given in
parentheses after it; its whole the amount named right after it ("of B", "(B)", "trong
tổng số B") or the pair "A/B" in its clause. A rate's plan is the one beside it, in
parentheses after it, or said earlier in its clause.
"""

import itertools
import re

from ..core.i18n import _
from . import beyond, evidence, growth, names, pairs
from . import words as w
from .context import derive
from .language import detect_locale
from .reach import names_an_item
from .roles import another_year
from .tokens import Amount, Percent, is_money
from .units import COUNT_NAMED, COUNTS, THINGS

#: a plan said as its clause's subject: "Chỉ tiêu giao P", "Thu ngân sách: kế hoạch P"
_PLAN_OPENS = re.compile(
    rf"(?:^|[:;]\s*)[^\d;%()]{{0,40}}?\b(?:kế hoạch|{w.TARGETS_WORD}|dự toán|mục tiêu)"
    r"(?:[^\d;%(),:]|\b(?:19|20)\d\d\b){0,40}?\s*(?:là\s*)?$",
    re.IGNORECASE,
)
#: between that plan and what was achieved against it: ", thực hiện A", ", ước thực hiện A",
#: ", đến nay đã giải ngân A", "; tính đến ngày 30/11, giải ngân A"
_THEN_ACHIEVED = re.compile(
    r"\s*[,;]\s*(?:(?:tính\s+)?đến\s+(?:nay|ngày\s+[\d/]+|hết\s+(?:tháng|quý|năm)[^,;\d]{0,8}"
    r"[\d/]*)\s*,?\s*)?(?:đã\s+)?(?:ước\s+)?(?:thực hiện|đạt|giải ngân)\s*",
    re.I,
)


def _plan_then_achieved(plan, main, clause, text):
    """Whether an amount is a plan said as its clause's subject, right before what was
    achieved against it: "Chỉ tiêu giao 11.500 tỷ đồng, thực hiện 12.450 tỷ đồng, đạt
    108,3%" (its words make it the clause's own amount, not a plan beside another)."""
    return (
        plan.unit == main.unit
        and _THEN_ACHIEVED.fullmatch(text, plan.end, main.start) is not None
        and _PLAN_OPENS.search(text, clause.start, plan.start) is not None
    )


def _plan_in_clause_before(clause, main, text):
    """Return [the plan] when the clause before a rate's, in its sentence, ends with a plan
    said as its subject and the rate's clause opens with what was achieved against it
    ("Chỉ tiêu giao năm 2024 là 850 tỷ đồng; thực hiện 912 tỷ đồng, đạt 107,3%"); else []."""
    before = clause.sentence.beside(clause, -1)
    if before is None:
        return []
    ending = itertools.islice(reversed(before.tokens), 8)  # the few it ends with
    last = next((t for t in ending if isinstance(t, Amount)), None)
    if last is None or last.in_parens or not _plan_then_achieved(last, main, before, text):
        return []
    return [last]


def _of_pair_before(r, main, clause):
    """Tie a percentage that names nothing, after a count, to the whole of the A/B pair
    before that count ("98/121 xã … (81%), 12 xã đạt chuẩn nâng cao (9,9%)"), weakly: it
    may be of the pair's part. Return whether it did."""
    # "(6,9%) còn nợ …": alone in its parentheses, what follows names no whole
    alone = r.percent.text.endswith(")") or r.sentence.paragraph.text.startswith(")", r.percent.end)
    whole = pairs.whole_before(clause, main) if alone or not r.object.strip() else None
    if whole is None:
        return False
    how = _("{amount}, the whole of the pair written A/B before it").format(amount=whole.text)
    r.tie("ratio", main, whole, how, evidence.WEAK)
    return True


def tie_rate(r, main, scope, clause, role, text):
    p = r.percent
    pair = pairs.pair_after(clause, p, text) or pairs.slash(clause, p.end + 200, p)
    if pair is not None and pair.start < (scope[0].start if scope else clause.end) + 200:
        form = "growth" if r.kind == "excess" else "ratio"
        r.tie(form, pair.first, pair.second, _("the pair written A/B beside it"))
        return
    if r.kind == "rate" and _of_pair_before(r, main, clause):
        return
    said = pairs.out_of_after(scope, role, text, p) if main is None and r.kind == "rate" else None
    if said is not None:  # "đạt 96,5%, với 412 tấn được xử lý trên tổng số 438 tấn"
        r.tie("ratio", *said, _("the part and the whole it is out of, said right after it"))
        return
    said = pairs.out_of_next(clause, role, text) if main is None and r.kind == "rate" else None
    if said is not None and not any(isinstance(t, Amount) for t in scope):
        # "Tỷ lệ … đạt 94,1%, …; số người tham gia là 1.245.600 người trên tổng dân số
        # 1.323.700 người": its figures in the next clause, which says no rate of its own
        how = _("the part and the whole it is out of, said in the next clause")
        r.tie("ratio", *said, how, evidence.WEAK)
        return
    restated = _restated(scope, text, p) if main is None else None
    after = p.end
    if restated is not None:  # "đạt 95,2%, tương ứng A trên tổng kế hoạch vốn P"
        main, after = restated, restated.end
        scope = [t for t in scope if t.start > restated.start]
    unit = main.unit if main is not None else None
    plan = growth.first(scope, role, ("plan", "plain", "base"), True, text, after, unit)
    if plan is None and main is not None:  # "45 lớp … cho 1.350 lao động, thấp hơn 10% so
        # với kế hoạch (50 lớp)": the plan in parentheses names the unit of its level
        other = growth.first(scope, role, ("plan", "plain", "base"), True, text, after)
        level = (
            growth.in_unit(r, other.unit, role) if other is not None and other.in_parens else None
        )
        if level is not None:
            main, plan = level, other
    if plan is not None and role.get(id(plan)) == "plain" and not plan.in_parens:
        plan = None  # a plain amount after it is the next subject's, not its plan
    if plan is not None and plan.in_parens and another_year(text[r.sentence.start : plan.start]):
        plan = None  # "Năm 2024, … bằng 95% dự toán (dự toán năm 2023: P)": another year's
    last = r.sentence.last_before(p.start)
    if (  # "exceeding the full-year target of B by 11.4 per cent": the plan right before "by"
        plan is None
        and main is not None
        and isinstance(last, Amount)
        and last is not main
        and role.get(id(last)) == "plan"
        and w.BY.fullmatch(text, last.end, p.start)
    ):
        plan = last
    if plan is None and main is not None:  # "có chỉ tiêu thu P, … thu được A, tương đương X%"
        earlier = [
            t
            for t in clause.tokens
            if isinstance(t, Amount)
            and t.start < main.start
            and (role.get(id(t)) == "plan" or _plan_then_achieved(t, main, clause, text))
            and not t.in_parens
        ]
        if not earlier:  # "Chỉ tiêu giao năm 2024 là P; thực hiện A, đạt X%"
            earlier = _plan_in_clause_before(clause, main, text)
        if not earlier and not r.object.strip():  # "Kinh phí được giao: P; đã giải ngân A, đạt X%"
            earlier = _assigned_before(r.sentence, main, text)
        if earlier and not any(
            isinstance(t, Percent) and earlier[-1].start < t.start < p.start
            for t in r.sentence.tokens
        ):
            plan = earlier[-1]
    form = "growth" if r.kind == "excess" else "ratio"
    excess, fall = (
        beyond.excess_before(r, main, last, role, text) if plan is None and main else (None, None)
    )
    if excess is not None:  # "đạt A, vượt D so với dự toán, bằng X% dự toán": of A − D
        plan = derive(main, [excess], detect_locale(text), minus=not fall)
        how = _("the plan its level implies with the change from the plan said before it")
        r.tie(form, main, plan, how)
        return
    excess, fall = (
        beyond.excess_after(r, main, role, text) if plan is None and main else (None, None)
    )
    if excess is not None:  # "đạt A, bằng 53,8% dự toán, hụt D": of A + D
        plan = derive(main, [excess], detect_locale(text), minus=not fall)
        how = _("the plan its level implies with the change from the plan said after it")
        r.tie(form, main, plan, how)
        return
    rest = beyond.remainder_after(r, main, clause, role, text) if plan is None and main else None
    if rest is not None:  # "giải ngân A, đạt 89,2% kế hoạch, còn lại R chưa giải ngân"
        plan = derive(main, [rest], detect_locale(text))
        r.tie(form, main, plan, _("the plan its level and the remainder said after it make"))
        return
    way = (
        beyond.beyond_plan(main, last, role, text, p) if plan is None and main is not None else None
    )
    if way is not None:
        # "đạt A, thấp hơn dự toán D, bằng X% dự toán": D is the shortfall (A + D the plan)
        # or the plan itself; which one, the words do not say, so only to confirm
        if last.value * 2 < main.value:
            plan = derive(main, [last], detect_locale(text), minus=bool(way.group("over")))
        how = _("the amount said right before it, as the excess over the plan or the plan")
        r.tie(form, main, plan or last, how, evidence.WEAK)
        return
    if main is None and plan is None:  # "vượt D so với dự toán (P), bằng 108% dự toán"
        change, plan = growth.change_from(r, role, text)
        if plan is None or not beyond.FROM_PLAN.search(text[change.end : plan.start]):
            # "exceeded the estimate of P by D, reaching 108 per cent of the estimate"
            change = last if isinstance(last, Amount) and role.get(id(last)) == "change" else None
            plan = growth.exceeded_by(r, role, change, text) if change else None
        if plan is not None and beyond.RATE_LINK.fullmatch(
            text[max(plan.end, change.end) : p.start]
        ):
            fall = growth.is_fall(change, text)
            main = derive(plan, [change], detect_locale(text), minus=fall)
            how = _("the plan it is compared with, and the change from it said before it")
            r.tie(form, main, plan, how)
            return
        plan = None
    if main is not None and plan is not None:
        r.tie(form, main, plan, _("its own plan, given beside it"))
    elif main is not None:
        r.a, r.missing = main, "plan"
    elif plan is not None:
        r.b, r.missing = plan, "achieved"
    else:
        r.missing = "plan"


def _assigned_before(sentence, main, text):
    """Return, as a list of one or none, the amount of a level's unit said assigned right
    before it in its sentence ("Tổng kinh phí được giao: 48.650 triệu đồng; đã giải ngân
    41.290 triệu đồng"): none when another amount of that unit or a percentage stands
    between, a part it may be split into ("Vốn được giao: 5.200 tỷ đồng (trong đó vốn trung
    ương 2.100 tỷ đồng); đã giải ngân 1.890 tỷ đồng vốn trung ương"). Looked for among the
    few tokens before the level, nearest first."""
    back = list(itertools.islice(sentence.back(main.start), _NEAR + 1))
    for k, t in enumerate(back[:_NEAR]):
        if isinstance(t, Percent):
            return []
        if isinstance(t, Amount) and t.unit == main.unit:
            since = back[k + 1].end if k + 1 < len(back) else sentence.start
            assigned = not t.in_parens and names.assigned_before(text[since : t.start])
            return [t] if assigned else []
    return []


#: how many tokens before a level its assigned plan is looked for among
_NEAR = 12


def _restated(scope, text, p):
    """Return the amount a percentage is restated as right after it ("đạt 95,2%, tương ứng
    23.580 tỷ đồng", "52.4 per cent, or VND249 trillion"), or the level said reached after
    it ("vượt 8,2% kế hoạch năm, đạt 12,98 tỷ USD", "exceeded the annual target by 8.2 per
    cent, reaching $12.98 billion"), or None."""
    first = next((t for t in scope if isinstance(t, (Amount, Percent))), None)
    if not isinstance(first, Amount):
        return None
    between = text[p.end : first.start]
    if w.PART_RESTATED.fullmatch(between) or w.LEVEL_REACHED.fullmatch(between):
        return first
    return None


def _before_restated(r, main, restated, text):
    """Return how firmly a share that names no whole and is restated as an amount is of
    the larger amount before it in its sentence, or None: strong when that amount is said
    to be a total ("Tổng thu ngân sách đạt 10.000 tỷ đồng, thu nội địa chiếm 80%, tương
    đương 8.000 tỷ đồng"); else weak, as it may be another subject's ("Lợi nhuận đạt 2.450
    tỷ đồng, nợ xấu chiếm 1,12%, tương đương 2.085 tỷ đồng"), so it may only confirm."""
    if (
        main is None
        or r.object.strip()
        or restated.unit != main.unit
        or None in (restated.value, main.value)
        or restated.value >= main.value
    ):
        return None
    total = w.TOTAL.search(text, max(r.sentence.start, main.start - 80), main.start)
    return evidence.STRONG if total else evidence.WEAK


def tie_share(r, main, scope, clause, role, text):
    p = r.percent
    pair = pairs.pair_after(clause, p, text) or pairs.slash(clause, p.start, p)
    if pair is not None:
        r.tie("ratio", pair.first, pair.second, _("the pair written A/B beside it"))
        return
    if _of_pair_before(r, main, clause):
        return
    if (
        main is not None
        and not r.object.strip()  # (not "… of imports": a whole of its own)
        and w.WITH_NAMED.fullmatch(text, main.end, p.start)
        and not w.RESTATED_AFTER.match(text, p.end)  # (", or VND 7.3 quadrillion": its part)
    ):
        r.b, r.missing = main, "part"  # "reached $44 billion, with textiles accounting for
        return  # 36.8 per cent": the whole; its part, named, is looked for (parts.py)
    restated = next((t for t in scope if isinstance(t, (Amount, Percent))), None)
    if not isinstance(restated, Amount) or not w.PART_RESTATED.fullmatch(
        text[p.end : restated.start]
    ):
        restated = None
    if restated is not None:
        whole = next((t for t in scope if t.start >= restated.end), None)
        if (
            isinstance(whole, Amount)
            and whole.unit == restated.unit
            and whole.value > restated.value
            and (
                _OF_THE.fullmatch(text[restated.end : whole.start])
                or w.WHOLE_BEFORE.search(text[restated.end : whole.start])
            )
        ):  # "…, or $291.9 billion of the $405.5 billion total": then its whole
            how = _("the amount it is restated as, of the whole said after it")
            r.tie("ratio", restated, whole, how)
            return
        whole = r.sentence.first_whole
        if (
            whole is not None
            and whole is not main
            and whole.start < p.start
            and whole.unit == restated.unit
            and None not in (whole.value, restated.value)
            and whole.value > restated.value
            and not r.clause.listed
        ):  # "Of the 2,150 enterprises surveyed, …, while 14.2 per cent, or 305 firms, …"
            how = _("the total it is said to be part of ('trong tổng số')")
            r.tie("ratio", restated, whole, how)
            return
        strength = _before_restated(r, main, restated, text)
        if strength is not None:
            # "Total retail sales reached VND5.82 quadrillion, …, with goods accounting for
            # 76.8 per cent, or VND4.47 quadrillion": the part restated, of that total
            how = _("the amount it is restated as, of the amount said before it")
            r.tie("ratio", restated, main, how, strength)
            return
    part = main
    first = next((t for t in scope if t.start >= p.end), None)
    at = w.AT_AMOUNT.match(text, p.end)
    if isinstance(first, Amount) and at is not None and at.end() == first.start:
        part = first  # "while tuna made up 12.5 per cent at $990 million": its own amount
    last = r.sentence.last_before(p.start)
    if (
        part is None
        and isinstance(last, Amount)
        and role.get(id(last)) == "change"
        and _OR_BETWEEN.fullmatch(text[last.end : p.start])
    ):
        part = last  # "lost 3,400 hectares …, or 2.1 per cent of its total": the part lost
    after = growth.first(scope, role, ("plain", "base", "whole"), True, text, p.end)
    if part is None and restated is not None:
        part = restated  # "chiếm 54%, tương đương 2,6 nghìn tỷ đồng"
    if part is None and after is not None and _OF_WHOLE.fullmatch(text[p.end : after.start]):
        said = next((t for t in scope if t.start >= after.end), None)
        if (
            isinstance(said, Amount)
            and said.unit == after.unit
            and w.PART_RESTATED.fullmatch(text[after.end : said.start])
        ):  # "accounted for nearly 73 per cent of Vietnam's exports of $405.5 billion last
            # year, or about $296 billion": the whole named after it, then the part
            how = _("the whole named right after it, and the amount it is restated as")
            r.tie("ratio", said, after, how)
            return
    # "…, at VND 42,090 billion": the part, when its clause ends there (not "with $40.2
    # billion shipped to the US", another subject's)
    said_at = (
        after is not None
        and w.PART_AT.fullmatch(text[p.end : after.start]) is not None
        and _ENDS_CLAUSE.match(text, after.end) is not None
    )
    if (
        said_at
        and part is main
        and part is not None
        and not is_money(part)
        and is_money(after)
        and not COUNT_NAMED.search(r.object)
    ):  # "với 48 dự án, chiếm 38,4% tổng vốn, với 480 triệu USD": the money, not the count
        part = None  # (but "… tổng số dự án" is of the count)
    if (
        part is None
        and after is not None
        and _WHOLE_NAMED.search(text[p.end : after.start])
        and not said_at  # "of the total, at VND 42,090 billion": the part, after its whole
    ):
        # "chiếm 13,3% tổng lượng … (9,05 triệu tấn)", "of Vietnam's imports, which totalled B"
        r.b, r.missing = after, "part"
        return
    if (
        part is None
        and after is not None
        and (after.in_parens or after.start - p.end < 25 or said_at)
    ):
        part, after = after, None  # "chiếm 27,7% (22,9 tỷ đồng)": the part, after it
        whole = next((t for t in scope if t.start >= part.end), None)
        if isinstance(whole, Amount) and w.WHOLE_BEFORE.search(text[part.end : whole.start]):
            # "còn 2,35%, với 6.120 hộ nghèo trên tổng số 260.400 hộ": then its whole
            r.tie("ratio", part, whole, _("the total it is said to be part of ('trong tổng số')"))
            return
    if part is None and _RELATIVE.fullmatch(text, r.clause.start, p.start):
        # "Goods sales, which made up 76.1 per cent of the total, reached VND4.86
        # quadrillion", "Doanh thu bán lẻ hàng hóa, chiếm 76,1% tổng mức, đạt 4,86 triệu tỷ
        # đồng": the amount the subject reaches after the clause
        close = _CLAUSE_END.search(text, p.end, r.sentence.end)
        at = close.end() if close is not None else r.sentence.end
        nxt = next(r.sentence.ahead(at), None)
        if isinstance(nxt, Amount) and _REACHED.fullmatch(text, at, nxt.start):
            part = nxt
    if part is None and p.in_parens:  # "(chỉ chiếm 20% tổng …), đạt 14,673 tỷ USD"
        close = text.find(")", p.end)
        nxt = next((t for t in r.sentence.tokens if close != -1 and t.start > close), None)
        if isinstance(nxt, Amount) and w.PART_AFTER_PARENS.fullmatch(text[close + 1 : nxt.start]):
            part = nxt
    whole = r.sentence.first_whole
    if whole is not None and (whole.start >= p.start or (part and whole.unit != part.unit)):
        whole = None  # "Trong số 1.842 gói thầu, …; giá trị … 4.870 tỷ đồng": not its whole
    if whole is not None and r.clause.listed and r.sentence.list_at > whole.end:
        whole = None  # "Trong 5.000 tỷ đồng …, giải ngân 1.850 tỷ đồng, trong đó …": the list's
    if whole is not None and _names_another_whole(r.object, whole):
        whole = None  # "Of the 63 provinces, 12 …, 19 per cent of localities but 70 per cent
        # of total revenue": the revenue's share, not the provinces'
    if part is not None and whole is not None and whole is not part:
        # "120 xã đạt chuẩn trong tổng số 150 xã; 18 xã đạt chuẩn nâng cao, chiếm 15%": a
        # whole said as another amount's may be of that amount instead, so only to confirm
        of = _whole_of(r.sentence, whole, text)
        strength = evidence.WEAK if of not in (None, part) else evidence.STRONG
        how = _("the total it is said to be part of ('trong tổng số')")
        r.tie("ratio", part, whole, how, strength)
        return
    if (
        part is not None
        and after is not None
        and part.unit != after.unit
        and not _counts(r, part)
        and (
            after.in_parens
            or after.start - p.end < 25
            or _WHOLE_NAMED.search(text, p.end, after.start)
        )
    ):  # its whole's unit, said before it (not the next share's part, said further on)
        part = growth.in_unit(r, after.unit, role) or part
    if (
        part is not None
        and after is not None
        and after.in_parens
        and re.fullmatch(r"[^(),;]*\(\s*", text[p.end : after.start])
        and not _smaller(after, part)
    ):  # (not "…, or 36.6 per cent of the total, followed by Japan ($4.6 billion)")
        r.tie("ratio", part, after, _("the whole given in parentheses after it"))
        return
    if part is not None and after is not None and w.WHOLE_AFTER.search(text[p.end : after.start]):
        r.tie("ratio", part, after, _("the whole named right after it"))
        return
    r.a, r.missing = part, "whole"


def _names_another_whole(words, whole):
    """Whether a share's words name a whole other than the count said first ("of total
    revenue" after "Of the 63 provinces"; not "of localities", the same count, nor "of the
    total")."""
    named = COUNT_NAMED.search(words)
    if named is not None:
        return COUNTS.get(named.group(0).lower()) != whole.unit
    return whole.unit in THINGS and bool(w.OF_A_WHOLE.match(words)) and names_an_item(words)


def _smaller(whole, part):
    """Whether a whole of its part's unit is no larger than the part: no whole of it."""
    return (
        whole.unit == part.unit
        and None not in (whole.value, part.value)
        and (whole.value <= part.value)
    )


def _whole_of(sentence, whole, text):
    """Return the amount a whole is said right after as its part's ("2.917,3 tỷ đồng trong
    tổng số 4.126,8 tỷ đồng", "305 out of 2,150"), or None if it is said on its own."""
    before = next(sentence.back(whole.start), None)
    if (
        isinstance(before, Amount)
        and before.unit == whole.unit
        and _OF_A_TOTAL.fullmatch(text[before.end : whole.start])
    ):
        return before
    return None


#: between an amount and the total it is said to be part of, its own words aside
_OF_A_TOTAL = re.compile(r"[^\d,;()%]{0,80}?" + w.WHOLE_BEFORE.pattern, re.IGNORECASE)


def _counts(r, part):
    """Whether a share names its whole as the count its part is of ("28 đề án …, chiếm
    60,9% số đề án, với kinh phí 4.650 triệu đồng": of the schemes, not the money after)."""
    named = COUNT_NAMED.search(r.object)
    return named is not None and COUNTS.get(named.group(0).lower()) == part.unit


#: a relative clause a share is said in, between commas after its subject: ", which made
#: up", ", which accounted for"
_RELATIVE = re.compile(
    r"[^\d,;:()%]{1,80},\s*(?:(?:which|that)\s+(?:made up|accounted for|represented|"
    r"comprised)|chiếm(?:\s+tỷ trọng)?)\s+",
    re.IGNORECASE,
)
#: where such a clause ends: its comma, its words of the whole before it (no number)
_CLAUSE_END = re.compile(r"[^\d,;()%]{0,60}?,", re.IGNORECASE)
#: the verb the subject goes on with after the clause, then its amount
_REACHED = re.compile(
    r"\s*(?:reached|totalled|totaled|stood at|came to|amounted to|were|was|rose to|grew to|"
    r"hit|(?:ước\s+)?(?:đạt|là))\s+(?:an estimated\s+|about\s+|nearly\s+|khoảng\s+)?",
    re.IGNORECASE,
)
#: what ends the clause of an amount, a year aside: "…, at VND 42,090 billion in 2024."
_ENDS_CLAUSE = re.compile(r"\s*(?:(?:in|năm)\s+(?:19|20)\d\d\b)?\s*(?:[.;,)]|$)", re.I)
#: between a part and its whole said right after it: "$291.9 billion of the $405.5 billion"
_OF_THE = re.compile(r"\s+of\s+(?:the|a|an)?\s*", re.IGNORECASE)
#: between an amount and its share said right after it: ", or", "("
_OR_BETWEEN = re.compile(r"[^\d%;()]{0,60}?,\s*(?:or|hay|tức là)\s*|\s*\(\s*", re.IGNORECASE)
#: words after a share that name its whole before stating it: "tổng …", "which totalled"
_WHOLE_NAMED = re.compile(r"\b(?:tổng|total(?:led|ed|ling|s)?)\b", re.IGNORECASE)
#: the words between a share and the whole it names: "of Vietnam's exports of", "của tổng"
_OF_WHOLE = re.compile(
    r"\s*(?:of|của|trong(?: tổng)?(?: số)?)\b[^;%()\d]{0,50}?(?:\b(?:of|của|là)|:)?\s*", re.I
)
