"""A share of a whole its name says is the sum of amounts the passage states: total trade
is exports and imports together ("Xuất siêu 940 triệu USD, chiếm 10,7% tổng kim ngạch xuất
nhập khẩu" after "xuất khẩu 4.860 triệu USD; … nhập khẩu 3.920 triệu USD", no total of them
said); a total of items named alike is the share's part and its siblings together ("kinh
phí khuyến công địa phương 6,8 tỷ đồng; kinh phí khuyến công quốc gia 2,5 tỷ đồng, chiếm
26,9% tổng kinh phí khuyến công"). How firm each tie is, evidence.py decides.
"""

import re

from ..core.i18n import _
from ..core.interval import Interval
from . import evidence, periods
from . import words as w
from .context import derive
from .language import detect_locale
from .reach import candidates, item_words, list_total, named_in, sentence_before, sibling
from .shared import share_whole_ids
from .tokens import Amount
from .units import COUNT_NAMED

#: the words of total trade, and of its two sides (content.py joins "xuất nhập khẩu",
#: "import-export" and "two-way trade" into "xnk", "xuất khẩu" and "exports" into "xk")
_TRADE, _SIDES = "xnk", ("xk", "nk")


def tie_trade_sum(sc, r):
    """Tie a share of total trade that no stated amount is (``r.strength`` None) to the sum
    of the one export and the one import amount of its unit its passage states, of one
    period, when no amount is stated as total trade itself. Firm: the whole's name says
    what it is the sum of."""
    if r.kind != "share" or r.a is None or r.a.value is None or r.strength is not None:
        return
    if _TRADE not in item_words(r.object) or w.ELSEWHERE.search(r.object):
        return  # (not "… tổng kim ngạch xuất nhập khẩu cả nước": a wider scope's)
    sides: dict[str, dict] = {side: {} for side in _SIDES}
    for e in candidates(sc, r):
        words = named_in(sc, e.amount)
        if _TRADE in words:
            return  # total trade is stated: not tied here, not summed
        if sc.roles.get(id(e.amount)) not in ("plain", "new"):
            continue
        found = [side for side in _SIDES if side in words]
        if len(found) == 1:
            sides[found[0]][e.amount.value] = e
    if any(len(found) != 1 for found in sides.values()):
        return
    exports, imports = (next(iter(sides[side].values())) for side in _SIDES)
    if not periods.compatible(exports.period, imports.period):
        return
    whole = derive(exports.amount, [imports.amount], detect_locale(r.sentence.paragraph.text))
    if whole.value <= r.a.value:
        return
    how = _("{amount} (line {line}), exports and imports together, the total trade it names")
    how = how.format(amount=whole.text, line=sc.catalog.line_of(exports.amount))
    r.tie("ratio", r.a, whole, how, evidence.FIRM)
    r.missing = ""


#: the most tokens the sentences a sum of grades or of two things is looked for in may hold
#: (so that a sentence of thousands of such shares is read in time linear in it)
_MOST = 120
#: a share's subject that names the grades from one up: "sản phẩm 4 sao trở lên", "từ 4 sao
#: trở lên", "4-star and above", "4 stars or higher"
_GRADES_UP = re.compile(
    r"(?<!\d)([1-9])\s*-?\s*(?:sao|stars?)\s+(?:trở lên|and above|or above|or more|or higher|and "
    r"higher)\b",
    re.IGNORECASE,
)
#: the grade an amount is said of, after its count's words: "51 sản phẩm 4 sao", "3 sản phẩm
#: tiềm năng 5 sao", "312 four-star hotels" is not read (digits only)
_GRADE_AFTER = re.compile(r"[^\d,;.()%]{0,30}?(?<!\d)([1-9])\s*-?\s*(?:sao|stars?)\b", re.I)


