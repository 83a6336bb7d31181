"""What lies within reach of a percentage whose operand its sentence leaves out: the amounts
that could be that operand, the readings near it, and the words each amount is named by.
elsewhere.py, plans.py and bases.py look for the operand among these.
"""

import functools
import re

from . import context, names, periods
from . import words as w
from .content import content_words
from .reading import LIST_HEAD
from .tokens import Percent


def apart(sc, r, amount):
    """Whether a percentage's sentence and the sentence of an amount stated elsewhere name
    different places or bodies ("Tỉnh Bắc Ninh …" and "Bắc Giang …"): then the amount may
    be the other's."""
    there = sc.catalog.sentence_of.get(id(amount))
    if there is None or there is r.sentence:
        return False
    here, named = names.proper_names(r.sentence.text), names.proper_names(there.text)
    return bool(here and named and not here & named)


def candidates(sc, r, excluded=(), hedged=False, among=None, shared=frozenset()):
    """Return the catalog's entries within reach that could be a reading's missing operand:
    of its subject's unit, positive, read right, not its own amount, not tied to another
    percentage (unless in ``shared``: a whole other shares may share), in none of the sets
    ``excluded``; hedged ones only when ``hedged``; only those ``among`` when given. (The
    sets are looked into, never joined: joining a text-long set for each percentage would
    make the cost grow with the square of the text.)"""
    return [
        e
        for e in (sc.catalog.near(r.sentence, r.percent.start) if among is None else among)
        if e.amount.unit == r.a.unit
        and not (e.net and net_of_part(sc, r, e.net))
        and e.amount is not r.a
        and e.amount.value is not None
        and e.amount.value > 0
        and not e.amount.garbled
        and (hedged or not e.amount.hedge)
        and (id(e.amount) not in sc.tied or id(e.amount) in shared)
        and not any(id(e.amount) in ids for ids in excluded)
    ]


def net_of_part(sc, r, net):
    """Whether the words an amount is said net of (``net``, the catalog's: "Nếu không kể thu
    tiền sử dụng đất, thu nội địa đạt B") name the reading's own part ("Thu tiền sử dụng đất …
    chiếm X% thu nội địa"): a whole without its part is no whole of it (net of another thing
    it stays a rival: "xuất khẩu không tính dầu thô")."""
    return r.a is not None and net <= named_in(sc, r.a)


def sentence_before(sc, sentence):
    """Return the sentence before ``sentence`` in the text, or None."""
    return sc.sentences[sentence.index - 1] if sentence.index > 0 else None


def list_total(sc, sentence):
    """Return context.list_total of a sentence (its list's total and where it is said, or
    None), found once for each sentence."""
    if id(sentence) not in sc.list_totals:
        sc.list_totals[id(sentence)] = context.list_total(sentence, sentence_before(sc, sentence))
    return sc.list_totals[id(sentence)]


def listed_parts(sc, r):
    """Return the sum of the parts of a share that names no whole and of the shares of its
    sentence that name none either, in its part's unit ("The United States took $16.2
    billion, or 36.8 per cent, the EU $4.6 billion, or 10.5 per cent, and Japan $4.5
    billion, or 12.2 per cent": $25.3 billion): their one whole is no smaller."""
    if r.a is None or r.a.value is None or r.object.strip():
        return r.a.value if r.a is not None else None
    key = (r.sentence.index, r.a.unit)
    if key not in sc.listed_sums:  # found once for each sentence and unit
        parts = {
            id(x.a): x.a.value
            for x in sc.by_sentence.get(r.sentence.index, [])
            if x.kind == "share"
            and not x.object.strip()
            and x.a is not None
            and x.a.value is not None
            and x.a.unit == r.a.unit
        }
        sc.listed_sums[key] = sum(parts.values())
    return sc.listed_sums[key]


def nearby(sc, r, keep):
    """Return the readings within reach of a reading's sentence that ``keep`` keeps."""
    return [x for i in sc.sentences_near(r) for x in sc.readings_near(i, r) if keep(x)]


def said_period(r):
    """Return the period a percentage's words and its sentence name (None: none): its own
    clause's first ("Kế hoạch năm 2025, …; năm 2024 thực hiện A, đạt X% dự toán" is of
    2024), else the sentence's."""
    text = r.sentence.paragraph.text
    own = text[max(r.clause.start, r.percent.start - len(r.head)) : r.percent.start]
    return periods.period(r.object) or periods.period(own) or periods.period(r.head)


