"""A rate's plan from what its sentence says of the plan beside the level: the excess over
it or the shortfall from it, said before the rate ("đạt A, vượt D so với dự toán, bằng X%
dự toán") or after it ("bằng 53,8% dự toán, hụt D"), the remainder left of it ("đạt 89,2%
kế hoạch, còn lại R chưa giải ngân"), or an amount beyond it ("thấp hơn dự toán D")."""

import re

from . import words as w
from .tokens import Amount

#: what a change is compared with when it is a plan: "so với dự toán", "so với kế hoạch vốn
#: được giao", "from the target of"
FROM_PLAN = re.compile(
    r"^\s*(?:so với|compared (?:with|to)|from)\s+(?:the\s+)?(?:" + w.PLAN.pattern + ")", re.I
)


def excess_before(r, main, last, role, text):
    """Return (change, whether it fell short) of the change from its plan said between a
    rate's level and the rate: "đạt A, vượt D so với dự toán, bằng X% dự toán", "hụt D so
    với dự toán", "reached A, exceeding the estimate by D, or X per cent of the estimate",
    "fell short of the target by D"; or (None, None): not a change from last year ("tăng
    D so với năm trước, bằng X% dự toán"), nor one whose way no word says."""
    if not (
        isinstance(last, Amount)
        and main.end < last.start < main.end + _SPAN
        and role.get(id(last)) == "change"
        and last.unit == main.unit
    ):
        return None, None
    after = text[last.end : r.percent.start]
    before = text[main.end : last.start]
    said = FROM_PLAN.search(after)  # "vượt D so với dự toán, bằng"
    if said is not None and _PLAN_THEN_RATE.fullmatch(after, said.end()):
        way = _WAY.search(before)
        if way is not None:
            return last, bool(way.group("short"))
    elif said is None and w.BY_END.search(before) and RATE_LINK.fullmatch(after):
        verb = w.EXCEEDED.search(before) or w.SHORT_OF.search(before)  # "exceeding … by D"
        if verb and w.PLAN.search(before, verb.end()):
            return last, bool(w.SHORT_OF.fullmatch(verb.group(0)))
    return None, None


def excess_after(r, main, role, text):
    """Return (change, whether it fell short) of the change from its plan said right after
    a rate of that plan ("đạt A, bằng 53,8% dự toán, hụt D", "…, vượt D so với dự toán"),
    or (None, None)."""
    nxt = _next_of_plan(r, main, role, "change")
    if nxt is None:
        return None, None
    way = _WAY_AFTER.fullmatch(text, r.percent.end, nxt.start)
    if way is None or _AGAINST_ANOTHER.match(text, nxt.end):  # "hụt D so với cùng kỳ": the
        return None, None  # change from last year, not from the plan
    return nxt, bool(way.group("short"))


def _next_of_plan(r, main, role, wanted):
    """Return the amount right after a rate of a plan, of the level's unit and the role
    ``wanted`` ("change": what it went beyond or fell short by; "plain": what is left), or
    None."""
    nxt = r.sentence.first_after(r.percent.end)
    if (
        isinstance(nxt, Amount)
        and role.get(id(nxt)) == wanted
        and nxt.unit == main.unit
        and w.PLAN.search(r.object)
    ):
        return nxt
    return None


def remainder_after(r, main, clause, role, text):
    """Return the remainder of the plan said right after a rate of it ("đạt 89,2% kế hoạch,
    còn lại 608 tỷ đồng chưa giải ngân", "74.4 per cent of the plan, leaving VND 20.2
    trillion unspent"), or None; None too when the clause or the one before says another
    amount of its unit above the level: the plan may be said there, and other rules read it."""
    nxt = _next_of_plan(r, main, role, "plain")
    if nxt is None:
        return None
    way = _REST_BEFORE.fullmatch(text, r.percent.end, nxt.start)
    left = _REST_AFTER.match(text, nxt.end)
    if way is None or left is None or (way.group("with") and left.group("end")):
        return None  # "with R." says no more of it
    before = clause.sentence.beside(clause, -1)
    near = [  # the few tokens around: a clause of thousands costs no more per rate
        *(before.tokens[-8:] if before else ()),
        *clause.between(r.percent.start - 300, r.percent.start),
    ]
    if any(isinstance(t, Amount) and t.unit == main.unit and t.value > main.value for t in near):
        return None  # the plan may be said there, and the remainder not of it
    return nxt


