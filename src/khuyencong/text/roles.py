"""The role of each amount in its sentence, from the words before it (a plan, a base, a
change, a new level, a whole, a conversion, a threshold or plain), and the verbs of the
sentence, found once: what rules.py reads each percentage's operands with.
"""

import itertools
import re
from bisect import bisect_left

from . import units
from . import words as w
from .tokens import Amount, Percent, is_money
from .units import THINGS

#: what stands between a multiple and its base: "1.9 times the $66.7 billion"
_TIMES_OF = re.compile(
    r"\s*(?:the|that of|of)?\s*"
    r"|\s*the\s+(?:[^\W\d]+\s+|(?:19|20)\d\d\s+|[^\W\d]+'s\s+){0,3}?of\s*",  # "the 2010 output of"
    re.IGNORECASE,
)


#: "or" as a word ("…, or D"), not in "more"
_OR = re.compile(r"\bor\b")
#: words after an amount that make it a change: "36 more than a year earlier", "12 fewer
#: than in 2023"
_CHANGE_SAID_AFTER = re.compile(r"\s+(?:more|fewer|less)\s+than\b", re.IGNORECASE)
#: how many tokens after a count the money it says is whose may be looked for
_WHOSE_AHEAD = 8
#: a share's verb right after an amount: ", chiếm", ", accounting for"
_SHARE_SAID_AFTER = re.compile(r"\s*,?\s*(?:chiếm|accounting for|making up)\b", re.IGNORECASE)
#: between a base and the next base of its comparison, in another unit: " and ", " và "
_BASE_GOES_ON = re.compile(r"\s*(?:,\s*)?(?:and|và)\s+")
#: between a count and the count it is part of: "72 of the province's 88 communes"
_COUNT_OF = re.compile(r"\s+of (?:the |its |their )?(?:[\w-]+'s\s+)?", re.IGNORECASE)


def roles(sentence):
    """Return {id(amount): role} for the amounts of a sentence, from the words before each.

    Roles: change, plan, base, new, whole, conversion, plain.
    """
    text = sentence.paragraph.text
    out, previous = {}, None
    lead_whole = w.WHOLE_LEAD.search(sentence.text)
    whose = None  # "tổng dự toán của 8 đơn vị cộng lại 280.300 tỷ đồng": whose money it is
    last_percent = None  # the last percentage, whose verb may make a level of what follows
    for t in sentence.tokens:
        if isinstance(t, Amount):
            since = previous.end if previous else sentence.start
            before = text[(whose if whose is not None else since) : t.start]
            changed = isinstance(previous, Percent) and verb_before(sentence, previous) in (
                "up",
                "down",
            )
            lead = lead_whole and previous is None
            if lead and lead_whole.group("bare"):
                lead = not text[sentence.start + lead_whole.end() : t.start].strip()
            role = _role(t, before, previous, changed, lead)
            if role == "base" and _ANOTHER_S.match(text, t.end):
                role = "plain"  # "versus 9.9 million tonnes shipped by Thailand": not its base
            if (
                role == "change"
                and _NAMED_BY_CHANGE.search(before)
                and not w.COMPARED.match(text[t.end : t.end + 20].lstrip())
            ):
                role = "plain"  # "vốn điều chỉnh tăng thêm 383 triệu USD, chiếm 34%"
            if (
                role == "plain"
                and isinstance(previous, Amount)
                and (previous.in_parens or out.get(id(previous)) == "change")
                and out.get(id(previous)) in ("base", "change")
                and w.LEVEL_REACHED.fullmatch(before.lstrip(" )"))
                and last_percent is not None
                and verb_before(sentence, last_percent) in ("up", "down")
            ):
                role = "new"  # "tăng 13,8% so với cùng kỳ (2.870 triệu USD), đạt 3.310 …",
                # "tăng 12,5% (tăng 1.250 tỷ đồng) so với năm trước, đạt 11.250 tỷ đồng",
                # "giảm 8,2%, tương ứng giảm 4.120 tỷ đồng …, xuống còn 46.120 tỷ đồng"
            elif (
                role == "plain"
                and isinstance(previous, Amount)
                and previous.unit == t.unit
                and last_percent is not None
                and _TO_AFTER_BASE.fullmatch(before)
                and (
                    out.get(id(previous)) == "base"
                    or _FROM.fullmatch(text, last_percent.end, previous.start)
                )
            ):  # "rose 15% from VND 4.5 trillion to VND 5.2 trillion", "tăng 8,5% từ A lên B"
                out[id(previous)], role = "base", "new"
            if role == "change" and _SHARE_SAID_AFTER.match(text, t.end):
                role = "plain"  # "36 dự án điều chỉnh vốn, tăng thêm 640 triệu USD, chiếm
                # 34,6%": the amount added, a part with a share of its own
            if role == "plain" and _CHANGE_SAID_AFTER.match(text, t.end):
                role = "change"  # "184 schemes, 36 more than a year earlier"
            if (
                role == "plain"
                and isinstance(previous, Amount)
                and out.get(id(previous)) == "base"
                and previous.unit != t.unit
                and _BASE_GOES_ON.fullmatch(before)
            ):
                role = "base"  # "versus 61 projects and $1.02 billion in 2023": both bases
            if role == "plain" and units.threshold_of_count(
                t, before, previous.unit if isinstance(previous, Amount) else None, text
            ):
                role = "threshold"  # "62 doanh nghiệp có kim ngạch từ 10 triệu USD trở lên"
            if role == "plan" and _plan_is_subject(sentence, t, t.start - len(before)):
                role = "plain"  # "Tổng kế hoạch kinh phí năm 2012 là 108,989": its own amount
            elif (
                role in ("plain", "base")
                and w.PLAN_AFTER.match(text, t.end)
                and w.ITS.search(before)
                and (role == "plain" or w.THAN_BEFORE.search(before))
            ):  # "48.9 per cent of its VND78.7 trillion plan", "higher than the B target"
                role = "plan"
            whose = None
            if (
                t.unit in THINGS
                and role != "whole"
                and w.WHOSE.search(before)
                and any(is_money(x) for x in itertools.islice(sentence.ahead(t.end), _WHOSE_AHEAD))
            ):  # (not "102.9 percent of the full-year plan of 3.5 million": no money after)
                whose, role = since, "plain"  # the money after it is said of it
            out[id(t)] = role
        if isinstance(t, Percent):
            last_percent = t
        previous = t
    return out


