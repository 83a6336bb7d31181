"""A share, or a rate, that names no whole at all ("Shrimp accounted for $4 billion, or 40
per cent", "Đến 31/12, đã giải ngân 752 tỷ đồng, đạt 89%"): the one larger amount of its
unit the sentence before states, or the amount its own sentence opens with and lists its
parts of after "with"; and a share of what was disbursed ("chiếm 69,5% tổng kinh phí giải
ngân"): the one amount said disbursed. How firm each tie is, and what verdicts it allows,
is decided in evidence.py.
"""

import itertools
import re

from ..core.i18n import _
from . import evidence, nested, periods
from . import words as w
from .beside import previous_tokens
from .counted import DONE_BEFORE
from .levels import levels
from .plans import stated_as_plan
from .reach import candidates, list_total, listed_parts, measures, said_in
from .shared import whole_of
from .tokens import Amount
from .units import THINGS


def tie_unnamed_whole(sc, r):
    """Tie a share that names no whole at all ("Shrimp accounted for $4 billion, or 40 per
    cent") to the one amount of its part's unit, larger than it, that the sentence before
    states ("Vietnam's seafood exports reached $10 billion"): firm when it is that
    sentence's subject and the share names no other measure, else weak (evidence.py). A
    weak tie its words made to that very amount is made firm so too. A rate that names
    nothing ("Đến 31/12, đã giải ngân 752 tỷ đồng, đạt 89%") in a passage that states no plan
    near it takes that amount too, weakly: it may be the plan in other words ("Tổng vốn đầu
    tư công năm 2024 của huyện là 845 tỷ đồng"), or of a plan left unsaid."""
    if r.a is None or r.object.strip() or r.strength not in (None, evidence.WEAK):
        return
    bare_rate = r.kind == "rate" and r.strength is None and not _plans_near(sc, r)
    if r.kind != "share" and not bare_rate:
        return
    need = listed_parts(sc, r)  # "…, the EU $4.6 billion, or 10.5 per cent, and …"
    own = _whole_with(sc, r, need) if r.kind == "share" else None
    how = _("{amount} (line {line}), the amount its sentence lists parts of after 'with'")
    # (not a rate naming nothing, "…, trong đó 238 trạm có bác sĩ, đạt 97,1%": it may be of
    # a plan left unsaid)
    if own is None and r.kind == "share" and r.verb != "rate":
        own = _count_opening(sc, r, need)
        how = _("{amount} (line {line}), the count its sentence opens with")
        if own is not None and sc.roles.get(id(own)) == "plan":
            how = _("{amount} (line {line}), the plan its sentence opens with, of what was done")
    if own is None and r.kind == "share":
        own = _total_item(r)
        how = _("{amount} (line {line}), the total its bulleted list states as an item")
    if own is not None and _another_period(sc, r, own):
        return
    if own is not None:
        line = sc.catalog.line_of(own)
        r.tie("ratio", r.a, own, how.format(amount=own.text, line=line), evidence.FIRM)
        r.missing = ""
        return
    before = previous_tokens(sc, r.sentence, wholes=True)
    wholes = {
        v: t
        for v, t in levels(sc, before, r.a.unit).items()
        if need is not None and v >= need and v > r.a.value and not t.hedge
    }
    opened = _named_by_opening(sc, r, wholes)
    if opened is not None:  # "… VND 1,980 billion had been spent, or 80.8 percent. Of the
        wholes = {opened.value: opened}  # spending, VND 312 billion, or 15.8 percent, …"
    if len(wholes) > 1:  # "… 17.5 million in 2024, … the record of 18 million in 2019":
        # an amount said of an earlier year than another is no whole of the year reported
        said = {v: _year_after(sc, t) for v, t in wholes.items()}
        latest = max((y for y in said.values() if y is not None), default=None)
        wholes = {v: t for v, t in wholes.items() if said[v] is None or said[v] == latest}
    if len(wholes) > 1:  # "Foreign-invested firms exported $291.9 billion, 72.4% of the
        # … total export value of $403.2 billion": a part of another share beside its
        # whole is no whole
        kept = nested.without_parts_of(sc, r, list(wholes.values()))[0]
        wholes = {t.value: t for t in kept}
    if len(wholes) > 1:  # "1,856 cooperatives, of which 1,204 …. 312 cooperatives …,
        # representing 16.8 per cent": a part listed under a total is no whole beside it
        totals = {id(found[0]) for t in wholes.values() if (found := _list_of(sc, t))}
        wholes = {v: t for v, t in wholes.items() if not totals or id(t) in totals}
    if len(wholes) != 1:
        return
    whole = next(iter(wholes.values()))
    if _another_period(sc, r, whole):
        return
    strength = evidence.WEAK if bare_rate else _strength(sc, before, whole, r)
    strength = evidence.FIRM if opened is not None else strength
    if (
        r.strength == evidence.WEAK
        and not _sibling_of(sc, r, whole)  # (a part beside its own is no whole at all)
        and (r.b is not whole or strength == evidence.WEAK)
    ):
        return  # tied weakly by its words to this whole or another: only a firm tie is news
    how = _("{amount} (line {line}), the one larger amount of its unit the sentence before states")
    if opened is not None:
        how = _("{amount} (line {line}), the amount the words its sentence opens with name")
    r.tie(
        "ratio", r.a, whole, how.format(amount=whole.text, line=sc.catalog.line_of(whole)), strength
    )
    r.missing = ""


