"""One sentence → what each of its percentages says and which amounts the words tie it to.

A percentage is read from the words before it (its verb: tăng, giảm, chiếm, đạt, bằng,
vượt…) and after it (its object: a plan, a period, a whole). Its operands are tied only by
the sentence's own structure:

- the amount its subject is (the nearest plain amount before it in its clause);
- an amount right after it: in parentheses, after "so với …", after "to"/"from";
- the change beside it: "giảm D, tương ứng giảm X%", "X% (tương ứng tăng D)", "X%, or D";
- a slash ratio "A/B tỷ đồng" in its clause;
- a plan stated in the same sentence ("có chỉ tiêu thu P tỷ đồng, … thu được A").

What the sentence does not give is looked for in its context (context.py).
"""

import re

from ..core.i18n import _
from . import growth, kinds, multiples, periods, rates, shares
from . import words as w
from .carried import (
    another_subject,
    opens_with_change,
    opens_with_rate,
    restated_before,
    subject_before,
)
from .roles import roles
from .tokens import Amount, Percent
from .units import THINGS

#: what a percentage is, by its verb: growth, share, rate, ratio, excess, times, points, other


class Reading:
    """What one percentage says and what it was tied to."""

    __slots__ = (
        "a",
        "b",
        "change",
        "clause",
        "form",
        "how",
        "kind",
        "missing",
        "note",
        "object",
        "percent",
        "sentence",
        "sign",
        "strength",
        "verb",
        "years",
    )

    def __init__(self, percent, sentence, clause):
        self.percent, self.sentence, self.clause = percent, sentence, clause
        self.kind = None
        self.form = None  # how a and b make the percentage: see core/relations.py
        self.a = self.b = None  # the Amounts tied (new/part/achieved, old/whole/plan/change)
        self.strength = None  # "strong": the sentence ties both; "weak": the context does
        self.how = ""  # in words, how the operands were found
        self.missing = ""  # the operand the text does not give
        self.object = ""  # the words after the percentage
        self.note = ""
        self.years = 1  # how many years apart a yearly growth's amounts are
        self.sign = 1  # −1 for a fall: "giảm 5%" is a growth of −5%
        self.verb = None  # the kind of verb before it: up, down, share, rate, proportion…
        self.change = None  # a growth's change said beside it, when its level is not

    def tie(self, form, a, b, how, strength="strong"):
        self.form, self.a, self.b, self.how, self.strength = form, a, b, how, strength

    @property
    def head(self):
        """The words of its sentence before it, at most HEAD characters back: what it says
        of its subject (bounded, so that a sentence of thousands of percentages is read in
        time linear in its length)."""
        start = max(self.sentence.start, self.percent.start - HEAD)
        return self.sentence.paragraph.text[start : self.percent.start]


#: how far back a percentage's subject is looked for in its sentence
HEAD = 400


