"""A change in percentage points between two rates its own sentence states: "Tỷ lệ hộ nghèo
giảm từ 3,25% xuống còn 2,41%, giảm 0,84 điểm phần trăm", "đạt 62,1%, cao hơn 4,3 điểm
phần trăm so với cùng kỳ (57,8%)", "fell to 2.41 per cent from 3.25 per cent, down 0.84
percentage points". The check is a difference of the two rates as written, not a ratio.
"""

import itertools
import re

from ..core.i18n import _
from ..core.interval import Interval
from ..core.model import Figure
from ..core.relations import form_interval, form_point, hedged_verdict
from ..core.verdict import Verdict
from . import words as w
from .tokens import POINT_WORDS, Percent

#: the words of when a rate was, said after it: "at the start of the year", "năm 2023"
_WHEN = (
    r"(?:at|in|on|by|of|a|the|year-end|end-year|year|years|earlier|ago|start|end|beginning|last|"
    r"previous|same|"
    r"period|năm|cuối|đầu|trước|cùng|kỳ|tháng|quý|(?:19|20)\d\d|\d{1,2}/(?:19|20)\d\d|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"quarter|half|first|second|third|fourth)\b"
)
#: what a rate is of, said after it: "of GDP", "của GRDP", "of the labour force"
_OF = (  # (up to three words: "of total loans")
    r"(?:\s+(?:of|của)\s+(?:the\s+)?[^\W\d]+(?:\s+[^\W\d]+){0,2}?|\s+GR?DP|\s*/\s*năm|\s+a year|"
    r"\s+per annum)?"
)
#: "từ A% lên B%", "from A per cent to B per cent": the earlier rate, then the later
_FROM_TO = re.compile(
    rf"^{_OF}(?:\s+{_WHEN})*[\s,]*(?:lên|xuống|tới|đến|to)(?:\s+(?:còn|mức|a|an))?\s*$", re.I
)
#: "to B per cent (in 2024) from A per cent": the later rate, then the earlier
_TO_FROM = re.compile(
    rf"^{_OF}(?:\s+{_WHEN})*[\s,]*(?:from|against|compared with|từ(?:\s+mức)?)\s*$", re.I
)
_TO = re.compile(r"\b(?:to|lên|xuống(?:\s+còn)?|còn)\s*$", re.I)
#: two growth rates compared: "up 15.08 per cent by year-end, compared with 13.78 per cent
#: in 2023", "tăng 15,08%, so với mức 13,78% của năm 2023"
_GROWTH_COMPARED = re.compile(
    rf"^(?:\s+{_WHEN})*[\s,]*(?:compared (?:with|to)|so với(?:\s+mức)?|against)\s*$", re.I
)
_CHANGED = re.compile(r"\b(?:up|down|tăng|giảm|grew|rose|fell)\s*$", re.I)
#: "B%, cao hơn X điểm phần trăm so với cùng kỳ (A%)": the later rate before the points,
#: the earlier in parentheses after a comparison
_COMPARED_IN_PARENS = re.compile(
    r"^[^;%()]{0,60}?\b(?:so với|than|compared with|from)\b[^;%()]{0,50}\(\s*$"
    # "giảm 0,6 điểm phần trăm (năm 2023: 2,7%)": the period compared with, inside
    r"|^[^;%()]{0,60}?\(\s*(?:(?:cùng kỳ|năm|cuối năm|đầu năm|in|end-|the end of)\s*)?"
    r"(?:(?:19|20)\d\d|trước|ngoái|năm trước)\s*:?\s*(?:là|đạt|was)?\s*$",
    re.I,
)
#: "B%, giảm X điểm phần trăm so với mức A%", "B per cent, down X percentage points from A
#: per cent": the earlier rate right after the comparison, with no parentheses
_COMPARED_BARE = re.compile(
    r"\s*(?:(?:higher|lower|above|below)\s+)?"
    r"(?:so với(?:\s+mức)?|từ\s+mức|than|compared (?:with|to)|from|above|below)"
    # "so với mục tiêu tăng 10%", "than the target of 10 per cent": the rate a plan set
    r"(?:\s+(?:the\s+)?(?:mục tiêu|kế hoạch|chỉ tiêu|target|goal)"
    r"(?:\s+(?:(?P<verb>tăng|giảm)|đề ra|là|of))?"
    # "than the national average of 7.09 per cent", "so với mức tăng chung của cả nước là
    # 7,09%": whose rate, in a few words, then "of" or "là"
    r"|(?:\s+(?:[^\W\d][^\s,;%()]*|(?:19|20)\d\d\b)){1,7}?\s+(?:of|là))?"
    r"(?:\s+the)?\s*",  # "higher than the 10 per cent target"
    re.I,
)
#: a change in points said against a plan, right after it: "so với kế hoạch", "than the target"
_TO_PLAN = re.compile(
    r"\s*(?:so với|than|compared (?:with|to)|against)\s+(?:the\s+)?(?:kế hoạch|mục tiêu|"
    r"chỉ tiêu|dự toán|plan|target|goal)",
    re.I,
)
#: the label of a rate in parentheses that names a period: "(năm 2023: ", "(cùng kỳ: "
_PERIOD_LABEL = re.compile(
    r"\(\s*[^()]*(?:\b(?:19|20)\d\d\b|năm|cùng kỳ|year|earlier)[^()]*$", re.I
)
#: a rate's earlier value in parentheses with its period: "46,2% (năm 2023: 45,8%)"
_PERIOD_IN_PARENS = re.compile(
    r"\s*\(\s*(?:năm|cùng kỳ(?:\s+năm)?|cuối năm|đầu năm|in|end-)?\s*(?:(?:19|20)\d\d|trước)"
    r"\s*:\s*",
    re.I,
)
_NUM = r"\d+(?:[.,]\d+)*"  # a number as printed, as tokens.py reads one
_VERB = r"(?:(?:cao|thấp)\s+hơn|tăng|giảm|vượt|up|down|higher|lower|exceeding)?(?:\s+by)?"
#: what a rate reached is of, said right after it in words alone ("chiếm 1,12% tổng dư
#: nợ", "1.12 per cent of total loans"), no word that opens another clause among them
_NOT_OPENER = r"(?!(?:trong khi|while|whereas|còn|và|and|but|nhưng|so với|than|compared)\b)"
_OF_WHAT = rf"(?:\s+{_NOT_OPENER}[^\W\d]+(?:\s+{_NOT_OPENER}[^\W\d]+){{0,5}}(?=,))?"
#: between the rate reached and a change in points compared with a rate in parentheses:
#: what it is of, then its verb, after any such comparisons said before it
_COMPARISONS = re.compile(
    rf"^(?:\s*/\s*năm)?{_OF_WHAT}(?:[\s,]*(?:và|and)?\s*{_VERB}\s*{_NUM}\s*{POINT_WORDS}"
    r"(?:\s+(?:higher|lower))?\s+(?:so với|than|compared with|from)\b[^;%()]{0,50}"
    rf"\(\s*{_NUM}\s*(?:%|per cent)\s*\))*[\s,]*(?:và|and)?\s*{_VERB}\s*$",
    re.I,
)
#: between two rates and their change in points after them: a comma and its verb ("…
#: xuống còn 2,41%, giảm 0,84 điểm phần trăm"), no other subject ("…, trong khi lãi suất
#: giảm 0,5 điểm phần trăm")
_PAIR_THEN_POINTS = re.compile(
    rf"^\)?{_OF}(?:\s+{_WHEN})*[\s,]*"
    r"(?:(?:tức(?:\s+là)?|nghĩa là|tương ứng|hay|or|i\.e\.,?|that is,?)\s+)?"
    r"(?:(?:mức\s+)?(?:tăng|giảm|cao hơn|thấp hơn|up|down|"
    r"an? (?:rise|fall|drop|decline|increase|decrease) of)"
    r"(?:\s+(?:thêm|by|được))?)?\s*$",
    re.I,
)
#: between a change in points and the two rates after it: "giảm 0,84 điểm phần trăm, từ"
_POINTS_THEN_PAIR = re.compile(
    r"^[\s,]*(?:" + w.FROM_BEFORE.pattern + r"|(?:xuống(?:\s+còn)?|lên|to)\s*$)", re.I
)
#: the words of a change in points, which way it went: right before its number (the verbs
#: of change every reading uses)
_DOWN = re.compile(rf"\b(?:{w.DOWN}|hạ)(?:\s+(?:by|thêm|được|xuống))?\s*$", re.I)
_UP = re.compile(rf"\b(?:{w.UP})(?:\s+(?:by|thêm|được|lên))?\s*$", re.I)