#: a noun named by its change: "giá trị tăng thêm" (value added), "vốn (điều chỉnh, đăng ký)
#: tăng thêm" (the capital added, an item of a total); its amount is no change unless a
#: comparison follows it ("vốn tăng thêm 1.200 tỷ đồng so với đầu năm")
_NAMED_BY_CHANGE = re.compile(
    r"\b(?:giá trị|vốn(?:\s+(?:điều chỉnh|đăng ký))?)\s+tăng\s+thêm\s*$", re.I
)
#: words right after an amount that say it is another doer's or place's: "shipped by
#: Thailand", "in Thailand", "của Thái Lan" (not a month's: "in January")
_ANOTHER_S = re.compile(
    r"\s*(?:(?:shipped|exported|imported|earned|posted|recorded|produced|sold|reported|"
    r"attracted|collected|achieved)\s+by\b|(?:of|by|in|at)\s+(?!(?:January|February|March|"
    r"April|May|June|July|August|September|October|November|December|Q[1-4])\b)[A-Z][a-z]"
    r"|(?:của|ở|tại)\s+[A-ZĐ])"
)
#: between a percentage's base and the level after it: "from B to A", "from B in 2023 to
#: A", "từ B lên A"
_TO_AFTER_BASE = re.compile(  # (a price's unit after the base: "từ 150.000 đồng/kg xuống")
    r"(?:\s*/\s*[^\W\d]+|\s+(?:a|an|per)\s+(?!\d)[^\W\d]+)?"
    r"\s*(?:(?:in|năm)\s+(?:19|20)\d\d|a year (?:earlier|ago|before)|last year|năm trước)?"
    r"\s*,?\s*(?:to|lên|xuống(?:\s+còn)?)\s*(?:a\s+(?:record\s+)?(?:high\s+of\s+)?)?",
    re.I,
)
#: between a percentage and the base it moved from: "tăng 8,5% từ 8,2 triệu đồng lên …"
_FROM = re.compile(  # (", từ A lên B" too, and after a yearly rate's "/năm", "a year")
    r"(?:\s*/\s*năm|\s+(?:a|per|each) year|\s+(?:mỗi|hằng|hàng) năm)?\s*,?\s*(?:từ|from)\s*"
    r"(?:mức\s*)?",
    re.I,
)