def read_sentence(sentence, previous_main=None):
    """Return a Reading for each percentage of a sentence, operands tied where its words do."""
    text = sentence.paragraph.text
    role = roles(sentence)
    sentence.first_whole = next(  # "trong tổng số B", "Trong tổng số thu B thì …"
        (t for t in sentence.tokens if isinstance(t, Amount) and role.get(id(t)) == "whole"),
        None,
    )
    readings = []
    for k, clause in enumerate(sentence.clauses):
        percents = [t for t in clause.tokens if isinstance(t, Percent)]
        main_of: dict[int, Amount | None] = {}
        carried = subject_before(sentence.clauses[k - 1], clause, role) if k else None
        for i, p in enumerate(percents):
            r = Reading(p, sentence, clause)
            readings.append(r)
            low = percents[i - 1] if i and percents[i - 1].high is p else None
            at = i - (low is not None)  # a range's high end reads the words before its low
            prev_end = percents[at - 1].end if at else clause.start
            next_start = percents[i + 1].start if i + 1 < len(percents) else clause.end
            lead = text[prev_end : (low or p).start]
            scope = clause.between(p.end, _cause_at(text, p.end, next_start))
            r.object = _PRONOUN_WHOLE.sub("", _object(text, p.end, next_start))
            said = sentence.last_before((low or p).start)
            named = (
                _WHOLE_BEFORE_OR.fullmatch(text, said.end, (low or p).start)
                if isinstance(said, Amount)
                else None
            )
            if named is not None and not r.object.strip():
                r.object = named.group(1)  # "took $19.7 billion of the disbursed capital, or
                # 77.7 percent": the whole its part was said of, not the share before's
            # (a sentence that opens so names what the sentence before said: wholes.py)
            group = w.GROUP_NAMED.match(text, clause.start, p.start) if k else None
            if group and not r.object.strip():
                r.object = group.group("words")  # "…; trong số lao động nữ, có 18.200 người
                # …, chiếm 34,9%": of the group its clause opens naming
            main = _main(clause, prev_end, p.start, role, p.in_parens)
            restated = main is not None and i and restated_before(text, percents[i - 1], main, p)
            if restated:
                main = None  # "… made up 35 per cent, or 525,000, and Chinese 20 per cent"
            if main is None and i and not restated and not w.REMAINDER.search(lead):
                # "…, chiếm 76,1%, phần còn lại …"; not over a number of its own, whose unit
                # is not said ("…, or 64.9 per cent, and 312 in trade, or 16.8 per cent")
                unread = _unread_number(sentence, prev_end, (low or p).start)
                other = another_subject(lead)  # "…, up 4.2 percent, while imports from
                # Japan accounted for 7.5 percent": not the exports' amount
                # nor a percentage its clause's subject ("…, or 65 percent, and 45 percent
                # blamed fuel costs": a part of the whole, not the 780 again)
                subject = _SUBJECT_OF_ITS_VERB.match(text, p.end) and not _ARTICLE.search(lead)
                main = None if unread or other or subject else main_of.get(id(percents[i - 1]))
            if (
                main is None
                and not i
                and carried is not None
                and (opens_with_change(lead) or opens_with_rate(lead))
            ):  # "… còn 5.218 hộ nghèo, …; giảm 1.126 hộ, tương ứng giảm 17,7%", "Kế hoạch:
                main = carried  # 1.200 tỷ đồng; thực hiện: 1.150 tỷ đồng; đạt 95,8%"
            # (the words near it only: a run of thousands of percentages after one amount is
            # not read again for each)
            near = max(main.end, p.start - _NEAR) if main is not None else 0
            if main is not None and (
                w.REMAINDER.search(text, near, p.start) or w.RATE_MOVED.search(text, near, p.start)
            ):
                main = None  # "… of VND 32.65 trillion, with … the remaining 65 per cent";
                # "có 1.245 hộ thoát nghèo, giảm tỷ lệ hộ nghèo xuống còn 3,12%": no part of it
            main_of[id(p)] = main
            if p.kind == "points":
                r.kind, r.note = "points", _("percentage points: a difference of two rates")
                continue
            if p.high is not None:
                continue  # a range's low end: it takes its high end's tie (ranges.py)
            kinds.classify(
                r, lead, text[p.end : next_start], percents[i - 1] if i else None, readings
            )
            if r.kind is None:
                r.note = _("no wording ties this percentage to a growth, share or rate")
                continue
            if r.kind == "other":
                r.note = r.note or _("a contribution to growth, not a ratio of two amounts")
                continue
            _tie(r, main, scope, lead, clause, role, previous_main)
    return readings


def _object(text, start, stop):
    """Return the words right after a percentage: up to the next comma, parenthesis or stop."""
    piece = text[start:stop]
    comma = _CLAUSE_COMMA.search(piece)  # not the comma of a number: "9,05 triệu tấn"
    if comma is not None:
        piece = piece[: comma.start()]
    for mark in (";", "(", ")", ". ", " và ", " and ", " while "):
        cut = piece.find(mark)
        if cut != -1:
            piece = piece[:cut]
    at = w.AT_AMOUNT.search(piece)  # "made up 12.5 per cent at $990 million": its part
    if at is not None:
        piece = piece[: at.start()]
    return " ".join(piece.split()).strip(" .")