def rates_compared(r):
    """Return (later, earlier, sign) for a change in percentage points whose own sentence
    states the two rates it is the difference of, or None; ``sign`` is −1 or +1 when the
    words before the points say which way it went, else 0 (the rates' own order says it)."""
    p, s = r.percent, r.sentence
    text = s.paragraph.text
    near = [
        *reversed(list(itertools.takewhile(lambda t: t.end >= p.start - _REACH, s.back(p.start)))),
        *itertools.takewhile(lambda t: t.start <= p.end + _REACH, s.ahead(p.start)),
    ]  # the few tokens within reach: a sentence of thousands costs no more per change
    rates = [t for t in near if isinstance(t, Percent) and t.kind == "%" and not t.hedge]
    pairs = []
    for x, y in itertools.pairwise(rates):
        between, lead = text[x.end : y.start], max(s.start, x.start - 20)
        if _FROM_TO.fullmatch(between) and w.FROM_BEFORE.search(text, lead, x.start):
            pairs.append((y, x))  # "từ 3,25% xuống còn 2,41%"
        elif _TO_FROM.fullmatch(between) and _TO.search(text, lead, x.start):
            pairs.append((x, y))  # "fell to 2.41 per cent from 3.25 per cent"
        elif _GROWTH_COMPARED.fullmatch(between) and _CHANGED.search(text, lead, x.start):
            pairs.append((x, y))  # "lending up 15.08 per cent, compared with 13.78 per cent"
        elif not _in_parens(x) and _in_parens(y) and _PERIOD_IN_PARENS.fullmatch(between):
            pairs.append((x, y))  # "đạt 46,2% (năm 2023: 45,8%), tăng 0,4 điểm phần trăm"
    after = next((t for t in rates if t.start >= p.end), None)
    bare = _COMPARED_BARE.fullmatch(text, p.end, after.start) if after is not None else None
    if (
        after is not None
        and bare is not None
        and not _in_parens(after)
        and not any(after in pair for pair in pairs)
    ):
        # "was 2.24 per cent, down 0.04 percentage points from 2.28 per cent a year
        # earlier": the rate its subject reached, then the one it is compared with
        reached = [t for t in rates if t.end <= p.start and not _in_parens(t)]
        if (
            reached
            and _COMPARISONS.fullmatch(text[reached[-1].end : p.start])
            and _alike(bare, text, reached[-1], s.start)
        ):
            pairs.append((reached[-1], after))
    elif after is not None and _COMPARED_IN_PARENS.fullmatch(_to_parens(text, p.end, after)):
        # "đạt 62,1%, cao hơn 4,3 điểm phần trăm so với … (57,8%)": the rate its subject
        # reached, before this comparison and any said before it ("… (92,1%) và cao hơn 8,4
        # điểm phần trăm so với bình quân cả nước (86,8%)")
        reached = [t for t in rates if t.end <= p.start and not _in_parens(t)]
        if reached and _COMPARISONS.fullmatch(text[reached[-1].end : p.start]):
            pairs.append((reached[-1], after))
    pairs = [(a, b) for a, b in pairs if _said_with(p, a, b, text)]
    if _TO_PLAN.match(text, p.end):  # "… (năm 2023: 92,1%), tăng 0,5 điểm phần trăm so với
        # kế hoạch": compared with the plan, not with the year the parentheses name
        pairs = [(a, b) for a, b in pairs if not _PERIOD_LABEL.search(text, b.start - 40, b.start)]
    if len(pairs) != 1:
        return None
    later, earlier = pairs[0]
    before = text[max(s.start, p.start - 40) : p.start]  # its verb is right before it
    sign = -1 if _DOWN.search(before) else 1 if _UP.search(before) else 0
    return later, earlier, sign