def _whole_with(sc, r, need):
    """Return the amount of its part's unit a share's sentence opens with, when the part is
    listed after it with "with" ("Textile exports reached $44 billion in 2024, with the US
    taking $16.2 billion, or 36.8 per cent, and the EU …") and it is larger than the parts
    listed; or None. Found near the part, by bisection: a sentence of thousands of amounts
    is read in time linear in its length."""
    text = r.sentence.paragraph.text
    lo = max(r.sentence.start, r.a.start - _WITH_REACH)
    for link in _WITH.finditer(text, lo, r.a.start):
        # the last amount before "with", past a percentage or two ("…, up 11.6 per cent, with")
        # and its conversion into another currency ("VND 5.86 quadrillion ($230 billion)")
        back = itertools.islice(r.sentence.back(link.start()), _BACK)
        whole = next(
            (t for t in back if isinstance(t, Amount) and sc.roles.get(id(t)) != "conversion"),
            None,
        )
        if whole is not None and whole is _first_of_unit(sc, r.sentence, r.a.unit):
            break
    else:
        return None
    if (
        whole.value is None
        or whole.value <= r.a.value
        or (need is not None and whole.value < need)
        or sc.roles.get(id(whole)) not in ("plain", "new", "whole")
    ):
        return None
    return whole


#: the most items of a bulleted list looked through for its total
_ITEMS = 30
#: what is left of a plan, unspent: "còn lại", "chưa giải ngân", "unspent"
_LEFT = re.compile(rf"{w.REMAINDER.pattern}|chưa giải ngân|\b(?:unspent|undisbursed)\b", re.I)
_TOTAL_OR_PLAN = re.compile(rf"{w.TOTAL.pattern}|{w.PLAN.pattern}", re.IGNORECASE)