def plain_words(text):
    """Return a text's distinctive words, without the words of plans and without numbers."""
    # no numbers, nor words a number is written into ("VND5,180" → "vnd5")
    return {x for x in content_words(w.PLAN.sub(" ", text)) if not any(c.isdigit() for c in x)}


def named_in(sc, amount):
    """Return the words an amount of the text is stated with that name an item (found once
    for each amount)."""
    words = sc.item_words.get(id(amount))
    if words is None:
        words = sc.item_words[id(amount)] = frozenset(item_words(sc.catalog.named_by(amount)))
    return words


@functools.lru_cache(maxsize=8192)
def item_words(text):
    """Return the words a text names an item by: distinctive, not of plans, units or numbers."""
    return frozenset(plain_words(text) - _UNIT_WORDS)


#: the endings English adds to a word ("foreign", "foreigners"; "export", "exported"); no
#: Vietnamese syllable ends so, so a syllable is never taken for another by them
_INFLECTION = re.compile(r"(?:s|es|ers?|ing|ed|d)")


def said_in(said, words):
    """Whether every one of the words ``said`` is among ``words``, as written or with an
    English ending added or dropped ("Foreign visitors" of "3.1 million foreigners")."""
    return all(x in words or any(_inflected(x, y) for y in words) for x in said)


def _inflected(a, b):
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return (
        len(short) >= 4
        and long.startswith(short)
        and bool(_INFLECTION.fullmatch(long[len(short) :]))
    )


def named_in_full(sc, r, mine, amounts, rivals, least=2):
    """Return the one amount among ``amounts`` whose words name every one of ``mine`` (at
    least ``least``: the words a percentage names its missing operand by), when none of the
    ``rivals`` (the words of other percentages that want one) is named by it too, and its
    sentence names no other place or body; else None."""
    fits = {t.value: t for t in amounts if len(mine) >= least and mine <= named_in(sc, t)}
    if len(fits) != 1:
        return None
    (found,) = fits.values()
    if any(theirs and theirs <= named_in(sc, found) for theirs in rivals):
        return None  # "thu ngân sách … 96%; thu ngân sách nhà nước … 95%": whose is it?
    return None if apart(sc, r, found) else found


def sibling(sc, r, amount):
    """Whether an amount is stated as a sibling of a share's part, not its whole: both are
    named by every word the share names its whole by, and each by a word of its own that
    the other lacks ("kinh phí khuyến công địa phương" beside "… quốc gia", of "tổng kinh
    phí khuyến công"; "local" and "national funding", of "total funding"), the words of
    place and scope not counted. The part is one stated before its share (after it, its
    words are the share's own); the amount is not stated as a total ("tổng kinh phí …"), nor
    in a headline, which states the passage's total."""
    name = item_words(r.object) - _NOT_ITEMS
    # "285.400 người … bắt buộc và 46.800 người …": listed together, both kinds of the whole
    # (not "exports totalled $391 billion and the surplus reached $20.1 billion, or 5.1% of
    # exports": the surplus is none)
    if _listed_together(sc, r.a, amount) and name - item_words(r.a.said_unit) <= named_in(sc, r.a):
        return True
    if len(name) < 2 or r.a.end > r.percent.start or w.TOTAL.search(sc.catalog.label_of(amount)):
        return False
    there = sc.catalog.sentence_of.get(id(amount))
    if there is not None and there.paragraph.headline:
        return False  # "Sản lượng cà phê … đạt 560.000 tấn" as a headline: the total itself
    mine, theirs = named_in(sc, r.a), named_in(sc, amount)
    if not name <= mine or not name <= theirs or apart(sc, r, amount):
        return False
    return bool((mine - theirs) - _NOT_ITEMS) and bool((theirs - mine) - _NOT_ITEMS)


def _listed_together(sc, a, b):
    """Whether two amounts of one unit are items of one list in one clause ("285.400 người
    tham gia bắt buộc và 46.800 người tham gia tự nguyện"): joined by "và" or "and", with
    no list head, total, comparison, percentage or other amount between them."""
    there = sc.catalog.sentence_of.get(id(a))
    if there is None or there is not sc.catalog.sentence_of.get(id(b)) or a.unit != b.unit:
        return False
    first, second = (a, b) if a.start < b.start else (b, a)
    if there.clause_at(first.start) is not there.clause_at(second.start):
        return False
    between = there.paragraph.text[first.end : second.start]
    joined = _LIST_JOIN.fullmatch(between)
    return bool(joined) and not (LIST_HEAD.search(between) or _TOTAL_OR_COMPARED.search(between))


