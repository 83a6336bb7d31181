"""What a percentage says — a growth, a share, a rate, a multiple, a level — read from
the verb before it and the words after it (rules.py reads its sentence and ties its
operands; this module only names its kind and, for a change, its sign).
"""

import itertools
import re

from ..core.i18n import _
from . import words as w
from .lists import parts_in_parentheses, within_100
from .reach import measures
from .roles import last_verb
from .tokens import Amount, Percent, Slash

#: "with" right before a percentage: "the largest buyer with 18 per cent of …", "với 18% …"
_WITH_END = re.compile(r"\b(?:with|với)\s*$", re.IGNORECASE)

#: nothing, or only a word that hedges a part, before a percentage that opens its sentence:
#: "Only 18 per cent of the province's 1,850 kilometres …"
_ONLY = re.compile(r"\s*(?:(?:only|just|a mere|chỉ(?: có)?)\s*)?", re.IGNORECASE)

#: a whole said right after a percentage set off by a comma: "…, 2.14 per cent of all
#: households", "…, 12 per cent of the total", "…, 1.9 per cent of its VND 221 trillion"
_OF_ALL = re.compile(
    r"\s*of (?!(?:the\s+)?(?:same|previous|prior|last|year|month)\b(?!'s)|which\b|whom\b|it\b|"
    r"them\b)[^\W\d]"
    # "…, 1.9 per cent of its VND 221 trillion", "…, 29.5 per cent of the country's $405 billion"
    r"|\s*of (?:[\w-]+'s\s+)?(?:VND|US\$|\$|\d)",
    re.IGNORECASE,
)


def _same_measure(r, prior, last):
    """Whether a bare percentage's part names no measure other than those the sentence
    names before its sibling share: "…; lợi nhuận 800 tỷ đồng, 10%" after "Doanh thu …,
    trong đó bán lẻ …, chiếm 60%" is no share like it (profit is no part of revenue)."""
    text = r.sentence.paragraph.text
    its = measures(text[r.clause.start : last.start]) if last is not None else set()
    return not its or its <= measures(text[r.sentence.start : prior.percent.start])


#: between a share and the clause of the next item of its list: "… of the total; "
_SIBLING = re.compile(r"[^%;()]{0,80};\s*")
#: a rate's label opening its clause: "tỷ lệ:", "tỷ lệ hoàn thành", "completion rate:"
_RATE_LABEL = re.compile(
    r"\s*(?:(?:tỷ lệ|tỉ lệ|rate)\s*:|(?:tỷ lệ|tỉ lệ)\s+hoàn thành|completion\s+rate)\s*:?\s*",
    re.IGNORECASE,
)
#: a clause of another subject opening before a percentage: "…, while 14.2 per cent"
_OPENS = re.compile(rf",\s*(?:{w.WHILE})\s*$", re.IGNORECASE)