def _total_item(r):
    """Return the one amount of a share's part's unit, larger than it, that another item of
    its bulleted list states as the total ("Tình hình lao động:" then "- Tổng số lao động:
    45.200 người;", "- Lao động nữ: 24.800 người, chiếm 54,9%;"), or as the plan, for a part
    said left unspent; or None."""
    head = r.sentence.list_head
    if head is None or r.a.value is None:
        return None
    text = r.sentence.paragraph.text
    # what is left unspent is of the plan an item states ("- Kế hoạch giao: 3.200 tỷ đồng;",
    # "- Còn lại chưa giải ngân: 250 tỷ đồng, chiếm 7,8%")
    left = _LEFT.search(text, r.sentence.start, r.a.start)
    opens = _TOTAL_OR_PLAN if left else w.TOTAL
    found = {
        t.value: t
        for s in head.items[:_ITEMS]
        if s is not r.sentence and opens.search(s.paragraph.text, s.start, s.start + 16)
        for t in s.tokens[:_ITEMS]  # (a few: an item of thousands of amounts is no total)
        if isinstance(t, Amount)
        and t.unit == r.a.unit
        and t.value is not None
        and t.value > r.a.value
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _count_opening(sc, r, need):
    """Return the count a share's sentence opens with, of its part's unit and larger than
    the parts listed, when the part is a count said after it ("Tỉnh có 1.236 hợp tác xã,
    nhưng chỉ 538 hợp tác xã hoạt động hiệu quả, chiếm 43,5%"), or its plan when the part is
    said done ("planned to build 5,000 … and had completed 3,200, or 64 percent"); or None."""
    first = _first_of_unit(sc, r.sentence, r.a.unit)
    if (
        first is None
        or first is r.a
        or r.a.unit not in THINGS
        or first.hedge
        or first.value is None
        or r.a.value is None
        or first.value <= max(r.a.value, need or 0)
        or sc.roles.get(id(first)) not in ("plain", "whole", "plan")
    ):
        return None
    text = r.sentence.paragraph.text
    if sc.roles.get(id(first)) == "plan" and not DONE_BEFORE.search(
        text, max(0, r.a.start - 24), r.a.start
    ):  # "set a plan of 1,200 inspections … and had completed 1,050, or 85.7 percent": the
        return None  # plan of what was done, when the part is said done
    # a larger count between, no part of a share of its own, may be the whole meant: "4,2
    # triệu lượt khách; khách quốc tế 850.000 lượt, trong đó khách Hàn Quốc …, chiếm 36,5%"
    siblings = sc.parts.get(id(r.sentence), set())
    between = itertools.takewhile(lambda t: t is not first, r.sentence.back(r.a.start))
    if any(
        isinstance(t, Amount)
        and t.unit == r.a.unit
        and t.value is not None
        and t.value > r.a.value
        and id(t) not in siblings
        and sc.roles.get(id(t)) in ("plain", "new", "whole")  # not "up 6 per cent from B"
        for t in itertools.islice(between, _BACK)
    ):
        return None
    return first


def _first_of_unit(sc, sentence, unit):
    """Return a sentence's first amount of ``unit`` (found once for each sentence and unit)."""
    key = (sentence.index, unit)
    if key not in sc.first_of_unit:
        sc.first_of_unit[key] = next(
            (t for t in sentence.tokens if isinstance(t, Amount) and t.unit == unit), None
        )
    return sc.first_of_unit[key]


#: how many tokens before "with" its whole is looked for among
_BACK = 12
#: how far before a part its "with" is looked for
_WITH_REACH = 400
#: what lists the parts of the amount before it: "…, with the US taking"
_WITH = re.compile(r",\s*with\b", re.IGNORECASE)


def _plans_near(sc, r):
    """Whether an amount said as a plan is within reach of a reading."""
    return any(
        sc.roles.get(id(e.amount)) == "plan" or stated_as_plan(sc, e)
        for e in candidates(sc, r, hedged=True)
    )


def _strength(sc, before, whole, r):
    """How firm the tie of a share that names no whole to the one amount the sentence before
    (``before``: its tokens) states is (evidence.unnamed_whole_strength)."""
    there = sc.catalog.sentence_of.get(id(whole))
    first = next((t for t in before if isinstance(t, Amount) and t.unit == whole.unit), None)
    # what it measures may be said after it too: "Vietnam earned $5.7 billion from rice
    # exports"
    after = re.split(r"[,;.]", there.paragraph.text[whole.end : there.end])[0] if there else ""
    # (or the whole of that subject's own share: "Foreign-invested firms exported $291.9
    # billion, accounting for 72.4% of the … total export value of $403.2 billion")
    subject = first is whole or (first is not None and whole_of(sc).get(id(first)) is whole)
    return evidence.unnamed_whole_strength(
        there is not None and there.paragraph is r.sentence.paragraph and subject,
        measures(r.head),
        measures(sc.catalog.label_of(whole) + " " + after),
    )


#: a sentence that opens by naming what the sentence before stated as the whole of what
#: follows: "Of the spending, …", "Of the withdrawals, …", "Trong số vốn đã giải ngân, …"
_OPENING_WHOLE = re.compile(
    r"\s*(?:Of|Among)\s+(?:the|its|their|this|that)\s+(?P<en>[a-z][a-z -]{2,30}?)\s*,"
    r"|\s*Trong\s+số\s+(?P<vi>(?!đó\b|này\b)[^\d,;.%()]{2,30}?)\s*,",
    re.IGNORECASE,
)
#: what no such opening names by: "Of the total", "Of the rest"
_NO_NAME = frozenset(["total", "rest", "remainder", "figure", "amount", "sum", "year", "period"])
#: Vietnamese words that name nothing of their own: "Trong số (vốn) đã giải ngân"
_FUNCTION_WORDS = frozenset(["đã", "được", "các", "những", "số", "này", "đó", "của", "tổng"])


def _named_by_opening(sc, r, wholes):
    """Return the one of ``wholes`` (the larger amounts the sentence before states) that the
    words a share's sentence opens with name ("Of the spending," of "VND 1,980 billion had
    been spent"; "Trong số vốn đã giải ngân," of "đã giải ngân 1.980 tỷ đồng"), or None: an
    English word names an amount said with a word of the same stem (spending, spent), a
    Vietnamese word one said with that word; the one named by the most of them, at least
    half, and more than any other."""
    if len(wholes) < 2:
        return None
    m = _OPENING_WHOLE.match(r.sentence.paragraph.text, r.sentence.start)
    if m is None:
        return None
    if m.group("en"):
        said = {x for x in m.group("en").lower().split() if len(x) > 3 and x not in _NO_NAME}
    else:
        said = {x for x in m.group("vi").lower().split() if x not in _FUNCTION_WORDS}
    if not said:
        return None
    named = sorted(
        (
            (sum(_stem_in(x, _words(sc, t)) for x in said), i, t)
            for i, t in enumerate(wholes.values())
        ),
        key=lambda x: x[:2],
        reverse=True,
    )
    best, runner = named[0][0], named[1][0]
    return named[0][2] if 2 * best >= len(said) and best > runner else None


def _words(sc, amount):
    """The words an amount is said with, before it in its clause and after it."""
    return set(re.findall(r"\w+", sc.catalog.named_by(amount).lower()))


def _stem_in(word, words):
    """Whether one of ``words`` is ``word`` or it in another form (reach.said_in: an
    English ending added or dropped), or an irregular one of an English opening's word: the
    two share all but their last three letters and at least four ("spending", "spent";
    "withdrawals", "withdrew")."""
    if said_in((word,), words):
        return True
    for other in words:
        pairs = zip(word, other, strict=False)
        same = len(list(itertools.takewhile(lambda pair: pair[0] == pair[1], pairs)))
        if same >= 4 and same >= min(len(word), len(other)) - 3:
            return True
    return False


def _year_after(sc, amount):
    """Return the year said right after an amount of the text ("18 million in 2019"), or
    None."""
    sentence = sc.catalog.sentence_of.get(id(amount))
    return periods.year_after(sentence.paragraph.text, amount.end) if sentence else None


def _another_period(sc, r, whole):
    """Whether a share's part is said of another period than the whole it would take: the
    years or periods its own words and the whole's name differ ("Kim ngạch … năm 2024 đạt
    A. Năm 2023, cá ngừ chiếm X%, với B"; "… at $1.25 billion in 2023"), or the part is
    said of the year before right after it and the whole is not ("… at 1.21 million tonnes
    a year earlier")."""
    text = r.sentence.paragraph.text
    mine = _period_of(sc, r.a, r.head)
    theirs = _period_of(sc, whole, sc.catalog.label_of(whole))
    if not periods.holds(theirs, mine):  # (a month of the months to date is held)
        return True
    earlier = _EARLIER_AFTER.match(text, r.a.end)
    return bool(earlier) and not _EARLIER_AFTER.match(_text_of(sc, whole), whole.end)


def _period_of(sc, amount, words):
    """The period an amount is said of: a year right after it (past a comma: "at $1.25
    billion, in 2023"), else the one its words name."""
    year = periods.year_after(_text_of(sc, amount), amount.end, comma=True)
    return ("year", year) if year is not None else periods.period(words)


def _text_of(sc, amount):
    return sc.catalog.sentence_of[id(amount)].paragraph.text


#: the year before, said right after an amount: "a year earlier", "năm trước"
_EARLIER_AFTER = re.compile(
    r"\s*(?:a year (?:earlier|ago|before)|(?:in\s+)?the previous year|last year|"
    r"(?:của\s+|trong\s+)?(?:năm trước|năm ngoái|cùng kỳ(?:\s+năm\s+(?:trước|ngoái))?))\b",
    re.IGNORECASE,
)


def _list_of(sc, amount):
    """Return (the total, where) of the list an amount is said in as a part, or None."""
    sentence = sc.catalog.sentence_of.get(id(amount))
    found = list_total(sc, sentence) if sentence is not None else None
    return found if found is not None and found[0] is not amount else None


def _sibling_of(sc, r, whole):
    """Whether the amount a share is weakly tied to is a part beside its own, said in its
    sentence, that the larger ``whole`` holds together with it ("China supplied 4.1 million
    tonnes, half of the total, and Russia 1.2 million tonnes, or 14.6 per cent" of "8.2
    million tonnes"): no whole of it."""
    b = r.b
    return (
        isinstance(b, Amount)
        and sc.catalog.sentence_of.get(id(b)) is r.sentence
        and b.unit == r.a.unit == whole.unit
        and None not in (b.value, r.a.value, whole.value)
        and r.a.value + b.value <= whole.value
    )


def tie_disbursed_whole(sc, r):
    """Tie a share of what was disbursed ("Hỗ trợ 35 cơ sở … với kinh phí 5.640 triệu đồng,
    chiếm 69,5% tổng kinh phí giải ngân", "of the funds disbursed") to the one amount of its
    part's unit, larger than it, that the passage says was disbursed ("giải ngân 8.120 triệu
    đồng"): firm, as a lone candidate named by its words is; not a plan's ("kế hoạch giải
    ngân")."""
    if r.kind != "share" or r.a is None or r.a.value is None:
        return
    if r.strength not in (None, evidence.WEAK) or not w.DISBURSED.search(r.object):
        return
    if w.PLAN.search(r.object) or w.DISBURSED.search(sc.catalog.label_of(r.a)):
        return  # (a part said disbursed itself is of another whole)
    found = {
        e.amount.value: e.amount
        for e in candidates(sc, r)
        if e.amount.value > r.a.value
        and w.DISBURSED.search(e.label)
        and not w.PLAN.search(e.label)
        and not stated_as_plan(sc, e)
    }
    if len(found) != 1:
        return
    (whole,) = found.values()
    how = _("{amount} (line {line}), the one amount the text says was disbursed")
    r.tie(
        "ratio",
        r.a,
        whole,
        how.format(amount=whole.text, line=sc.catalog.line_of(whole)),
        evidence.FIRM,
    )
    r.missing = ""