_CLAUSE_COMMA = re.compile(r"(?<!\d),|,(?!\d)")


#: a cause said after a percentage, with its own subject's change: "giảm 3,1% … do diện
#: tích giảm 4.500 ha", "fell 3.1 per cent as the planted area shrank 4,500 hectares"
_CAUSE = re.compile(
    rf"\b(?:do|vì|bởi|nhờ|because(?: of)?|due to|thanks to|owing to|as)\s+"
    rf"(?:[^\W\d]+\s+){{0,5}}?(?:{w.UP}|{w.DOWN})\b",
    re.IGNORECASE,
)


def _cause_at(text, start, stop):
    """Return where a cause with its own change opens between start and stop, or stop: the
    amounts after it are its subject's, not the percentage's."""
    m = _CAUSE.search(text, start, stop)
    return m.start() if m else stop


#: a whole said by a pronoun, which names nothing beyond what was said before it: "made up
#: 40 per cent of that", "chiếm 40% con số này"
_PRONOUN_WHOLE = re.compile(
    r"^\s*(?:of (?:that|this|it|them|these|those)|(?:của |trong )?(?:con số|số) (?:này|đó|trên)|"
    r"share)\s*$",
    re.IGNORECASE,
)

#: a number of two digits or more that is no year nor a period's ("11 tháng", "5 years")
_BARE = re.compile(
    r"(?<![\d.,/])(?!(?:19|20)\d\d\b)\d[\d.,]*\d(?![\d/])"
    r"(?!\s*(?:tháng|quý|năm|ngày|tuần|months?|quarters?|years?|days?|weeks?)\b)",
    re.IGNORECASE,
)


def _unread_number(sentence, start, stop):
    """Whether a number of the sentence between ``start`` and ``stop`` was read as no amount
    ("and 312 in trade": its unit not said), a year and a period's number aside."""
    text = sentence.paragraph.text
    for m in _BARE.finditer(text, start, stop):
        t = next(sentence.back(m.start() + 1), None)
        if t is None or not t.start <= m.start() < t.end:
            return True
    return False


def _main(clause, start, stop, role, inside=False):
    """Return the nearest plain amount between ``start`` and ``stop`` of a clause, or a
    target its clause sets as its own ("năm 2025, thành phố phấn đấu thu 44.500 tỷ đồng,
    tăng 5,2% so với năm 2024": the target is what grows); none in parentheses, but for a
    percentage ``inside`` the same ones ("(21 đề án, kinh phí 3.150 triệu đồng, chiếm
    72,3% …)")."""
    text = clause.sentence.paragraph.text
    for t in reversed(clause.between(start, stop)):
        if not isinstance(t, Amount):
            continue
        if t.in_parens and not (inside and not _PARENS.search(text, t.end, stop)):
            continue
        if role.get(id(t)) in ("plain", "new"):
            return t
        if role.get(id(t)) == "plan" and _TARGET_SET.search(
            text, max(clause.start, t.start - 50), t.start
        ):
            return t
    return None


_PARENS = re.compile(r"[()]")


#: a clause's own target, set right before its amount: "phấn đấu thu", "dự kiến đạt", "aims to
#: collect"
_TARGET_SET = re.compile(
    r"(?:\bphấn đấu|\bdự kiến|\baims? to|\bplans? to)(?:\s+[^\W\d]+){0,6}\s*$|\btargets\s*$",
    re.IGNORECASE,
)