def _alike(bare, text, reached, start):
    """Whether a rate reached and a plan's rate it is compared with are alike: both changes
    ("tăng 11,4%, vượt 1,4 điểm phần trăm so với mục tiêu tăng 10%") or both levels, not a
    level against a planned change ("còn 2,1%, … so với mục tiêu giảm 0,5%")."""
    before = text[max(start, reached.start - 20) : reached.start]
    changed = bool(_DOWN.search(before) or _UP.search(before))
    return bare.group("verb") is None or changed


def _in_parens(t):
    return t.in_parens or t.text.startswith("(")


def _to_parens(text, start, y):
    """The words from ``start`` to a rate in parentheses, its "(" included: a rate read
    with its parentheses ("(57,8%)") starts at them."""
    if y.text.startswith("("):
        return text[start : y.start] + "("
    return text[start : y.start] if y.in_parens else ""


#: how far from a change in points its two rates may stand, in characters
_REACH = 200


def _said_with(p, a, b, text):
    """Whether a change in points is said of the two rates: right after them with only its
    verb between, right before "từ"/"from" them, or between them (the rate in parentheses
    after it)."""
    first, last = (a, b) if a.start < b.start else (b, a)
    if last.end <= p.start:
        return _PAIR_THEN_POINTS.fullmatch(text[last.end : p.start]) is not None
    if p.end <= first.start:
        return _POINTS_THEN_PAIR.fullmatch(text[p.end : first.start]) is not None
    return True  # "đạt 62,1%, cao hơn 4,3 điểm phần trăm so với … (57,8%)": tied above


def check(f, r, later, earlier, sign, mode):
    """Check a finding's change in percentage points against the two rates its sentence
    states; its sign is the words' (giảm, down), else the rates' own order."""
    p = r.percent
    a, b = abs(later.value), abs(earlier.value)  # as written: "(57,8%)" is no negative
    interval = form_interval("difference", Interval.unround(a), Interval.unround(b))
    if sign < 0 or (sign == 0 and a < b):
        p.value = -p.value
    status = hedged_verdict(interval, p.value, p.hedge, mode)
    f.reported, f.operands = p.value, (later, earlier)
    fa, fb = Figure(a, None, later.text), Figure(b, None, earlier.text)
    f.verdict = Verdict(
        "points", fa, fb, p.value, mode, interval, form_point("difference", a, b), status
    )
    f.status = status
    f.note = _("the two rates its sentence states, as a difference")