#: between a rate of a plan and what is left of the plan: ", còn lại", ", leaving"
_REST_BEFORE = re.compile(
    r"[^\d,;()%]{0,40}?,\s*(?:(?:số\s+)?còn lại|còn|leaving|(?P<with>with))\s*", re.IGNORECASE
)
#: what is left, said after its amount: "chưa giải ngân", "sẽ giải ngân trong quý IV",
#: "để hoàn thành dự toán", "to meet the target", "được phép kéo dài sang năm 2025",
#: "unspent", "yet to be disbursed", or nothing before its clause ends ("còn lại R."; not
#: "with R."); not another item's ("còn lại R vốn ngân sách địa phương đạt 60%")
_REST_AFTER = re.compile(
    r"\s*(?:(?:chưa|sẽ)\s+(?:được\s+)?(?:giải ngân|thực hiện|thu|sử dụng)|"
    r"(?:nữa\s+)?(?:để|mới)\s+hoàn thành|to (?:meet|reach|hit|complete) (?:the|its)|"
    r"(?:được\s+(?:phép\s+)?)?(?:kéo dài|chuyển)\s+sang|(?:carried|rolled) over|"
    r"(?:unspent|undisbursed|unused|remaining|left|yet to be)\b|(?P<end>[.;]|$))",
    re.IGNORECASE,
)


def beyond_plan(main, last, role, text, p):
    """Return the word of going beyond or short of a plan that the amount right before a
    rate follows ("đạt A, thấp hơn dự toán D, bằng X%", "vượt kế hoạch D, đạt X%"), or
    None."""
    if not (
        isinstance(last, Amount)
        and main.end < last.start < main.end + _SPAN
        and role.get(id(last)) == "plan"
        and last.unit == main.unit
        and last.value is not None
        and main.value is not None
        and RATE_LINK.fullmatch(text, last.end, p.start)
    ):
        return None
    return _WAY_PLAN.search(text, main.end, last.start)


#: the words of going beyond a plan, and of falling short of it
_OVER, _SHORT = r"vượt(?:\s+thu)?|cao hơn|nhiều hơn", r"hụt(?:\s+thu)?|thấp hơn|ít hơn|kém"
#: between a rate of a plan and the change from that plan said after it: "…% dự toán, hụt"
_WAY_AFTER = re.compile(  # (restated: ", tức vượt D", " (vượt D)")
    r"[^\d,;()%]{0,40}?(?:,\s*(?:(?:tức(?: là)?|hay|tương ứng|tương đương|or|that is)\s+)?"
    rf"|\s*\(\s*)(?:(?P<over>{_OVER})|(?P<short>{_SHORT}))"
    r"(?:\s+so với\s+(?:dự toán|kế hoạch)[^\d,;()%]{0,20})?\s*",
    re.IGNORECASE,
)
#: a comparison with something other than a plan, said after a change
_AGAINST_ANOTHER = re.compile(
    r"\s*(?:so với|compared (?:with|to)|from|than)\s+(?!(?:the\s+)?(?:dự toán|kế hoạch|chỉ tiêu|"
    r"mục tiêu|plan|target|estimate))",
    re.IGNORECASE,
)
#: a word of going beyond or short of a plan, then the plan's name: "thấp hơn dự toán"
_WAY_PLAN = re.compile(
    rf"\b(?:(?P<over>{_OVER})|{_SHORT})\s+(?:so với\s+)?(?:dự toán|kế hoạch|chỉ tiêu)"
    r"[^\d,;()%]{0,25}$",
    re.IGNORECASE,
)


#: how far after a rate's level the change from its plan may be said, in characters
_SPAN = 160


#: the word right before a change from a plan that says which way it went: "vượt", "hụt"
_WAY = re.compile(rf"\b(?:(?P<over>{_OVER}|tăng)|(?P<short>{_SHORT}|giảm))\s*$", re.IGNORECASE)


#: between such a plan and the rate right after it: "(1.500 tỷ đồng), bằng", ", or"
RATE_LINK = re.compile(
    r"[\s,)]*(?:bằng|đạt|tương đương(?:\s+với)?|equal to|equivalent to|or|reaching)\s*", re.I
)
#: what may follow "so với dự toán" before the rate: the rest of the plan's name, the link
_PLAN_THEN_RATE = re.compile(r"[^,;()\d%]{0,40}?" + RATE_LINK.pattern, re.I)