def _tie(r, main, scope, lead, clause, role, previous_main):
    """Tie a reading's operands from its own sentence, where the words leave no doubt."""
    p, text = r.percent, r.sentence.paragraph.text
    if (
        main is None
        and previous_main is not None
        and _BACK_REFERENCE.search(r.head)
        and not any(
            isinstance(t, Amount)
            for t in r.sentence.tokens
            if t.start < p.start and role.get(id(t)) == "plain"
        )
    ):
        main = previous_main  # "con số này", "nhóm này": the amount of the sentence before
        r.note = _("its amount is the one of the sentence before")
    change_before = growth.change_before(clause, p, lead, role, text)
    if r.kind == "rate" and not r.object and clause.listed and main and main.unit in THINGS:
        r.kind = "proportion"  # "245 trạm y tế, trong đó 238 trạm có bác sĩ, đạt 97,1%"
    if r.kind == "proportion":
        if change_before is not None and not w.TOTAL.search(r.object):  # (not "tương
            # đương 10,7% tổng kim ngạch": a share of a whole its words name)
            r.kind = "growth"
            r.sign = -1 if growth.is_fall(change_before, text) else 1
        elif (
            w.COMPARED.search(r.object)
            or w.SAME_PERIOD.search(r.object)
            or periods.PERIOD_ONLY.fullmatch(r.object)  # "bằng 125% quý I": of that period's amount
        ):
            r.kind = "ratio"
        else:
            r.kind = "share"
    if r.kind == "growth":
        growth.tie(r, main, scope, change_before, role, text)
        if change_before is not None and r.verb == "proportion":
            multiples.as_ratio(r, text)  # "tăng D, tương đương 112% so với cùng kỳ"
    elif r.kind in ("rate", "excess"):
        rates.tie_rate(r, main, scope, clause, role, text)
    elif r.kind == "share":
        shares.tie_share(r, main, scope, clause, role, text)
    elif r.kind in ("ratio", "times"):
        multiples.tie(r, main, scope, role, text)


#: how far before a percentage the words that undo its part's tie are looked for
_NEAR = 200
#: words that point back to the amount of the sentence before: "con số này", "nhóm này"
_BACK_REFERENCE = re.compile(
    r"\b(?:con số|số liệu|số thu|số chi|số nộp|số|nhóm|nhóm hàng|mức|khoản|khoản thu|"
    r"kim ngạch|giá trị|lượng vốn|mặt hàng)\s+(?:này|nói trên|trên)\b|"
    r"\b(?:this|that) (?:figure|amount|group|sum|item)\b|^\s*the (?:figure|amount)\b|"
    r"^\s*(?:đây|điều này|this|that|it)\s+(?:vẫn\s+|cũng\s+|still\s+|also\s+)?"
    r"(?:là|is|was|accounted|accounts|made|makes|chiếm)\b",
    re.IGNORECASE,
)
#: an article right before a percentage, whose verb after it is then a participle: "the 65.97
#: percent recorded in the same period"
_ARTICLE = re.compile(r"\b(?:the|a|an|its|their|this|that)\s*$", re.IGNORECASE)
#: a verb right after a percentage, which then is its clause's subject: "45 percent blamed
#: fuel costs", "45% cho rằng …" (not "45 percent compared with", "45 percent higher")
_SUBJECT_OF_ITS_VERB = re.compile(
    r"\s+(?:(?:also|still|now)\s+)?(?:(?!compared\b|based\b|combined\b)[a-z]+ed|said|says|"
    r"expects?|plans?|wants?|were|was|are|is|had|has|have|saw|thinks?|thought|went|"
    r"cho (?:rằng|biết|là)|đánh giá|dự kiến|kỳ vọng|lo ngại|mong muốn)\b",
    re.IGNORECASE,
)
#: the whole a part is said of right after its amount, then its share: " of the disbursed
#: capital, or "
_WHOLE_BEFORE_OR = re.compile(
    r"\s+(of (?:the|its|their|all) [^\d,;%()]{1,40}?),\s*(?:or|hay|tức là)?\s*", re.IGNORECASE
)