def _plan_is_subject(sentence, amount, before_start):
    """Whether the plan words right before an amount open its clause: the plan is what the
    clause is about, so the amount is its subject's, not a plan beside another amount."""
    text = sentence.paragraph.text
    found = w.PLAN_BEFORE.search(text, before_start, amount.start)
    clause = sentence.clause_at(amount.start)
    start = clause.start if clause is not None else sentence.start
    if found is None or found.start() < start:
        return False
    return not w.SUBJECT_LEAD.sub("", text[start : found.start()]).strip()


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def another_year(before):
    """Whether an amount in parentheses says a year of its own that is not a year the words
    before the parentheses name: "tăng 12% so với năm 2023 (năm 2022: B)" is not against
    B (for a base, the words of its comparison; for a plan, its sentence's)."""
    cut = before.rfind("(")
    if cut < 0:
        return False
    compared, own = set(_YEAR.findall(before[:cut])), set(_YEAR.findall(before[cut:]))
    # a period of years names the year before its first too, its base: "giai đoạn 2021-2025
    # (năm 2020 đạt B)"
    compared |= {str(int(m.group(1)) - 1) for m in _YEARS_SPAN.finditer(before[:cut])}
    return bool(compared and own and not compared & own)


#: a period of years: "2021-2025", "2021 – 2025"
_YEARS_SPAN = re.compile(r"\b((?:19|20)\d\d)\s*[-–]\s*(?:19|20)\d\d\b")


def _role(t, before, previous, after_change, first_under_lead):
    if first_under_lead:
        return "whole"
    if isinstance(previous, Percent) and previous.kind == "times" and _TIMES_OF.fullmatch(before):
        return "base"  # "1.9 times the $66.7 billion of 2020"
    if (
        isinstance(previous, Amount)
        and w.CONVERSION_BEFORE.search(before)
        and (previous.unit != t.unit or "tương đương" in before or "equivalent" in before)
    ):
        return "conversion"
    if w.CHANGE_BEFORE.search(before) and not w.MADE_UP.search(before):
        return "change"
    if after_change and t.in_parens and w.SIGNED_IN_PARENS.search(before):
        return "change"
    if after_change and w.COMPARED.search(before):
        # after "so với cùng kỳ": "(B)" is the base; only a word of change makes it the change
        if w.CHANGE_MARK.search(before) or w.CHANGE_AFTER_COMPARISON.search(before):
            return "change"
    elif (
        after_change
        and w.CHANGE_LINK.search(before)
        and (t.in_parens or _OR.search(before) or "tương" in before)
    ):
        return "change"
    if t.hedge in ("above", "below") and w.THRESHOLD_BEFORE.search(before):
        return "threshold"
    if w.BASE_BEFORE.search(before) or (t.in_parens and w.BASE_IN_PARENS.search(before)):
        return "plain" if another_year(before) else "base"
    if w.PLAN_BEFORE.search(before) or (previous is None and w.PLAN_OPENS.search(before)):
        return "plan"
    if w.WHOLE_BEFORE.search(before):
        return "whole"
    if (
        isinstance(previous, Amount)
        and previous.unit == t.unit
        and t.unit in THINGS
        and _COUNT_OF.fullmatch(before)
    ):
        return "whole"  # "72 of the province's 88 communes"
    if isinstance(previous, Percent) and w.NEW_AFTER.search(before):
        return "new"
    if (after_change or (isinstance(previous, Percent) and w.COMPARED.search(before))) and (
        w.LEVEL_REACHED.fullmatch(before)
    ):  # "tăng 18,5% so với cùng kỳ năm ngoái, đạt 9.870 tỷ đồng", "bằng 85% so với …, đạt"
        return "new"
    return "plain"


def last_verb(sentence, lo, hi):
    """Return the last verb of a sentence wholly within [lo, hi), as (kind, word), or None.

    The sentence's verbs are found once, with one pass of the pattern, and kept."""
    if sentence.verbs is None:
        text = sentence.paragraph.text
        sentence.verbs = [
            (m.start(), m.end(), m.lastgroup, m.group(0).lower())
            for m in w.KEYWORD.finditer(text, sentence.start, sentence.end)
        ]
        sentence.verb_starts = [v[0] for v in sentence.verbs]
    # the last verb that starts before hi (it may run into a hedge read with the
    # percentage: "chiếm gần 44%"), found by bisection
    at = bisect_left(sentence.verb_starts, hi) - 1
    if at < 0 or sentence.verbs[at][0] < lo:
        return None
    _start, _end, kind, word = sentence.verbs[at]
    return kind, word


def verb_before(sentence, token, reach=70):
    """Return the kind of the last verb in the ``reach`` characters before a token."""
    found = last_verb(sentence, token.start - reach, token.start)
    return found[0] if found else None