def classify(r, lead, after, previous, readings):
    """Set a reading's kind (and a change's sign) from its verb and its object."""
    p = r.percent
    if p.kind == "times":
        r.kind = "times"
        return
    aside = p.text.startswith("(") and not r.sentence.paragraph.table
    if aside and p.value < 0 and not _MINUS.search(p.text):
        p.value = -p.value  # "(2,77%)" in a sentence: an aside, not a table's "(8,33%)"
    found = last_verb(r.sentence, max(p.start - len(lead), p.start - 70), p.start)
    if found is None and w.BY_END.search(lead):  # "exceeding the target set by the National
        # Assembly of VND480 trillion by 8.3 per cent": the verb said before its object
        found = last_verb(r.sentence, p.start - len(lead), p.start)
    kind = found[0] if found else None
    if found and w.RESTATED_AFTER.match(after) and (_whole_said_before(r) or _OPENS.search(lead)):
        at = lead.lower().rfind(found[1])
        if at != -1 and "," in lead[at + len(found[1]) :]:
            # "Of the 2,150 firms surveyed, 1,320 reported higher orders, while 14.2 per cent,
            # or 305 firms, …": the verb is another part's; the percentage, restated as an
            # amount, is a part's share (not "Doanh thu …, tăng mạnh, 25%, tương đương …")
            kind = None
    if kind is None and _RATE_LABEL.fullmatch(lead):
        kind = "rate"  # a report card's "…; thực hiện: A; tỷ lệ: X%", "completion rate: X%"
    if kind is None and _WITH_END.search(lead) and w.OF_A_WHOLE.match(r.object):
        kind = "share"  # "making the US the largest buyer with 18 per cent of …'s $10 billion"
    if kind is None and _ONLY.fullmatch(lead) and w.OF_A_WHOLE.match(r.object):
        kind = "share"  # "Nearly 45 per cent of the 1,200 surveyed firms, or 456 firms, …"
    if (
        kind is None
        and lead.rstrip().endswith(",")
        and _OF_ALL.match(r.object)
        and not w.KEYWORD_AFTER.search(after)  # "…, 48.9 per cent of its VND78.7 trillion plan"
    ):
        # "5,218 households were still poor, 2.14 per cent of all households"; a rate when it
        # names a plan: "attracted $2.35 billion, 117.5 percent of its $2 billion goal"
        kind = "rate" if w.PLAN.search(r.object) else "share"
    if kind is None and _opens_list(r):
        # "Of the total, 60 per cent came from …": a part of the list's total, which its
        # head names; what follows it is its predicate, no whole
        kind, r.object = "share", ""
    if kind is None and (
        w.RESTATED_AFTER.match(after) or (_AMOUNT_IN_PARENS.match(after) and _whole_said_before(r))
    ):
        kind = "share"  # "…, while 14.2 per cent, or 305 firms, expected …": a part, restated
    if _SIGNED.search(text_before(r, 2)):  # "(+12,6% so với cùng kỳ)", "(-2,1%; …)": a
        kind = "up"  # change, whatever verb is before (its value carries its sign)
    if w.TARGET_RATE.search(lead):  # "above the target of 15 per cent": a target, stated
        r.kind, r.note = "other", _("a target, stated: no ratio of two amounts")
        return
    if kind == "rate" and found and found[1] == "or":
        kind = "proportion"
    if kind == "rate" and w.RATIO_SAID.search(lead) and not w.PLAN.search(r.object):
        kind = "proportion"  # "389 trường đạt chuẩn, đạt tỷ lệ 76%": a ratio, not a plan's
    level = w.NAMED_LEVEL.search(lead) if kind == "rate" and not r.object.strip() else None
    if level and (
        level.group("opens") is None or level.group("weight") or w.PART_AFTER.match(after)
    ):
        kind = "proportion"  # "…, tỷ lệ lấp đầy đạt 75%", "Tỷ lệ tốt nghiệp đạt 99,1%, với A"
    if kind == "rate" and w.GROWTH_SAID.search(lead) and not w.PLAN.search(r.object):
        kind = "up"  # "credit growth reached 15.08 per cent", "tăng trưởng tín dụng đạt 15,08%"
    if kind is None and w.RATE_APPOSED.search(lead) and not w.RATE_OF_CHANGE.search(lead[-40:]):
        kind = "proportion"  # "Of these, 9,960 units were sold, an absorption rate of 80%"
    # (an aside between the ratio's name and its verb: "The poverty rate, under the
    # multidimensional standard, fell to 2.6 per cent")
    ratio = w.RATE_SUBJECT.search(_ASIDE.sub("", lead))
    if kind is None and ratio and not w.KEYWORD_AFTER.search(after):
        kind = "proportion"  # "Tỷ lệ hộ nghèo cuối năm còn 2,35%, với 6.120 hộ … trên tổng số"
    if kind in ("up", "down") and w.LEVEL_AFTER_VERB.search(lead) and ratio:
        kind = "proportion"  # "The poverty rate fell to 2.1 per cent": the rate's level
    if _moved(r, lead, previous):  # "Tỷ lệ hộ nghèo giảm từ 4,86% xuống 3,52%": both its
        kind, r.object = "proportion", _TO_LEVEL.sub("", r.object)  # levels; "xuống" no whole
    m = w.KEYWORD_AFTER.search(after)
    if kind is None or w.THAN.match(after):  # "…, 11.2 per cent higher than the estimate"
        kind = m.lastgroup if m else kind
    elif m and m.lastgroup == "ratio" and kind in ("up", "down", "proportion"):
        kind = "ratio"  # "down $150 million …, or 85 per cent of the year-earlier level"
    elif m and m.lastgroup in ("up", "down") and kind not in ("up", "down"):
        kind = m.lastgroup  # "reached VND312 trillion, a 13.5 per cent increase from …"
    elif m and m.group("share") and m.group("share").lower() == "share" and kind == "rate":
        kind = "share"  # "reached VND 742 trillion, a 20.1 per cent share of …"
    if kind in ("up", "down") and w.LEVEL_AFTER_VERB.search(lead) and w.OF_A_WHOLE.match(r.object):
        # "Public debt fell to 36.8 per cent of GDP", "giảm xuống 36,8% GDP": the level
        kind = "rate" if w.PLAN.search(r.object) else "share"  # reached, a share of its whole
    last = r.sentence.last_before(p.start)
    # only a comma, or a parenthesis, between the percentage and the amount before it
    between = r.sentence.paragraph.text[last.end : p.start].strip() if last is not None else "-"
    # "VND 44.1 trillion (34.3 per cent)" in a sentence, not a table row's "(8,33%)"
    aside = between == "" and p.text.startswith("(") and not r.sentence.paragraph.table
    bare = isinstance(last, Amount) and (between in (",", "(") or aside)
    if kind in ("up", "down") and bare and w.OF_A_WHOLE.match(r.object) and between == ",":
        kind = "share"  # "widened to $35.6 billion, 69 per cent of export value": that level's
        # share of a whole, not the change's size
    if kind == "contribution" and bare and w.PLAN.search(r.object):
        kind = "rate"  # "contributed VND 134.5 trillion, 118 per cent of the plan"
    if kind == "contribution" and bare and not w.TO_GROWTH.search(r.object):
        # "Renewables contributed 38.2 billion kWh, 12.6 per cent": the verb's object is an
        # amount, and the percentage beside it is that amount's share, not a contribution
        # to growth
        r.kind = "share"
        return
    signed = _MINUS.search(p.text) or text_before(r, 2).endswith("+")
    # "486 hợp tác xã nông nghiệp (59,9%)": the words of what the part is, between
    named = p.text.startswith("(") and not r.sentence.paragraph.table and part_named(between)
    if (
        kind is None
        and (aside or named)
        and not signed
        and (parts := parts_in_parentheses(r.sentence, p))
    ):
        # "…, gồm: hỗ trợ máy móc thiết bị 3.900 triệu đồng (60%), đào tạo nghề 650 triệu
        # đồng (10%)", "Of total FDI of $38.23 billion, … drew $25.58 billion (66.9 per
        # cent)": a part's share of the list's total, or of the whole said first; of some
        # parts only, it may be a rate of the part's own plan, so it may only confirm
        r.kind, r.verb = "share", None if parts == "all" else "rate"
        return
    if (
        kind is None
        and p.text.startswith("(")
        and isinstance(last, Slash)
        and not signed
        and not r.sentence.paragraph.table
        and (between == "" or part_named(between))  # only the words of what it counts
    ):
        r.kind = "share"  # "Có 820/1.250 doanh nghiệp hoạt động có lãi (65,6%)": the pair's
        return
    if kind == "rate" and bare and w.OF_A_WHOLE.match(r.object) and not w.PLAN.search(r.object):
        r.kind = "share"  # "profit reached VND 7.6 trillion, 6.8 per cent of revenue"
        return
    if (
        kind in (None, "contribution")
        and w.OF_A_WHOLE.match(r.object)
        and w.PART_RESTATED.match(after)
        and not w.TO_GROWTH.search(r.object)
    ):
        # "the budget deficit kept at 3.8 per cent of GDP, or VND 471.5 trillion"
        r.kind = "rate" if w.PLAN.search(r.object) else "share"
        return
    if kind is None and previous is None and (aside or named) and len(readings) > 1:
        # "… 1.240/1.385 doanh nghiệp (89,5%) …; 96 doanh nghiệp (6,9%) …": one list's
        prior = readings[-2]  # parts, each its share in parentheses, clause after clause
        if (
            prior.kind == "share"
            and prior.sentence is r.sentence
            and prior.percent.text[0] == "("
            and within_100([prior.percent, p])
        ):
            r.kind = "share"
            return
    # "…, while 412 were in wholesale and retail, 17.6 percent": the part's words, a comma
    placed = isinstance(last, Amount) and between.endswith(",") and part_named(between[:-1].strip())
    opened = r.sentence.first_whole
    if (
        kind is None
        and placed
        and opened is not None
        and opened.start < last.start
        and not w.KEYWORD_AFTER.search(after)  # (not "…, 12 percent fewer than planned")
    ):
        r.kind = "share"  # "Of the 3,200 firms surveyed, 1,920 were small, 60 percent": a
        return  # part of the whole its sentence opens with
    if kind is None and (bare or named or placed):
        # "The Philippines bought 3.9 million tonnes, or 43.3 per cent of the total, while
        # Indonesia took 1.2 million tonnes, 15.3 per cent": a share like the one before (or
        # the one before the semicolon that opens its clause: "…; Indonesia took 0.89 million
        # tonnes, about 12 per cent", the next item of one list)
        prior = readings[-2] if len(readings) > 1 else None
        if (
            prior is not None
            and prior.percent is not previous
            and not (
                previous is None
                and _SIBLING.fullmatch(r.sentence.paragraph.text, prior.percent.end, r.clause.start)
            )
        ):
            prior = None
        if (
            prior is not None
            and prior.kind == "share"
            and prior.sentence is r.sentence
            and within_100([prior.percent, p])  # with it past 100, not of the same whole
            and _same_measure(r, prior, last)
        ):
            r.kind = "share"
            return
    if kind is None and previous is not None and _joined(lead):
        # the reading before this one (just appended) is the previous percentage's
        prior = readings[-2] if len(readings) > 1 and readings[-2].percent is previous else None
        if prior is not None and prior.kind in ("growth", "share", "rate", "ratio"):
            r.kind, r.sign = prior.kind, prior.sign
            if w.PLAN.search(r.object) and not w.PLAN.search(prior.object):
                # "bằng 95% so với năm trước và 102% kế hoạch": of its own plan
                # above the plan when compared with it ("tăng 12% so với cùng kỳ và 5% so với
                # kế hoạch"); else its level, of the plan ("up 24.7 per cent on the year and
                # 70 per cent of its full-year goal", "… và 70% kế hoạch năm")
                above = prior.kind == "growth" and w.COMPARED.search(r.object)
                r.kind = "excess" if above else "rate"
            elif (
                prior.kind == "rate" and w.COMPARED.search(r.object) and not w.PLAN.search(r.object)
            ):
                r.kind = "ratio"  # "bằng 95% kế hoạch và 102% so với năm trước": of a period
            return
    obj = r.object
    r.verb = kind
    than = w.THAN.match(after) or (found is not None and found[1] in ("cao hơn", "thấp hơn"))
    if kind in ("up", "down") and than and w.PLAN.search(obj):
        # "7.13% higher than the month's target of $3.15 billion", "thấp hơn 10% so với kế
        # hoạch (50 lớp)": above or below a plan, not a growth
        r.kind = "excess"
        r.sign = 1 if kind == "up" else -1
        if r.sign < 0 and p.value > 0:
            p.value = -p.value  # below the plan: plan·(1 − X%)
    elif kind in ("up", "down"):
        r.kind = "growth"
        r.sign = 1 if kind == "up" else -1
        if kind == "up" and p.value < 0 and p.text.startswith("(") and not _MINUS.search(p.text):
            p.value = -p.value  # "rose to 1.2 million tonnes from 1.1 million (9.1 per cent)":
            # an aside, not a table's negative "(8,33%)"
    elif kind == "share":
        r.kind = "share"
    elif kind == "excess":
        r.kind = "excess"
    elif kind == "contribution":  # "đóng góp X% vào mức tăng trưởng" is no ratio of amounts
        whole = w.TOTAL.search(obj)
        r.kind = "share" if whole and not w.TO_GROWTH.search(obj) else "other"
    elif kind == "rate" and obj and not w.PLAN.search(obj) and w.WHOLE_NAMED.match(obj):
        r.kind = "share"  # "đạt 93,5% dân số": of a whole, not of a plan
    elif kind == "rate" and not w.PLAN.search(obj) and _whole_said_before(r):
        r.kind = "share"  # "905 trên tổng số 1.230 doanh nghiệp …, đạt 73,6%": its ratio
    elif kind == "rate":
        r.kind = "rate" if w.PLAN.search(obj) or not w.COMPARED.search(obj) else "ratio"
    elif kind == "proportion":
        r.kind = "rate" if w.PLAN.search(obj) else "proportion"  # else settled by _tie
    elif kind == "ratio":
        r.kind = "ratio"  # "82.4 per cent of the 2023 level of 1.64 million tonnes"


