"""A growth's base said before it, where its own sentence ties it (growth.py asks): in a
comparison that opens its sentence ("So với năm 2023 (36 dự án), số dự án tăng 25%"), right
after its level ("rose to A from B, an increase of X%"), or as A of "from A to B".
"""

import re

from . import words as w
from .tokens import Amount, Percent


def compared_before(r, role):
    """Return (base, paired): the base said just before a growth — in a comparison that
    opens its sentence ("So với năm 2023 (36 dự án), số dự án tăng 25%"), or right after
    its level ("rose to A from B, an increase of X%": paired, A is the level)."""
    back = r.sentence.back(r.percent.start)
    base, level, before = next(back, None), next(back, None), next(back, None)
    text = r.sentence.paragraph.text
    if (  # "So với năm 2023 (B), xuất khẩu năm 2024 đạt A, tăng X%": the level between
        isinstance(base, Amount)
        and isinstance(level, Amount)
        and role.get(id(base)) in ("plain", "new")
        and role.get(id(level)) == "base"
        and level.unit == base.unit
        and before is None
        and OPENING_COMPARISON.search(text, r.sentence.start, level.start)
        and not any(  # not "…, tăng 5% …, đạt A": another change between
            m.lastgroup in ("up", "down") for m in w.KEYWORD.finditer(text, level.end, base.start)
        )
    ):
        return level, True
    if not isinstance(base, Amount) or role.get(id(base)) != "base":
        return None, False
    if isinstance(level, Percent):  # "…, tăng 18,7% so với cùng kỳ (B); nhập khẩu tăng X%": B
        return None, False  # is the percentage's before it
    if isinstance(before, Percent) and role.get(id(level)) == "new":
        return None, False  # "fell 10.2% in volume to A from B, but rose 32.8% in value": A
        # and B are the 10.2%'s
    opening = r.sentence.paragraph.text[level.end if level else r.sentence.start : base.start]
    if (  # "nhập khẩu đạt 2.880 triệu USD (cùng kỳ: 2.540 triệu USD), tăng 13,4%": the level's
        # own comparison, in parentheses right after it
        isinstance(level, Amount)
        and level.unit == base.unit
        and base.in_parens
        and w.BASE_IN_PARENS.search(opening)
        and re.fullmatch(r"\s*\(\s*[^()%]{0,30}", opening)
        and _THEN_CHANGE.fullmatch(text, base.end, r.percent.start)
    ):
        return base, True
    if (
        isinstance(level, Amount)
        and level.unit == base.unit
        and _TO_FROM.search(opening)
        and _only_when_and_change(r.sentence.paragraph.text[base.end : r.percent.start])
    ):
        # "rose to 8.1 million tonnes in 2024 from 7.8 million tonnes"; "was $560 million,
        # against $1.1 billion a year earlier, a drop of 49 per cent"
        return base, True
    if OPENING_COMPARISON.search(opening):
        return base, False
    return None, False


#: between the level and its base in "rose to A in 2024 from B"
_TO_FROM = re.compile(
    r"^[^;%()]{0,60}?(?:\bfrom(?:\s+an?\s+(?:estimated|projected|expected|revised))?|"
    r",\s*(?:against|compared (?:with|to)|so với))\s*$",
    re.IGNORECASE,
)


def _only_when_and_change(words):
    """Whether the words between a base and its percentage say only when the base was and a
    change ("a year earlier, a drop of", "năm trước, giảm"), no other subject ("of imports,
    while imports rose")."""
    return len(words) <= 60 and _WHEN_AND_CHANGE.fullmatch(words) is not None


#: the words that may stand between a base and its percentage ("…, against $1.1 billion a
#: year earlier, a drop of 49 per cent")
_WHEN_AND_CHANGE = re.compile(
    r"(?:[\s,/-]|\d|\b(?:a|an|of|by|in|the|years?|earlier|ago|before|previous|last|this|same|on|y|"
    r"period|time|rise|drop|fall|increase|decrease|decline|jump|gain|up|down|or|expansion|"
    r"growth|surge|contraction|plunge|slump|dip|climb|hike|average|annual|yearly|năm|trước|"
    # an apposition's verb: "…, compared with B a year earlier, representing a 15% increase"
    r"representing|marking|reflecting|equivalent|to|tức|"
    r"cùng|kỳ|kì|tương|ứng|tăng|giảm|hay|là|mức|bình|quân|tháng|quý|month|quarter|january|february|"
    r"march|april|may|june|july|august|september|october|november|december)\b)*",
    re.IGNORECASE,
)
#: a comparison that opens a sentence or clause: "So với năm 2023 (", "; compared with "
OPENING_COMPARISON = re.compile(
    r"(?:^|[;,.:]|\b(?:và|and))\s*(?:so với|compared (?:with|to)|as against)\b[^;%()]{0,40}"
    r"\(?\s*$",
    re.IGNORECASE,
)


def from_to(r, level, text):
    """Return A of "from A to B" (or "từ A lên/xuống B") said before a growth, B being its
    level: "went from $5.73 billion to $7.63 billion, a rise of 33.16 per cent"."""
    # the nearest amount before the level, in its clause (found walking back: a clause of
    # thousands of amounts is not listed for each growth)
    a = next((t for t in r.sentence.back(level.start) if isinstance(t, Amount)), None)
    if a is None or a.start < r.clause.start:
        return None
    start = r.sentence.start if r.clause.start > a.start else r.clause.start
    if (
        w.FROM_BEFORE.search(text[max(start, a.start - 12) : a.start])
        and w.TO_BETWEEN.search(text[a.end : level.start])
        and a.unit == level.unit
    ):
        return a
    return None


#: between a base in parentheses and the growth said right after: "), tăng", "), up"
_THEN_CHANGE = re.compile(
    r"\s*\)\s*,?\s*(?:(?:tăng|giảm|up|down|rose|fell|an? (?:increase|decrease|rise|drop) of)\s*"
    r"(?:by\s+)?)?",
    re.IGNORECASE,
)
