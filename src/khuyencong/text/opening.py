"""A percentage whose clause opens with what it is compared with and says no subject: "Tổng
thu … 10 tháng ước đạt 4.800 tỷ đồng. So với dự toán năm (5.200 tỷ đồng), đạt 92,3%; so với
cùng kỳ năm trước (4.350 tỷ đồng), tăng 10,3%". The subject is left out because it is the
one just said: the one amount of the compared amount's unit earlier in the sentence, or
else in the sentence before. How firm that tie is, and what verdicts it allows, is decided
in evidence.py.
"""

import itertools
import re

from ..core.i18n import _
from . import evidence
from . import words as w
from .levels import levels
from .reach import sentence_before
from .tokens import Amount

#: a clause's opening comparison, up to the parenthesis its amount stands in: "So với dự
#: toán năm (", "; so với cùng kỳ năm trước (", "Compared with the annual estimate ("
_OPENING = re.compile(
    r"[\s.;:,–-]*(?:so với|compared (?:with|to)|as against)\s+[^\d%,;()]{1,40}?\(\s*",
    re.IGNORECASE,
)
#: then only a verb before the percentage: "), đạt", "), tăng", "), it reached"
_VERB_ONLY = re.compile(
    rf"\s*\)\s*,?\s*(?:thì\s+|it\s+(?:was\s+)?)?(?:đã\s+|chỉ\s+)?"
    rf"(?:đạt|bằng|vượt|reached|equalled|{w.UP}|{w.DOWN})"
    r"(?:\s+(?:khoảng|gần|hơn|trên|by|about|nearly|over))?\s*",
    re.IGNORECASE,
)
#: how many tokens before its clause a left-out subject is looked for among
_EARLIER = 12
#: the form of each kind of percentage, of its level and what it is compared with
_FORMS = {"growth": "growth", "excess": "growth", "rate": "ratio", "ratio": "ratio"}


def tie_elided_subject(sc, r):
    """Tie a percentage whose clause is only "So với X (B), <verb> X%" to its level, the one
    amount of B's unit said before it in its sentence, or else in the sentence before
    (two or more: which one it is, the words do not say), and to B. A firm tie."""
    if r.kind not in _FORMS:
        return
    text = r.sentence.paragraph.text
    if r.clause.before(r.percent.start) != 1:  # one token before it in its clause (counted
        return  # by bisection: a clause of thousands is not sliced for each percentage)
    base = r.clause.tokens[0]
    if not isinstance(base, Amount) or not base.in_parens:
        return
    if not (
        _OPENING.fullmatch(text, r.clause.start, base.start)
        and _VERB_ONLY.fullmatch(text, base.end, r.percent.start)
    ):
        return
    earlier = list(itertools.islice(r.sentence.back(r.clause.start), _EARLIER))
    before = sentence_before(sc, r.sentence)
    found = levels(sc, earlier, base.unit) or (
        levels(sc, before.tokens, base.unit) if before is not None else {}
    )
    if len(found) != 1:
        return
    level = next(iter(found.values()))
    how = _("{amount} (line {line}), the subject its clause leaves out, said just before it")
    r.tie(
        _FORMS[r.kind],
        level,
        base,
        how.format(amount=level.text, line=sc.catalog.line_of(level)),
        evidence.FIRM,
    )
    r.missing = ""