def text_before(r, n):
    """The ``n`` characters of a reading's paragraph right before its percentage's number."""
    start = r.percent.start + (1 if r.percent.text.startswith("(") else 0)
    return r.sentence.paragraph.text[max(0, start - n) : start]


def _opens_list(r):
    """Whether a percentage is the first thing a list of parts says, right after its head
    ("Of the total, 60 per cent came from …", "Trong đó, 60% đến từ …")."""
    c = r.clause
    return c.listed and not r.sentence.paragraph.text[c.start : r.percent.start].strip(" ,:")


def _whole_said_before(r):
    """Whether the sentence names a whole before a percentage ("trên tổng số B", "out of
    B"), or a share before it names one right after it ("About 40 percent of the 500
    households surveyed said …")."""
    whole = r.sentence.first_whole
    if whole is not None and whole.start < r.percent.start:
        return True
    text = r.sentence.paragraph.text
    back = itertools.islice(r.sentence.back(r.percent.start), _BACK)  # (bounded)
    return any(
        isinstance(t, Percent)
        and isinstance(u, Amount)
        and w.OF_THE.fullmatch(text, t.end, u.start)
        for u, t in itertools.pairwise(back)
    )


#: how many tokens back a share's whole said right after an earlier share is looked for
_BACK = 12


