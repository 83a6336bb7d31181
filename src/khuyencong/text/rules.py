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
from . import growth, multiples, rates, shares
from . import words as w
from .carried import opens_with_change, restated_before, subject_before
from .lists import part_named, parts_in_parentheses
from .roles import last_verb, roles
from .tokens import Amount, Percent, Slash
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
            main = _main(clause, prev_end, p.start, role)
            restated = main is not None and i and restated_before(text, percents[i - 1], main, p)
            if restated:
                main = None  # "… made up 35 per cent, or 525,000, and Chinese 20 per cent"
            if main is None and i and not restated and not w.REMAINDER.search(lead):
                # "…, chiếm 76,1%, phần còn lại …"; not over a number of its own, whose unit
                # is not said ("…, or 64.9 per cent, and 312 in trade, or 16.8 per cent")
                unread = _unread_number(sentence, prev_end, (low or p).start)
                main = None if unread else main_of.get(id(percents[i - 1]))
            if main is None and not i and carried is not None and opens_with_change(lead):
                main = carried  # "… còn 5.218 hộ nghèo, …; giảm 1.126 hộ, tương ứng giảm 17,7%"
            if main is not None and (
                w.REMAINDER.search(text[main.end : p.start])
                or w.RATE_MOVED.search(text[main.end : p.start])
            ):
                main = None  # "… of VND 32.65 trillion, with … the remaining 65 per cent";
                # "có 1.245 hộ thoát nghèo, giảm tỷ lệ hộ nghèo xuống còn 3,12%": no part of it
            main_of[id(p)] = main
            if p.kind == "points":
                r.kind, r.note = "points", _("percentage points: a difference of two rates")
                continue
            if p.high is not None:
                continue  # a range's low end: it takes its high end's tie (ranges.py)
            _classify(r, lead, text[p.end : next_start], percents[i - 1] if i else None, readings)
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


#: "with" right before a percentage: "the largest buyer with 18 per cent of …", "với 18% …"
_WITH_END = re.compile(r"\b(?:with|với)\s*$", re.IGNORECASE)

#: nothing, or only a word that hedges a part, before a percentage that opens its sentence:
#: "Only 18 per cent of the province's 1,850 kilometres …"
_ONLY = re.compile(r"\s*(?:(?:only|just|a mere|chỉ(?: có)?)\s*)?", re.IGNORECASE)

#: a whole said right after a percentage set off by a comma: "…, 2.14 per cent of all
#: households", "…, 12 per cent of the total", "…, 1.9 per cent of its VND 221 trillion"
_OF_ALL = re.compile(
    r"\s*of (?:all|total|the total|the whole)\b"
    r"|\s*of (?:the |its |their )?(?:VND|US\$|\$|\d)",  # "…, 1.9 per cent of its VND 221 trillion"
    re.IGNORECASE,
)

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


#: a clause of another subject opening before a percentage: "…, while 14.2 per cent"
_OPENS = re.compile(r",\s*(?:while|whereas|trong khi(?:\s+đó)?|còn)\s*$", re.IGNORECASE)


def _main(clause, start, stop, role):
    """Return the nearest plain amount between ``start`` and ``stop`` of a clause, or a
    target its clause sets as its own ("năm 2025, thành phố phấn đấu thu 44.500 tỷ đồng,
    tăng 5,2% so với năm 2024": the target is what grows)."""
    text = clause.sentence.paragraph.text
    for t in reversed(clause.between(start, stop)):
        if not isinstance(t, Amount) or t.in_parens:
            continue
        if role.get(id(t)) in ("plain", "new"):
            return t
        if role.get(id(t)) == "plan" and _TARGET_SET.search(
            text, max(clause.start, t.start - 50), t.start
        ):
            return t
    return None


#: a clause's own target, set right before its amount: "phấn đấu thu", "dự kiến đạt", "aims to
#: collect"
_TARGET_SET = re.compile(
    r"(?:\bphấn đấu|\bdự kiến|\baims? to|\bplans? to)(?:\s+[^\W\d]+){0,6}\s*$|\btargets\s*$",
    re.IGNORECASE,
)


