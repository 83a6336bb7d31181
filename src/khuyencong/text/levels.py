"""The level a growth reached, when its sentence gives its base or its change but not the
level: the one amount of the base's unit a measure names just before it ("Volume was up
12.6 per cent from 7.1 million tonnes", "về trị giá, tăng 31,5% so với năm 2022 (3,46 tỷ
USD)"), the one its subject names in full, or the one said under the total its subject
names ("tổng vốn tăng 31,4%" of "thu hút 4,6 tỷ USD vốn …, gồm …"). How firm each tie
is, and what verdicts it allows, is decided in evidence.py.
"""

import itertools
import re

from ..core.i18n import _
from . import evidence, periods
from . import words as w
from .beside import previous_tokens
from .content import content_words
from .growth import base_in_parens
from .reach import item_words, list_total, named_in
from .tokens import Amount, Percent, number_of
from .units import COUNT_NAMED

#: a growth's subject that is only a measure of what the sentence before stated: "Volume
#: was up", "and value rose", "Về lượng, tăng", "về trị giá tăng", "Con số này tăng"
_MEASURE = re.compile(
    r"[\s,;()]*(?:and|while|còn|và)?\s*(?:về|in|its|the)?\s*"
    r"(?:lượng|khối lượng|sản lượng|trị giá|giá trị|kim ngạch|volume|value|"
    r"(?:con số|số liệu|số thu|kim ngạch|giá trị)\s+(?:này|nói trên|trên)|(?:this|that) figure|"
    r"(?:this|that|it)(?=\s+(?:is|was)\b))"
    r"[\s,]*(?:was|were|is|has|have|had|đã|cũng)?\s*(?:up|down|rose|grew|fell|increased|"
    r"decreased|climbed|declined|dropped|jumped|surged|tăng|giảm)?\s*(?:by|thêm)?\s*",
    re.IGNORECASE,
)


#: a growth of another measure joined before a growth, their subject said before both:
#: "That is 12.7 percent more by volume and 38.2 percent more by value than …"
_JOINED_BEFORE = re.compile(
    rf"\s*(?:(?:{w.COMPARATIVE})\s+)?(?:by|in|về)\s+"
    r"(?:volume|value|lượng|khối lượng|trị giá|giá trị)\s*,?\s*(?:and|và|but|nhưng|while|còn)\s*",
    re.IGNORECASE,
)


#: a growth's verb at the end of its subject: "số dự án tăng", "the number of firms rose"
_GROWTH_VERB = re.compile(
    rf"\s+(?:đã\s+|cũng\s+|was\s+)?(?:{w.UP}|{w.DOWN})(?:\s+(?:thêm|by))?\s*$", re.IGNORECASE
)