#: an aside between commas that says under what or where a figure is counted: ", under
#: the multidimensional standard,", ", theo chuẩn nghèo đa chiều,"
_ASIDE = re.compile(
    r",\s*(?:under|according to|by|in|at|as of|theo|tính theo|tại)\b[^,;%()\d]{0,60},", re.I
)
_TO_LEVEL = re.compile(r"^\s*(?:xuống|lên|to)\b.*", re.IGNORECASE)
_MINUS = re.compile(r"[-−]")
_SIGNED = re.compile(r"(?:^|[\s(;:,])[+−-]$")  # a sign before a number, not a range's dash


#: a ratio's move from one level: "giảm từ (mức) 4,86%", "fell from 4.86 per cent"
_MOVED_FROM = re.compile(rf"\b(?:{w.UP}|{w.DOWN})\s+(?:từ(?:\s+mức)?|from)\s*$", re.IGNORECASE)
#: a ratio's move by points: "rose 1.6 percentage points to …", "giảm 0,18 điểm phần trăm xuống"
_MOVED_BY = re.compile(rf"\b(?:{w.UP}|{w.DOWN})(?:\s+(?:by|thêm))?\s*$", re.IGNORECASE)


def _moved(r, lead, previous):
    """Whether a percentage is a level of a named ratio said moving from one level to
    another: the first ("Tỷ lệ hộ nghèo giảm từ 4,86% …", "The poverty rate fell from 4.86
    per cent …") or the one it reached ("… xuống còn 3,52%", "rose 1.6 percentage points to
    11.4 per cent")."""
    text, start = r.sentence.paragraph.text, r.sentence.start
    at = r.percent.start
    if previous is not None and w.LEVEL_AFTER_VERB.search(lead):
        at = previous.start  # the level reached: what is said before the move's first
    moved = _MOVED_FROM.search(text, max(start, at - 40), at)
    if moved is None and at != r.percent.start and previous.kind == "points":
        moved = _MOVED_BY.search(text, max(start, at - 40), at)
    if moved is None:  # (the subject looked for in the words right before the move)
        return False
    return (
        w.RATE_SUBJECT.search(text, max(start, moved.start() - _SUBJECT), moved.start()) is not None
    )