def tie_grades_up(sc, r):
    """Tie a share whose subject names the grades from one up ("Như vậy, sản phẩm 4 sao trở
    lên chiếm 17,3% tổng số sản phẩm OCOP") to the amounts of those grades the sentence
    before or its own lists added up ("312 sản phẩm …, trong đó 258 sản phẩm 3 sao, 51 sản
    phẩm 4 sao và 3 sản phẩm tiềm năng 5 sao": 51 + 3), of their list's total: firm, as
    the words say which parts are summed."""
    if r.kind != "share" or r.a is not None or r.strength is not None:
        return
    up = _GRADES_UP.search(r.head)
    said = r.object.strip()
    if up is None or (said and not (w.TOTAL.search(said) or COUNT_NAMED.search(said))):
        return  # (not "chiếm 17,3% doanh thu OCOP": a share of another measure)
    for s in (r.sentence, sentence_before(sc, r.sentence)):
        if s is None or len(s.tokens) + len(r.sentence.tokens) > _MOST:
            continue  # (bounded: a list of grades is a few amounts long)
        text = s.paragraph.text
        graded = []
        for t in s.tokens:
            if isinstance(t, Amount) and t.end <= r.percent.start:
                m = _GRADE_AFTER.match(text, t.end)
                if m is not None and t.value is not None:
                    graded.append((int(m.group(1)), t))
        found = list_total(sc, s)
        if len(graded) < 2 or len({t.unit for _g, t in graded}) != 1 or found is None:
            continue
        summed = [t for grade, t in graded if grade >= int(up.group(1))]
        whole = found[0]
        listed = {id(t) for _g, t in graded} | {id(whole)}
        if any(
            isinstance(t, Amount) and t.unit == whole.unit and id(t) not in listed
            for t in (*s.tokens, *r.sentence.tokens)
        ):  # "Toàn tỉnh có 150 sản phẩm OCOP; … công nhận mới 40 sản phẩm, gồm …": which
            return  # total the grades are of is not said
        if not summed or len(summed) == len(graded) or whole.unit != summed[0].unit:
            return  # (every grade listed is one of those named: "the total" is the part)
        part = derive(summed[0], summed[1:], detect_locale(text)) if len(summed) > 1 else summed[0]
        if whole.value is None or whole.value <= part.value:
            return
        how = _("{amount} (line {line}), the parts of the grades its words name added up")
        r.tie(
            "ratio", part, whole, how.format(amount=part.text, line=s.paragraph.line), evidence.FIRM
        )
        r.missing = ""
        return


#: a whole named as two things together: "tổng thu của hai thành phố", "của cả hai", "of the
#: two cities' combined revenue", "the two combined" (not "of both": each's, perhaps)
_TWO = re.compile(
    r"\b(?:(?:của\s+)?(?:cả\s+)?hai\s+(?:thành phố|tỉnh|địa phương|thị trường|doanh nghiệp|"
    r"ngân hàng|khu vực|hãng|công ty|nước|mặt hàng|ngành)\b|(?:của\s+)?cả hai\b|"
    r"(?:of\s+)?the two\b[^,;.%()]{0,30}?\b(?:combined|together)\b)",
    re.IGNORECASE,
)


def tie_two_together(sc, r):
    """Tie a share of a whole named as two things together ("riêng Hà Nội chiếm 53,3% tổng
    thu của hai thành phố", "53.3 percent of the two cities' combined revenue") to the sum
    of the two amounts of its part's unit its sentence and the one before state, its part
    one of them or not: firm, as the words say what is summed. Not when more or fewer than
    two such amounts are said there, a whole of another share not counted."""
    if r.kind != "share" or r.a is None or r.a.value is None or not _TWO.search(r.object):
        return
    if r.strength in (evidence.STRONG, evidence.FIRM):
        return
    sentences = [x for x in (sentence_before(sc, r.sentence), r.sentence) if x is not None]
    sentences = [x for x in sentences if x.paragraph is r.sentence.paragraph]
    if sum(len(x.tokens) for x in sentences) > _MOST:
        return  # (bounded: the two are said in a sentence or two of a few amounts)
    # (a whole another share is of is no one of the two: "… of total exports of B")
    wholes = share_whole_ids(sc) | {
        id(y.b)
        for x in sentences
        for y in sc.by_sentence.get(x.index, [])
        if y.kind == "share" and y.b is not None
    }
    amounts = [
        t
        for x in sentences
        for t in x.tokens
        if isinstance(t, Amount)
        and t.unit == r.a.unit
        and t.end <= r.percent.start
        and not t.in_parens
        and sc.roles.get(id(t)) in ("plain", "new")
        and id(t) not in wholes
    ]
    others = [t for t in amounts if t is not r.a]
    if len(others) == 1 and len(amounts) == 2:
        others = amounts  # "Hà Nội thu A, TP.HCM thu B; riêng Hà Nội chiếm …": its part one
    if len(others) != 2:
        return
    whole = derive(others[0], others[1:], detect_locale(r.sentence.paragraph.text))
    if whole.value <= r.a.value:
        return
    how = _("{amount} (line {line}), the two its words name, added up")
    how = how.format(amount=whole.text, line=sc.catalog.line_of(others[0]))
    r.tie("ratio", r.a, whole, how, evidence.FIRM)
    r.missing = ""