def tie_level(sc, r):
    """Tie a growth whose sentence gives its base but not the level it reached, and whose
    subject is only a measure ("Volume was up 12.6 per cent from 7.1 million tonnes", "về
    trị giá, tăng 31,5% so với năm 2022 (3,46 tỷ USD)"), to the one amount of the base's
    unit the sentence before states: the measure names it. So too a growth whose change is
    said beside it but not its level ("…, tổng vốn đăng ký 12.450 tỷ đồng; so với năm 2023,
    … vốn đăng ký tăng 20,6% (tăng 2.130 tỷ đồng)"): its level is the one amount of the
    change's unit its subject names earlier in the sentence, or in the sentence before. A
    firm tie (evidence.py)."""
    if r.kind != "growth" or r.strength is not None:
        return
    if r.missing == "new" and r.b is not None:
        known, form, at = r.b, "growth", r.b.start
    elif r.missing == "old" and r.change is not None:
        known, at = r.change, min(r.change.start, r.percent.start)
        form = "fall" if r.percent.value < 0 else "rise"
    else:
        return
    text = r.sentence.paragraph.text
    # its subject's words: before the change, when the change is said before it ("số hộ
    # nghèo giảm 186 hộ, tương đương giảm 31,1%")
    end = at if known is r.change else r.percent.start
    last, stop = r.sentence.last_before(end), end
    if isinstance(last, Percent) and _JOINED_BEFORE.fullmatch(text, last.end, end):
        stop = last.start  # "That is 12.7 percent more by volume and 38.2 percent …"
        last = r.sentence.last_before(stop)
    start = last.end if last is not None else r.sentence.start
    pieces = text[start:stop].split(";")[-1].split(",")
    said = [",".join(pieces[k:]) for k in range(len(pieces))]
    counted = [_GROWTH_VERB.sub("", x).strip(" ,()") for x in said]  # "số dự án tăng"
    earlier = list(itertools.islice(r.sentence.back(at), _EARLIER))  # "45 dự án, so"
    before = previous_tokens(sc, r.sentence)
    how = _("{amount} (line {line}), the one amount of its unit said just before it")
    if any(_MEASURE.fullmatch(x) for x in said) or known.unit in map(number_of, counted):
        found = levels(sc, earlier, known.unit) or levels(sc, before, known.unit)
        if len(found) > 1:  # "412 hộ nghèo …; 635 hộ cận nghèo" for "số hộ nghèo": the one
            found = _counted_as_said(found, counted[-1], text)  # counted as its subject says
        found = {v: t for v, t in found.items() if not _counts_another(t, counted[-1], text)}
        if not found:  # "… cấp mới 48 dự án …. Số dự án cấp mới giảm 4 dự án": a sentence
            # or two back, the one its subject names by its other words
            named = counted[-1].lower().replace(known.said_unit.lower(), " ")
            back = _paragraph_before(sc, r.sentence, _BACK)
            found = _of_its_period(
                sc, r, end, _named_level(sc, named, [*earlier, *back], known.unit)
            )
            how = _("{amount} (line {line}), said just before it under every word of its subject")
    else:  # "So với năm 2023 (7.200 triệu đồng), tổng kinh phí tăng 20%": what it names
        # (one word names the level only as the one amount of the unit the sentence before
        # states, none said earlier in its own)
        one = len(item_words(counted[-1])) == 1 and not levels(sc, earlier, known.unit)
        found = _named_level(
            sc, counted[-1], before if one else [*earlier, *before], known.unit, alone=one
        )
        found = _of_its_period(sc, r, end, found)
        how = _("{amount} (line {line}), said just before it under every word of its subject")
        if not found and w.DISBURSED.search(counted[-1]) and not w.PLAN.search(counted[-1]):
            # "kinh phí giải ngân tăng 22,5%": the one amount said disbursed (not "kế hoạch
            # giải ngân", the plan's)
            found = {
                t.value: t
                for t in levels(sc, [*earlier, *before], known.unit).values()
                if w.DISBURSED.search(sc.catalog.label_of(t)) and _alone_in_sentence(sc, t)
            }
            how = _("{amount} (line {line}), the one amount said disbursed before it")
            found = found if len(found) == 1 else {}
        if not found:
            found = _total_level(sc, r, counted[-1], known)
            how = _("{amount} (line {line}), the one amount said under the total its subject names")
    if len(found) != 1:
        return
    level = next(iter(found.values()))
    how = how.format(amount=level.text, line=sc.catalog.line_of(level))
    if known is r.change and base_in_parens(r.percent, level, known, text):
        form = "growth"  # "tổng kinh phí tăng 7,5% (8.000 triệu đồng)": last year's, by its size
    r.tie(form, level, known, how, evidence.FIRM)
    r.missing = ""


def _counted_as_said(found, subject, text):
    """Return {value: amount} of the one amount among ``found`` whose count noun, as
    written, is the one its growth's subject names ("hộ nghèo" in "số hộ nghèo"), and the
    words after it too when the subject says some ("12 bệnh viện tư nhân" for "số bệnh
    viện tư nhân", not "45 bệnh viện công lập"; or before it: "làm chết 9.870 người"), or
    {}."""
    m = max(COUNT_NAMED.finditer(subject), key=lambda m: len(m.group(0)), default=None)
    if m is None:
        return {}
    noun, said = m.group(0).lower(), subject[m.end() :].strip().lower()
    same = {v: t for v, t in found.items() if t.said_unit.lower() == noun}
    if len(same) > 1 and said:  # (or right before it, as its verb: "làm chết 9.870 người"
        # for "số người chết", not "bị thương 15.420 người")
        same = {
            v: t
            for v, t in same.items()
            if text[t.end : t.end + 40].strip().lower().startswith(said)
            or text[max(0, t.start - 40) : t.start].strip().lower().endswith(said)
        }
    return same if len(same) == 1 else {}


def _counts_another(amount, subject, text):
    """Whether an amount counts another kind of its noun than a growth's subject names: its
    first word after the noun is not the subject's ("5.218 hộ nghèo" for "số hộ cận nghèo";
    "5.218 hộ, …" may be any)."""
    m = max(COUNT_NAMED.finditer(subject), key=lambda m: len(m.group(0)), default=None)
    if m is None or not amount.said_unit.lower().startswith(noun := m.group(0).lower()):
        return False
    said = subject[m.end() :].split()
    words = amount.said_unit[len(noun) :] + " " + text[amount.end : amount.end + 40]
    after = re.match(r"\s*([^\W\d]+)", words)
    return bool(
        said
        and content_words(said[0])  # "The number of projects was": a verb names no kind
        and after
        and content_words(after.group(1))  # "38 dự án với …": a word of grammar names no kind
        and after.group(1).lower() != said[0].lower()
    )