def _classify(r, lead, after, previous, readings):
    """Set a reading's kind (and a change's sign) from its verb and its object."""
    p = r.percent
    if p.kind == "times":
        r.kind = "times"
        return
    aside = p.text.startswith("(") and not r.sentence.paragraph.table
    if aside and p.value < 0 and not _MINUS.search(p.text):
        p.value = -p.value  # "(2,77%)" in a sentence: an aside, not a table's "(8,33%)"
    found = last_verb(r.sentence, max(p.start - len(lead), p.start - 70), p.start)
    kind = found[0] if found else None
    if found and w.RESTATED_AFTER.match(after) and (_whole_said_before(r) or _OPENS.search(lead)):
        at = lead.lower().rfind(found[1])
        if at != -1 and "," in lead[at + len(found[1]) :]:
            # "Of the 2,150 firms surveyed, 1,320 reported higher orders, while 14.2 per cent,
            # or 305 firms, …": the verb is another part's; the percentage, restated as an
            # amount, is a part's share (not "Doanh thu …, tăng mạnh, 25%, tương đương …")
            kind = None
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
        kind = "share"  # "5,218 households were still poor, 2.14 per cent of all households"
    if kind is None and (
        w.RESTATED_AFTER.match(after) or (w.AMOUNT_IN_PARENS.match(after) and _whole_said_before(r))
    ):
        kind = "share"  # "…, while 14.2 per cent, or 305 firms, expected …": a part, restated
    if _SIGNED.search(text_before(r, 2)):  # "(+12,6% so với cùng kỳ)", "(-2,1%; …)": a
        kind = "up"  # change, whatever verb is before (its value carries its sign)
    if w.TARGET_RATE.search(lead):  # "above the target of 15 per cent": a target, stated
        r.kind, r.note = "other", _("a target, stated: no ratio of two amounts")
        return
    if kind == "rate" and found and found[1] == "or":
        kind = "proportion"
    if kind == "rate" and _RATIO_SAID.search(lead) and not w.PLAN.search(r.object):
        kind = "proportion"  # "389 trường đạt chuẩn, đạt tỷ lệ 76%": a ratio, not a plan's
    level = w.NAMED_LEVEL.search(lead) if kind == "rate" and not r.object.strip() else None
    if level and (level.group("opens") is None or w.PART_AFTER.match(after)):
        kind = "proportion"  # "…, tỷ lệ lấp đầy đạt 75%", "Tỷ lệ tốt nghiệp đạt 99,1%, với A"
    if kind == "rate" and w.GROWTH_SAID.search(lead) and not w.PLAN.search(r.object):
        kind = "up"  # "credit growth reached 15.08 per cent", "tăng trưởng tín dụng đạt 15,08%"
    if kind is None and w.RATE_APPOSED.search(lead) and not w.RATE_OF_CHANGE.search(lead[-40:]):
        kind = "proportion"  # "Of these, 9,960 units were sold, an absorption rate of 80%"
    if kind is None and w.RATE_SUBJECT.search(lead) and not w.KEYWORD_AFTER.search(after):
        kind = "proportion"  # "Tỷ lệ hộ nghèo cuối năm còn 2,35%, với 6.120 hộ … trên tổng số"
    if kind in ("up", "down") and _LEVEL_AFTER_VERB.search(lead) and w.RATE_SUBJECT.search(lead):
        kind = "proportion"  # "The poverty rate fell to 2.1 per cent": the rate's level
    m = w.KEYWORD_AFTER.search(after)
    if kind is None or w.THAN.match(after):  # "…, 11.2 per cent higher than the estimate"
        kind = m.lastgroup if m else kind
    elif m and m.lastgroup in ("up", "down") and kind not in ("up", "down"):
        kind = m.lastgroup  # "reached VND312 trillion, a 13.5 per cent increase from …"
    elif m and m.group("share") and m.group("share").lower() == "share" and kind == "rate":
        kind = "share"  # "reached VND 742 trillion, a 20.1 per cent share of …"
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
        if prior.kind == "share" and prior.sentence is r.sentence and prior.percent.text[0] == "(":
            r.kind = "share"
            return
    if kind is None and previous is not None and (bare or named):
        # "The Philippines bought 3.9 million tonnes, or 43.3 per cent of the total, while
        # Indonesia took 1.2 million tonnes, 15.3 per cent": a share like the one before
        prior = readings[-2] if len(readings) > 1 and readings[-2].percent is previous else None
        if prior is not None and prior.kind == "share" and prior.sentence is r.sentence:
            r.kind = "share"
            return
    if kind is None and previous is not None and _joined(lead):
        # the reading before this one (just appended) is the previous percentage's
        prior = readings[-2] if len(readings) > 1 and readings[-2].percent is previous else None
        if prior is not None and prior.kind in ("growth", "share", "rate", "ratio"):
            r.kind, r.sign = prior.kind, prior.sign
            if w.PLAN.search(r.object) and not w.PLAN.search(prior.object):
                # "bằng 95% so với năm trước và 102% kế hoạch": of its own plan
                r.kind = "excess" if prior.kind == "growth" else "rate"
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


def _whole_said_before(r):
    """Whether the sentence names a whole before a percentage ("trên tổng số B", "out of
    B")."""
    whole = r.sentence.first_whole
    return whole is not None and whole.start < r.percent.start


#: a verb of change and the level it reached: "fell to", "giảm xuống còn", "tăng lên mức"
_MINUS = re.compile(r"[-−]")
_SIGNED = re.compile(r"(?:^|[\s(;:,])[+−-]$")  # a sign before a number, not a range's dash
_LEVEL_AFTER_VERB = re.compile(r"\b(?:to|xuống(?: còn| mức)?|còn|lên(?: mức)?)\s*$", re.IGNORECASE)
#: "đạt tỷ lệ 76%": a rate that says it is a ratio
_RATIO_SAID = re.compile(r"\b(?:tỷ lệ|tỉ lệ|a rate of|a ratio of)\s*$", re.IGNORECASE)


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


def _tie(r, main, scope, lead, clause, role, previous_main):
    """Tie a reading's operands from its own sentence, where the words leave no doubt."""
    p, text = r.percent, r.sentence.paragraph.text
    if (
        main is None
        and previous_main is not None
        and w.BACK_REFERENCE.search(r.head)
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
        if change_before is not None:
            r.kind = "growth"
            r.sign = -1 if growth.is_fall(change_before, text) else 1
        elif w.COMPARED.search(r.object) or w.SAME_PERIOD.search(r.object):
            r.kind = "ratio"
        else:
            r.kind = "share"
    if r.kind == "growth":
        growth.tie(r, main, scope, change_before, role, text)
    elif r.kind in ("rate", "excess"):
        rates.tie_rate(r, main, scope, clause, role, text)
    elif r.kind == "share":
        shares.tie_share(r, main, scope, clause, role, text)
    elif r.kind in ("ratio", "times"):
        multiples.tie(r, main, scope, role, text)
