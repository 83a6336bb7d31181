"""A part and its whole said together beside a percentage: a pair written A/B ("còn 2,35%
(6.120/260.400 hộ)"), or a part and the whole it is out of ("đạt 96,5%, với 412 tấn được
xử lý trên tổng số 438 tấn"), said right after it or in the next clause of its sentence.
"""

import re

from . import words as w
from .tokens import Amount, Percent, Slash, is_money


def slash(clause, stop, p=None):
    """Return the clause's first A/B pair if it starts before ``stop`` and is not what a
    hedged percentage ``p`` after it counts things by: in "12/18 sở, ngành giải ngân trên
    80% kế hoạch" the 12 disbursed over 80%, which is no ratio of 12 to 18."""
    if clause.slash is False:
        clause.slash = next((t for t in clause.tokens if isinstance(t, Slash)), None)
    pair = clause.slash
    if pair is None or pair.start >= stop:
        return None
    if p is not None and any(
        isinstance(t, Percent)
        and pair.end <= t.start < p.start
        and t.hedge not in ("above", "below")  # a threshold ("trên 80%") is no share's
        for t in clause.tokens
    ):
        return None  # "98/121 xã … (đạt 81%), 32 xã … (chiếm 32,7% …)": the 81%'s pair
    if p is not None and p.hedge in ("above", "below") and pair.end <= p.start:
        between = clause.sentence.paragraph.text[pair.end : p.start]
        if not is_money(pair.first) and not _SAID_OF.search(between):
            return None
    return pair


#: what says a percentage of the amount before it: "…, đạt", "chiếm", "(", "or"
_SAID_OF = re.compile(
    r"(?:\b(?:đạt|chiếm|bằng|là|tương đương|tương ứng|reaching|or|equal to|accounting for)"
    r"|[,(])\s*$",
    re.IGNORECASE,
)


#: between a percentage and the part said right after it: ", với", "(", ":"
_ASIDE = re.compile(r"\s*(?:,\s*(?:với|with)|\(|:)\s*", re.IGNORECASE)


def out_of_after(scope, role, text, p):
    """Return (part, whole) said right after a rate that has no amount before it, the
    whole after words of "out of" ("đạt 96,5%, với 412 tấn được xử lý trên tổng số 438
    tấn phát sinh", "(412 out of 438 …)"), or None."""
    amounts = [t for t in scope[:2] if isinstance(t, Amount)]
    if len(amounts) != 2 or not _ASIDE.fullmatch(text, p.end, amounts[0].start):
        return None
    part, whole = amounts
    return _out_of(part, whole, role, text)


def _out_of(part, whole, role, text):
    """Return (part, whole) when a whole is said right after a part as what it is out of
    ("412 tấn … trên tổng số 438 tấn", "412 tonnes treated out of 438"), else None."""
    if (
        role.get(id(whole)) != "whole"
        or whole.unit != part.unit
        or None in (part.value, whole.value)
        or not 0 < part.value <= whole.value
        or not w.WHOLE_BEFORE.search(text, part.end, whole.start)
    ):
        return None
    return part, whole


def out_of_next(clause, role, text):
    """Return (part, whole) that the next clause of a rate's sentence states as a part out
    of a whole (``A … trên tổng số B``), when it says no percentage of its own, or None."""
    after = clause.sentence.beside(clause, 1)
    if after is None:
        return None
    tokens = after.tokens
    if len(tokens) > 6:  # a clause that states a pair says little else
        return None
    amounts = [t for t in tokens if isinstance(t, Amount)]
    if len(amounts) < 2 or any(isinstance(t, Percent) for t in tokens):
        return None
    part, whole = amounts[:2]  # "…, tăng 1.200 hộ so với năm trước" may follow
    return _out_of(part, whole, role, text)


def pair_after(clause, p, text):
    """Return the pair "A/B" in parentheses right after a share ("còn 2,35% (6.120/260.400
    hộ)"), or None."""
    pair = slash(clause, p.end + 40, p)
    if (
        pair is None
        or pair.start < p.end
        or not re.fullmatch(r"\s*\(\s*", text[p.end : pair.start])
    ):
        return None
    return pair
