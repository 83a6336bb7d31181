"""What a percentage's clause goes on with from the words before it: the subject a clause
cut off by a semicolon carries when it opens with its change ("có 120 dự án …; giảm 15 dự
án, tương ứng giảm 11,1%"), and the part a share before it restated, which is not its own
("35 per cent, or 525,000, and Chinese 20 per cent").
"""

import re

from . import words as w
from .tokens import Amount

#: another subject named after a share's restated part: ", and Chinese", "và khách Trung
#: Quốc" (not a verb: "…, tương đương 2.300 tỷ đồng, tăng 12%" is that amount's growth)
_NEXT_SUBJECT = re.compile(rf"[\s,]*(?:and|và|while|còn)\s+(?!(?:{w.UP}|{w.DOWN})\b)[^\W\d]")


def restated_before(text, previous, main, p):
    """Whether a percentage's nearest amount restates the part of the percentage before it,
    and another subject is named between ("35 per cent, or 525,000, and Chinese 20 per
    cent"): then it is not this one's."""
    return bool(
        (
            _NEXT_SUBJECT.match(text, main.end, p.start)
            or _OPENS_AFTER.search(text, main.end, p.start)
        )
        and (
            w.PART_RESTATED.fullmatch(text, previous.end, main.start)
            or _WHOLE_THEN_OR.fullmatch(text, previous.end, main.start)
        )
    )


#: a contrast that opens a clause on another subject: ", while imports from Japan", ", còn
#: nhập khẩu" (not ", while accounting for": the same subject's)
_CONTRAST = re.compile(w.CONTRAST.pattern + r"\s+(?=[^\W\d])", re.IGNORECASE)


def another_subject(lead):
    """Whether the words before a percentage open a clause on another subject after a
    contrast ("…, up 4.2 percent, while imports from Japan accounted for 7.5 percent"): the
    words after it are not the percentage's verb."""
    m = _CONTRAST.search(lead)
    return m is not None and w.KEYWORD.match(lead, m.end()) is None


#: a percentage that opens a clause of its own after "while": "…, or 917 firms, said …,
#: while 9.3 per cent, or 138 firms, …"
_OPENS_AFTER = re.compile(rf"[,;]\s*(?:{w.WHILE})\s*$", re.I)
#: a share's whole, then its part restated: "62 per cent of the 1,480 surveyed firms, or"
_WHOLE_THEN_OR = re.compile(
    r"\s*(?:of|của)\s[^;%()]{0,60}?,\s*(?:or|tức là|hay|tương đương(?:\s+với)?)\s*", re.I
)


#: a clause that opens with its change, saying no subject of its own: "; giảm 1.126 hộ so
#: với đầu năm", "; up 8 per cent" (not "; tăng lần lượt 10% và 8%": each its own)
_OPENS_WITH_CHANGE = re.compile(
    # (after the period it is compared with: "; so với cùng kỳ năm trước giảm 28 vụ")
    r"\s*(?:(?:so với|compared with)\s+(?:cùng kỳ|the same period)(?:\s+(?:năm\s+(?:trước|ngoái)"
    r"|last year|a year earlier))?,?\s*)?"
    rf"(?:{w.UP}|{w.DOWN})\b(?!.*\b(?:lần lượt|respectively)\b)",
    re.IGNORECASE | re.DOTALL,
)


def subject_before(previous, clause, role):
    """Return the one plain amount of the clause before a clause cut from it by a
    semicolon, or the one of the unit of the change the clause opens with ("có 120 dự án …,
    vốn đăng ký 2.400 tỷ đồng; giảm 15 dự án"): the subject a clause that opens with its
    change goes on with; or None."""
    text = clause.sentence.paragraph.text
    if previous.listed != clause.listed or text[clause.start - 1 : clause.start] != ";":
        return None
    plain = [
        t
        for t in previous.tokens
        if isinstance(t, Amount) and not t.in_parens and role.get(id(t)) in ("plain", "new")
    ]
    if len(plain) != 1:
        change = next((t for t in clause.tokens if isinstance(t, Amount)), None)
        plain = [t for t in plain if change is not None and t.unit == change.unit]
    return plain[0] if len(plain) == 1 else None


def opens_with_change(lead):
    """Whether the words before a clause's first percentage open with its change."""
    return _OPENS_WITH_CHANGE.match(lead) is not None


#: a clause that opens with the rate of the subject the clause before stated: "Kế hoạch:
#: 1.200 tỷ đồng; thực hiện: 1.150 tỷ đồng; đạt 95,8%", "…; tỷ lệ: 95,8%", "…; completion
#: rate: 95.8%"
_OPENS_WITH_RATE = re.compile(
    r"\s*(?:đạt|bằng|(?:tỷ lệ|tỉ lệ)(?:\s+hoàn thành)?|(?:completion\s+)?rate)\s*:?\s*",
    re.IGNORECASE,
)


def opens_with_rate(lead):
    """Whether the words before a clause's first percentage are only its rate's name."""
    return _OPENS_WITH_RATE.fullmatch(lead) is not None