def _named_level(sc, subject, tokens, unit, alone=False):
    """Return {value: amount} of the one plain amount of ``unit`` among ``tokens`` whose
    words name every word of a growth's subject (two or more; or one, when ``alone``: the
    tokens are the sentence before's, and the amount the only one of ``unit`` there: "Doanh
    thu … đạt 48.760 tỷ đồng. So với năm 2023, doanh thu tăng 5.320 tỷ đồng, tương đương
    12,2%"), a total when it says so
    ("tổng kinh phí" is "tổng kinh phí thực hiện các đề án … là 8.640 triệu đồng", not
    "kinh phí khuyến công quốc gia 2.100 triệu đồng"), or {}."""
    words = item_words(subject)
    every = levels(sc, tokens, unit)
    if not words or (len(words) < 2 and not (alone and len(every) == 1)):
        return {}  # one word names only the one amount of the unit the sentence before says
    total = bool(w.TOTAL.search(subject))
    found = {
        t.value: t
        for t in every.values()
        if words <= named_in(sc, t) and (not total or _a_total(sc, t))
    }
    return found if len(found) == 1 else {}


#: a total named by its noun alone, its period aside: "tổng kinh phí", "total revenue"
_TOTAL_NAMED = re.compile(
    r"\b(?:tổng|total)(?:\s+(?!(?:năm|quý|tháng|là|đạt|của|được|ước|in|of|for|the|was|is|"
    r"reached|at)\b)[^\W\d]+){1,3}",
    re.IGNORECASE,
)


def _total_level(sc, r, subject, known):
    """Return {value: amount} of the one amount of the passage before a growth, of its
    period and of its base's unit, said under the total the growth's subject names by its
    noun alone ("tổng kinh phí năm 2024 tăng 20%" of "được bố trí tổng kinh phí 12.600
    triệu đồng"), or {}."""
    said = _TOTAL_NAMED.search(subject)
    if said is None:
        return {}
    phrase = _phrase(said)
    noun = item_words(phrase) - item_words("tổng total")
    when = periods.period(subject)
    found = {
        e.amount.value: e.amount
        for e in sc.catalog.near(r.sentence, r.percent.start)
        if e.amount is not known
        and (e.sentence.index, e.amount.start) < (r.sentence.index, r.percent.start)
        and periods.compatible(when, e.period)
        and e.amount in levels(sc, [e.amount], known.unit).values()
        and (
            phrase in map(_phrase, _TOTAL_NAMED.finditer(e.label))  # the same total, not
            # "tổng kinh phí khuyến công quốc gia"; or the total a list of its noun is given
            # under ("thu hút 4,6 tỷ USD vốn đầu tư, gồm 2,9 tỷ USD vốn cấp mới, …"; "tổng
            # vốn" names no item, so any list's)
            or (noun <= named_in(sc, e.amount) and _listed_under(sc, e.amount))
        )
    }
    return found if len(found) == 1 else {}


def _listed_under(sc, amount):
    """Whether an amount is the total its sentence lists parts under."""
    sentence = sc.catalog.sentence_of.get(id(amount))
    found = list_total(sc, sentence) if sentence is not None else None
    return found is not None and found[0] is amount


def _phrase(m):
    return " ".join(m.group(0).lower().split())


def _a_total(sc, amount):
    """Whether an amount is stated as a total: said so ("tổng kinh phí … là A"), or the
    total its sentence lists parts under ("kinh phí khuyến công … là A, trong đó …")."""
    return bool(w.TOTAL.search(sc.catalog.label_of(amount))) or _listed_under(sc, amount)


#: how many of the tokens before a growth's base its level is looked for among, and how
#: many sentences of its paragraph back the one its subject names
_EARLIER, _BACK = 12, 3


def _of_its_period(sc, r, end, found):
    """Return those of ``found`` of the period a growth's clause says up to ``end`` ("Riêng
    tháng 9, xuất khẩu tăng …" is not of the "9 tháng" before it; "Năm 2023, xuất khẩu tăng
    …" not of 2024's)."""
    text = r.sentence.paragraph.text
    when = periods.period(text[max(r.clause.start, r.percent.start - len(r.head)) : end])
    return {v: t for v, t in found.items() if periods.compatible(when, sc.catalog.period_of(t))}


def _paragraph_before(sc, sentence, n):
    """Return the tokens of the ``n`` sentences before ``sentence`` in its paragraph."""
    first = max(sentence.index - n, 0)
    back = [s for s in sc.sentences[first : sentence.index] if s.paragraph is sentence.paragraph]
    return [t for s in back for t in s.tokens]


def levels(sc, tokens, unit):
    """Return {value: amount} of the plain amounts of ``unit`` among ``tokens``."""
    return {
        t.value: t
        for t in tokens
        if isinstance(t, Amount)
        and t.unit == unit
        and sc.roles.get(id(t)) in ("plain", "new", "whole")
        and t.value is not None
        and not t.garbled
    }


def _alone_in_sentence(sc, amount):
    """Whether an amount is the only plain one of its unit its sentence states (not "giải
    ngân 4.620 tỷ đồng vốn trong nước và 800 tỷ đồng vốn ODA": the verb is both's)."""
    sentence = sc.catalog.sentence_of.get(id(amount))
    tokens = sentence.tokens if sentence is not None else []
    return len(levels(sc, tokens, amount.unit)) == 1