def tie_siblings_sum(sc, r):
    """Tie a share of a total that its passage does not state ("kinh phí khuyến công quốc
    gia 2,5 tỷ đồng, chiếm 26,9% tổng kinh phí khuyến công") to the sum of its part and the
    part's siblings (reach.sibling), of its unit and period: "kinh phí khuyến công địa
    phương 6,8 tỷ đồng". A sibling is no whole of its part, so the sum replaces a weak tie
    to one; whether the siblings are all the total's items the words do not say, so the tie
    is weak: only to confirm."""
    if r.kind != "share" or r.a is None or r.a.value is None or not w.TOTAL.search(r.object):
        return
    if r.strength not in (None, evidence.WEAK):
        return
    when = periods.period(sc.catalog.label_of(r.a))
    siblings: dict = {}
    for e in candidates(sc, r):
        if (
            sibling(sc, r, e.amount)
            and sc.roles.get(id(e.amount)) in ("plain", "new")
            and periods.compatible(when, e.period)
        ):
            siblings.setdefault(e.amount.value, e.amount)
    if not siblings or (r.strength == evidence.WEAK and r.b not in siblings.values()):
        return  # (a weak tie to another amount than a sibling stands)
    first, *rest = sorted([r.a, *siblings.values()], key=lambda a: a.start)
    whole = derive(first, rest, detect_locale(r.sentence.paragraph.text))
    how = _("{amount}: its part and the other amounts named by the same words, the total it names")
    r.tie("ratio", r.a, whole, how.format(amount=whole.text), evidence.WEAK)
    r.missing = ""


def holding(part, wholes):
    """Return, of the amounts a share's total may be, those no larger one holds together
    with its part, and whether one that is held is, with the part, exactly a larger one: of
    "8.2 million visitors …, 2.9 million international …, 35.4 per cent of the total, while
    domestic visitors numbered 5.3 million", the 5.3 million is a part beside the 2.9 million
    (together 8.2 million, as written), not the total; of "thu 6.284 tỷ đồng …; thu tiền sử
    dụng đất 3.150 tỷ đồng …; ngoài quốc doanh 1.420 tỷ đồng, chiếm 22,6% tổng thu", the
    3.150 is at most a part of the 6.284 beside the 1.420. The figures as written, no
    rounding allowed: "$3 billion" and "$8 billion" are not within "$10 billion". An exact
    sum counts only of figures of two significant digits or more: round ones ("$3 billion
    and $7 billion") add up by chance."""
    kept, exact = [], False
    for t in wholes:
        both = part.value + t.value
        larger = [u.value for u in wholes if u.value > t.value]
        if not any(both <= u for u in larger):
            kept.append(t)
        exact = exact or (both in larger and min(map(_digits, (part.value, t.value, both))) > 1)
    return kept, exact


def added_up(sc, wholes):
    """Return the ids of the amounts among ``wholes`` that, with another amount of their
    unit said near them, in their sentence or the next, make up a larger one of them, as far
    as their rounding allows: "US$1.26 billion" of new capital, "$348 million" added, and "Total new
    and added capital reached $1.61 billion": the first is a part of the last, no total
    beside it. Only among a few wholes, each of two significant digits or more (round
    figures add up by chance)."""
    if not 1 < len(wholes) <= _FEW_WHOLES:
        return set()
    found = set()
    for t in wholes:
        larger = [u for u in wholes if u.value > t.value and _digits(u.value) > 1]
        if not larger or _digits(t.value) < 2:
            continue
        others = [
            e.amount
            for e in sc.catalog.around(t, _NEAR)  # (a bounded few: the cost stays linear)
            if e.amount.unit == t.unit
            and e.amount is not t
            and e.amount.value
            and _digits(e.amount.value) > 1
        ]
        sums = [Interval.unround(t.value) + Interval.unround(o.value) for o in others]
        if any(
            total.meets(Interval.unround(u.value))
            for u in larger
            for o, total in zip(others, sums, strict=True)
            if o is not u
        ):
            found.add(id(t))
    return found


#: the most wholes added_up weighs against each other, and how many amounts on each side of
#: one it adds to it
_FEW_WHOLES, _NEAR = 6, 8


def _digits(value):
    """The significant digits a figure is written with: 8,2 triệu → 2, 10 tỷ → 1."""
    return len(value.normalize().as_tuple().digits)