#: what joins two items of a list: the first's words, then "và" or "and", then words
_LIST_JOIN = re.compile(r"[^\d;%(),]{0,60}?\b(?:và|and)\b[^\d;%(),]{0,60}", re.I)
#: a total or a comparison between two amounts: not items of one list
_TOTAL_OR_COMPARED = re.compile(
    r"\b(?:tổng|total|trong khi|while|so với|against|compared|of|của|trên)\b", re.I
)


def names_an_item(words):
    """Whether words name an item beyond a total, a place and a scope ("of total revenue";
    not "of the total", "trong tổng số", "of all")."""
    return bool(item_words(words) - _NOT_ITEMS)


#: the words of a total, a place and a scope ("tổng số", "trên địa bàn tỉnh", "the city's
#: total"), which name no item of a whole
_NOT_ITEMS = w.SCOPE_WORDS | frozenset(["tong", "total", "so", "dia", "ban"])

#: the words of units and scales, and of assigning a plan, which name no item
_UNIT_WORDS = frozenset(
    [
        "dong",
        "ty",
        "trieu",
        "nghin",
        "ngan",
        "usd",
        "vnd",
        "billion",
        "million",
        "trillion",
        "quadrillion",
        # the words that assign a plan, not an item: "giao", "được duyệt", "điều chỉnh"
        "giao",
        "duoc",
        "duyet",
        "phe",
        "dieu",
        "chinh",
        "assigned",
        "approved",
        "allocated",
    ]
)


def said_of(sc, r, own=False):
    """The words a percentage's sentence says of its subject, and those its amount is
    stated with: what a plan or base found elsewhere must name to be its. ``own``: only
    since the percentage before it ("…, bằng 89,5% dự toán; chi thường xuyên … bằng").
    Found once for each reading."""
    key = (id(r), own)
    if key not in sc.said:
        sc.said[key] = frozenset(_said_now(sc, r, own))
    return sc.said[key]


def _said_now(sc, r, own):
    subject = r.head
    text = r.sentence.paragraph.text
    start = r.clause.start
    if start > r.sentence.start and text[start - 1 : start] == ";":
        # a clause cut off by a semicolon says its own subject, when it says one ("Năm 2024,
        # thu ngân sách đạt …; riêng thu nội địa đạt …, bằng 98% dự toán")
        mine = text[max(start, r.percent.start - len(subject)) : r.percent.start]
        if item_words(w.KEYWORD.sub(" ", mine)) - w.SCOPE_WORDS:
            subject = mine
    if own:
        last = next(
            (t for t in r.sentence.back(r.percent.start) if isinstance(t, Percent)),
            None,
        )
        if last is not None and last.end > r.percent.start - len(subject):
            subject = r.sentence.paragraph.text[last.end : r.percent.start]
    words = item_words(w.KEYWORD.sub(" ", subject))  # its verbs name no item: "up", "đạt"
    return words | named_in(sc, r.a) if r.a is not None else words


def measures(text):
    """Return the measures a text names ("exports" and "export" one; sales and shipments
    to a market are its exports)."""
    text = _SOLD_TO.sub("exports to", text)
    return {m.lower().removesuffix("s") for m in _MEASURE_WORD.findall(text)}


def of_measure(sc, amount, said):
    """Whether an amount's words name one of the measures ``said``, or none at all."""
    own = measures(sc.catalog.label_of(amount))
    return not own or bool(own & said)


_SOLD_TO = re.compile(
    r"\b(?:sales|shipments|deliveries) to\b(?!\s+(?:the\s+)?(?:domestic|local|home)\b)",
    re.IGNORECASE,
)


#: the words of what a report measures, as against what it is measured of
_MEASURE_WORD = re.compile(
    r"\b(?:thu ngân sách|chi ngân sách|xuất khẩu|nhập khẩu|vốn|lợi nhuận|doanh thu|GRDP|GDP|"
    r"revenue|budget|exports?|imports?|investment|profits?|spending|sales|output|"
    r"disburse\w*|giải ngân)\b",
    re.IGNORECASE,
)
