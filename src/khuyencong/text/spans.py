"""A share whose part or whole its words name by its period: "Riêng quý III chiếm 36%
doanh thu 9 tháng", "November's figure made up 11.2 per cent of the 11-month total", "…
tính chung 10 tháng có 2.846 doanh nghiệp, trong đó tháng 10 chiếm 11%". The part is the
one amount the passage states of the part's period, the whole the one amount of its unit
stated of the whole's (or, naming none, the one larger amount its clause, or the clause
before its list's head, states), a span that holds the part's.
How firm the tie is, evidence.py decides.
"""

import itertools

from ..core.i18n import _
from . import evidence, periods
from .reach import measures
from .tokens import Amount

#: the roles of an amount that may be a part or a whole: not a plan, a change or a base
_ROLES = ("plain", "new", "whole")
#: how many tokens before a share its whole is looked for among
_NEAR = 24


def tie_period(sc, r):
    """Tie a share its sentence did not tie whose words name its part's period, or its
    whole's, to the one amount of each: firm, as a lone candidate is."""
    if r.kind != "share" or r.strength is not None:
        return
    text = r.sentence.paragraph.text
    last = r.sentence.last_before(r.percent.start)
    subject = text[last.end if last is not None else r.sentence.start : r.percent.start]
    own, of = periods.period(subject.split(";")[-1]), periods.period(r.object)
    if own is None and of is None:
        return
    part = r.a if r.a is not None else _one(sc, r, own)
    if part is None or part.value is None:
        return
    part_when = own or sc.catalog.period_of(part)
    if of is not None:
        whole = _one(sc, r, of, part)
    elif not r.object.strip():  # "…, trong đó tháng 10 chiếm 11%": its clause's, or the
        whole = _said_before(sc, r, part)  # one before its list's head
        of = sc.catalog.period_of(whole) if whole is not None else None
    else:
        return
    if whole is None or whole.unit != part.unit or whole.value <= part.value:
        return
    if part_when is None or of is None or of == part_when or not periods.holds(of, part_when):
        return
    how = _("{part} and {whole} (line {line}), the amounts of the periods its words name")
    how = how.format(part=part.text, whole=whole.text, line=sc.catalog.line_of(whole))
    r.tie("ratio", part, whole, how, evidence.FIRM)
    r.missing = ""


def _one(sc, r, when, part=None):
    """Return the one amount within reach said of period ``when`` (of ``part``'s unit, and
    larger, when given), and of no other measure than the share's words name ("lợi nhuận
    quý III" is no part of "doanh thu 9 tháng"), or None when there are none or several."""
    if when is None:
        return None
    said = measures(r.object)
    found = {
        (e.amount.unit, e.amount.value): e.amount
        for e in sc.catalog.near(r.sentence, r.percent.start)
        if e.period == when
        and e.amount.value is not None
        and not (e.amount.hedge or e.amount.garbled)
        and sc.roles.get(id(e.amount)) in _ROLES
        and (part is None or (e.amount.unit == part.unit and e.amount.value > part.value))
        and (not said or not (theirs := measures(e.label)) or bool(said & theirs))
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _said_before(sc, r, part):
    """Return the one amount of a part's unit, larger than it, said before a share in its
    clause or the clause before it ("tính chung 10 tháng có 2.846 doanh nghiệp, …, trong đó
    tháng 10 chiếm 11%"), a plain one; else None."""
    before = r.sentence.beside(r.clause, -1)
    if before is not None and not before.tokens:  # a list's head alone: " trong đó "
        before = r.sentence.beside(before, -1)
    clauses = {id(c) for c in (r.clause, before) if c is not None}
    near = itertools.islice(r.sentence.back(r.percent.start), _NEAR)  # (by bisection)
    found = {
        t.value: t
        for t in near
        if isinstance(t, Amount)
        and id(r.sentence.clause_at(t.start)) in clauses
        and t.unit == part.unit
        and t.value is not None
        and t.value > part.value
        and sc.roles.get(id(t)) in _ROLES
    }
    return next(iter(found.values())) if len(found) == 1 else None