#: how far before a ratio's move its name is looked for
_SUBJECT = 160


def _joined(lead):
    """Whether the words between two percentages only join them (w.PARENTHESIZED aside)."""
    lead = w.PARENTHESIZED.sub(" ", lead)
    if any(ch.isdigit() for ch in lead):
        return False
    if _ELIDED_VERB.search(lead):  # "accounted for 74.7% of the total and import-export
        return True  # revenue for 23.1%": the verb said once for both
    return len(lead) < 40 and (
        lead.strip(" ,;") == ""
        or " và " in f" {lead} "
        or " and " in f" {lead} "
        or lead.strip().startswith(("và", "and", ",", "lần lượt"))
    )


#: a second subject whose verb ("accounted for") is left out, and the preposition the verb
#: took: " and import-export revenue for"
_ELIDED_VERB = re.compile(r"\b(?:and|while)\s+[^,;.%]{1,50}?\sfor\s*$", re.I)


def part_named(between):
    """Whether the words between a listed amount and its share in parentheses name what the
    part is ("486 hợp tác xã nông nghiệp (59,9%)", "143 hợp tác xã công nghiệp - tiểu thủ công
    nghiệp"), or what is left ("…, còn lại là các hợp tác xã thương mại, dịch vụ (22,5%)"):
    no words of a comparison, a plan or a period ("700 tỷ đồng năm trước (65%)")."""
    if not (_PART_NAMED.fullmatch(between) or _REST_NAMED.fullmatch(between)):
        return False
    return not (w.COMPARED.search(between) or w.PLAN.search(between) or _A_PERIOD.search(between))


_PART_NAMED = re.compile(r"[^\W\d_]+(?:'s)?(?:(?:\s+|\s*-\s*)[^\W\d_]+(?:'s)?){0,7}")
_REST_NAMED = re.compile(
    r"\)?[,;]?\s*(?:(?:phần|số)\s+)?(?:còn lại|the rest|the remainder)\b[^\d;%()]{0,80}", re.I
)
_A_PERIOD = re.compile(r"\b(?:năm|tháng|quý|year|month|quarter)\b", re.I)


#: an amount in parentheses right after a percentage: "45 per cent (1.44 million)"
_AMOUNT_IN_PARENS = re.compile(r"\s*\(\s*(?:US\$|\$|VND\s?)?\d")
