"""A rate's operands, as its own sentence ties them (rules.py reads the sentence): its
level is the amount its subject is, or the one it is restated as or reached after it; its
plan the one beside it, in parentheses after it, said earlier in its clause, or in the
clause before as that clause's subject, or the one its level and a change from the plan
said beside it imply. How firm each tie is, evidence.py decides.
"""

import itertools
import re

from ..core.i18n import _
from . import beyond, evidence, growth, names, pairs
from . import words as w
from .context import derive
from .language import detect_locale
from .roles import another_year
from .tokens import Amount, Percent

#: a plan said as its clause's subject: "Chỉ tiêu giao P", "Thu ngân sách: kế hoạch P"
_PLAN_OPENS = re.compile(
    rf"(?:^|[:;]\s*)[^\d;%()]{{0,40}}?\b(?:kế hoạch|(?-i:KH)|{w.TARGETS_WORD}|dự toán|mục tiêu|"
    r"target|plan)"
    r"(?:[^\d;%(),:]|\b(?:19|20)\d\d\b){0,40}?\s*(?:là\s*|:\s*)?$",
    re.IGNORECASE,
)
#: between that plan and what was achieved against it: ", thực hiện A", ", ước thực hiện A",
#: ", đến nay đã giải ngân A", "; tính đến ngày 30/11, giải ngân A"
_THEN_ACHIEVED = re.compile(  # (after the rest of a count's noun: "5.000 căn nhà ở xã hội, …")
    r"(?:\s+[^\W\d][^,;\d%()]{0,40})?"
    r"\s*[,;]\s*(?:(?:tính\s+)?đến\s+(?:nay|ngày\s+[\d/]+|hết\s+(?:tháng|quý|năm)[^,;\d]{0,8}"
    r"[\d/]*)\s*,?\s*)?(?:đã\s+)?(?:ước\s+)?"
    r"(?:thực hiện|(?-i:TH)|đạt|giải ngân|hoàn thành|actual|achieved|completed)\s*:?\s*",
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


def _named_plan(plan, p, text):
    """Whether an amount is said as the plan a rate is of, inside its object: "84 percent
    of its VND153.2 trillion estimate", "of the $55 billion target"."""
    return (
        _OF_ITS.fullmatch(text, p.end, plan.start) is not None
        and w.PLAN_AFTER.match(text, plan.end) is not None
    )


#: between a rate and the amount of the plan its object names: " of its ", " percent of the "
_OF_ITS = re.compile(
    r"\s*(?:per\s*cent|percent)?\s+of\s+(?:its|the|their|this year's|the year's)\s+", re.I
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


def _of_another_rate(sentence, plan, text):
    """Whether a plan is said in another rate's object, right after it with no mark between
    ("Revenue reached A, 80 percent of the plan of VND 4,000 billion, and profit B, 90
    percent of its plan": the 4,000 is the revenue's plan, not the profit's)."""
    before = sentence.last_before(plan.start)
    return isinstance(before, Percent) and not re.search(r"[,;:]", text[before.end : plan.start])


def tie_rate(r, main, scope, clause, role, text):
    p = r.percent
    pair = pairs.pair_after(clause, p, text) or pairs.slash(clause, p.end + 200, p)
    if pair is not None and pair.start < (scope[0].start if scope else clause.end) + 200:
        form = "growth" if r.kind == "excess" else "ratio"
        r.tie(form, pair.first, pair.second, _("the pair written A/B beside it"))
        return
    if r.kind == "rate" and pairs.tie_whole_before(r, main, clause):
        return
    if main is None and r.kind == "rate" and pairs.tie_out_of(r, scope, clause, role, text):
        return  # "đạt 96,5%, với 412 tấn được xử lý trên tổng số 438 tấn"
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
    if (
        plan is not None
        and role.get(id(plan)) == "plain"
        and not plan.in_parens
        and not _named_plan(plan, p, text)
    ):
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
            and not _of_another_rate(r.sentence, t, text)
        ]
        if not earlier:  # "Chỉ tiêu giao năm 2024 là P; thực hiện A, đạt X%" (or "…; thực
            # hiện: A; đạt X%", its level carried from the clause before)
            earlier = _plan_in_clause_before(r.sentence.clause_at(main.start) or clause, main, text)
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
