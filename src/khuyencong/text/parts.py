"""A share whose part is named but not stated ("Tỷ trọng chăn nuôi chiếm 33,6%", "riêng
Phú Mỹ I chiếm 51,8%"): its part is the one amount the passage states under the words it is
named by, and its whole a total that part is listed under. How firm each tie is, and what
verdicts it allows, is decided in evidence.py.
"""

import re

from ..core.i18n import _
from ..core.interval import Interval
from . import evidence, periods
from . import words as w
from .context import derive
from .language import detect_locale
from .reach import item_words, list_total, measures, named_in, said_in
from .shared import same_whole
from .tokens import Amount, is_money


def tie_part(sc, r):
    """Tie a share whose part is named but not stated ("Tỷ trọng chăn nuôi chiếm 33,6%",
    "trong đó vốn đăng ký mới chiếm 69,8%") to the one amount the passage states under all
    those words, and to the total of a list: the one its own sentence opens, or the one the
    part is listed under. Firm when that total is the part's own list's ("… 15.240 tỷ đồng;
    trong đó trồng trọt …, chăn nuôi 5.120 tỷ đồng"); weak otherwise (evidence.py)."""
    if r.kind != "share" or r.a is not None or r.strength is not None:
        return
    if _tie_remainder(sc, r):
        return
    text = r.sentence.paragraph.text
    last = r.sentence.last_before(r.percent.start)
    subject = text[last.end if last is not None else r.sentence.start : r.percent.start]
    subject = subject.split(";")[-1]  # a semicolon ends the clause before the share's own
    said = item_words(w.KEYWORD.sub(" ", subject))  # "Indonesia accounted for": Indonesia
    when = periods.period(subject)
    if not said:
        return
    whole_end = r.percent.end + len(r.object)  # the words after it name its whole
    usable = [
        e
        for e in sc.catalog.near(r.sentence, r.percent.start)
        if e.amount.value is not None
        and not (e.amount.hedge or e.amount.garbled)
        and sc.roles.get(id(e.amount)) in ("plain", "new")
        and e.amount is not r.b
        and not (e.sentence is r.sentence and r.percent.end <= e.amount.start < whole_end)
        # of the period its own clause names ("…; năm 2025 thu nội địa chiếm 72%": not 2026's)
        and periods.compatible(when, e.period)
    ]
    # named by its own words, or else by them and its list's total's ("nông nghiệp 30.150
    # tỷ đồng", not "lâm nghiệp 1.980" under "Giá trị sản xuất nông, lâm, thủy sản")
    # (a count's noun names it too: "số người tham gia tự nguyện" of "46.800 người tham gia
    # tự nguyện")
    named = {e.amount.value: e for e in usable if said_in(said, _named(sc, e.amount))}
    wanted = measures(r.object)  # "of Vietnam's imports": the imports from China
    if len(named) > 1 and wanted:
        named = {v: e for v, e in named.items() if measures(e.label) & wanted} or named
    if len(named) > 1:  # a list's total is none of its parts: "… thủy sản 10.730 tỷ đồng"
        totals = {id(found[0]) for e in named.values() if (found := list_total(sc, e.sentence))}
        named = {v: e for v, e in named.items() if id(e.amount) not in totals}
    if len(named) > 1:  # nor is the total the share names: "Vốn cấp mới chiếm 75,9% tổng
        # vốn" of "Tổng vốn FDI cấp mới và điều chỉnh …", larger than the part it names
        least = min(named)
        named = {v: e for v, e in named.items() if v == least or not _says_total(r, e)}
    if not named:
        named = {
            e.amount.value: e
            for e in usable
            if said_in(said, _named(sc, e.amount) | _list_words(sc, e))
        }
    if not named:  # its words said again as written, commas and all ("69 cơ sở được hỗ
        # trợ máy móc, thiết bị. Số cơ sở được hỗ trợ máy móc, thiết bị chiếm 72,6%")
        named = {e.amount.value: e for e in usable if _said_again(sc, e.amount, subject)}
    loose = not named
    if loose:  # "Chương trình khuyến công … với tổng kinh phí 9,8 tỷ đồng …; kinh phí khuyến
        # công chiếm …": its head noun named beside the amount, the rest of its words before
        # it in the sentence; only to confirm
        head = item_words(" ".join(w.KEYWORD.sub(" ", subject).split()[:2]))
        named = {
            e.amount.value: e
            for e in usable
            if e.sentence is r.sentence
            and head
            and head <= named_in(sc, e.amount)
            and said <= named_in(sc, e.amount) | _words_before(e)
        }
    if len(named) != 1:
        return
    part = next(iter(named.values()))
    listed, own = list_total(sc, part.sentence), list_total(sc, r.sentence)
    if listed and own and listed[0] is not own[0]:
        return  # "Nhập khẩu …; trong đó điện tử chiếm 40%": not the exports' electronics
    # "Indonesia accounted for 13.3 per cent of Vietnam's total rice exports of 9 million
    # tonnes": the whole its own words state
    stated = [t for t in r.clause.between(r.percent.end, whole_end) if isinstance(t, Amount)]
    stated = [r.b] if r.b is not None else stated[:1] if w.TOTAL.search(r.object) else []
    # "…, chiếm 35% tổng vốn đầu tư … (11.860 tỷ đồng); riêng Phú Mỹ II chiếm 18,1%": the
    # whole the share before it, said in the same words, is tied to
    same = same_whole(sc, r, part.amount)
    after = _total_after(sc, part)
    firm = evidence.WEAK if loose else evidence.FIRM
    # a whole its sentence states before it, its part said in another sentence, may be of
    # another period than that part ("… last year. Exports reached $44 billion this year,
    # with textiles accounting for …"): only to confirm
    apart = r.b is not None and r.b.end <= r.percent.start and part.sentence is not r.sentence
    stated_strength = evidence.WEAK if apart else firm
    for found, strength in (
        (stated, stated_strength),  # its own words' whole first, then its part's list's
        (listed, firm),
        ([same] if same is not None else [], firm),
        (after, firm),
        (_named_by_object(sc, r, part, usable), firm),
        _total_named(sc, r, part, usable, firm),
        (own, evidence.WEAK),
        (_said_before(sc, r, part), evidence.WEAK),
    ):
        whole = found[0] if found else None
        if whole is None or whole is part.amount or whole.unit != part.amount.unit:
            continue
        if whole.value is None or whole.value <= part.amount.value:
            continue
        if w.FORECAST.search(sc.catalog.label_of(whole)) and not w.FORECAST.search(
            r.head + " " + sc.catalog.label_of(part.amount)
        ):
            continue  # "VASEP expects the full-year figure to reach B": no whole of what was
        how = _("{part} (line {line}), the amount its words name, of {whole}").format(
            part=part.amount.text, line=sc.catalog.line_of(part.amount), whole=whole.text
        )
        r.tie("ratio", part.amount, whole, how, strength)
        r.missing = ""
        return
    if not loose:  # "Domestic revenue thus accounted for 74.7% of the total": the part its
        r.a = part.amount  # words name, its whole left to the passage's (elsewhere.py)


def _named(sc, amount):
    """Return the words that name an amount, its count noun's among them."""
    return named_in(sc, amount) | item_words(amount.said_unit)


def _said_again(sc, amount, subject):
    """Whether a share's subject ("Số cơ sở được hỗ trợ máy móc, thiết bị") says again, as
    written, a count's noun and the words that go on after it, commas and all ("69 cơ sở
    được hỗ trợ máy móc, thiết bị"): three words or more."""
    said = _SAID_AGAIN.sub("", " ".join(w.KEYWORD.sub(" ", subject).lower().split()))
    if is_money(amount) or len(said.split()) < 3:
        return False
    there = sc.catalog.sentence_of.get(id(amount))
    if there is None:
        return False
    text = there.paragraph.text
    rest = text[amount.start : min(there.end, amount.start + len(said) + _NUMBER)].lower()
    number = rest.split(maxsplit=1)
    return len(number) == 2 and " ".join(number[1].split()).startswith(said)


#: the words that open a share's subject and name none of it ("Số", "Tỷ lệ", "the number
#: of"), and the most characters of a number as written
_SAID_AGAIN = re.compile(r"^(?:số lượng|số|the number of)\s+")
_NUMBER = 20


def _words_before(e):
    """Return the words an entry's sentence says before its amount (at most _OPENING
    characters back)."""
    start = max(e.sentence.start, e.amount.start - _OPENING)
    return item_words(e.sentence.paragraph.text[start : e.amount.start])


#: how far back a part's words may be said before its amount
_OPENING = 300


def _named_by_object(sc, r, part, usable):
    """Return, as a list of one or none, the one amount of a part's unit, larger than it,
    that every word of the whole a share names after it names ("chiếm 15,7% tổng vốn đầu
    tư" of "tổng vốn đầu tư của các cơ sở 62,4 tỷ đồng")."""
    wanted = item_words(r.object)
    if not wanted:
        return []
    found = {
        e.amount.value: e.amount
        for e in usable
        if e.amount is not part.amount
        and e.amount.unit == part.amount.unit
        and e.amount.value > part.amount.value
        and wanted <= named_in(sc, e.amount)
        and _same_time(sc, e, part)
    }
    return list(found.values()) if len(found) == 1 else []


#: a share's whole named only as a total: "tổng vốn", "of the total", "tổng kim ngạch"
_TOTAL_OBJECT = w._re(r"^\s*(?:of\s+)?(?:the\s+|its\s+|của\s+)?(?P<total>(?:tổng|total)\b.*?)\s*$")


def _total_named(sc, r, part, usable, firm):
    """Return ([the whole], how firm) for a share whose whole is named only as a total
    ("Vốn đăng ký mới chiếm 75% tổng vốn"): the one amount of its part's unit, larger than
    it, whose own words say that total ("Tổng vốn FDI thu hút đạt 550 triệu USD"; the
    part's "tổng vốn đăng ký" is the part). Firm (when the part is) if the whole's words
    name no item its part's sentence does not say ("FDI", "thu hút"); weak otherwise."""
    found = {
        e.amount.value: e
        for e in usable
        if e.amount is not part.amount
        and e.amount.unit == part.amount.unit
        and e.amount.value > part.amount.value
        and _says_total(r, e)
        and _same_time(sc, e, part)
    }
    if len(found) != 1:
        return [], firm
    (whole,) = found.values()
    named = named_in(sc, whole.amount)
    known = named_in(sc, part.amount) | _words_before(part)
    strength = firm if evidence.lone_strength(named, known) == evidence.FIRM else evidence.WEAK
    return [whole.amount], strength


def _same_time(sc, whole, part):
    """Whether a whole (a catalog entry) may hold a part of its period and year: not "Năm
    2023, tổng vốn FDI … đạt 600 triệu USD" for a part of "9 tháng năm 2024"."""
    years = sc.years.get(id(whole.sentence)), sc.years.get(id(part.sentence))
    return periods.holds(whole.period, part.period) and periods.compatible(*years)


def _says_total(r, e):
    """Whether a catalog entry's own words say the total a share's whole is named as only
    ("tổng vốn": "Tổng vốn FDI … đạt"; "of the total": "Total FDI reached")."""
    m = _TOTAL_OBJECT.match(r.object)
    if m is None or not w.TOTAL.search(e.label):  # most labels say no total: not joined
        return False
    return " ".join(m.group("total").lower().split()) in " ".join(e.label.lower().split())


def _list_words(sc, e):
    """Return the words of the total a catalog entry's amount is listed under, which name it
    too: "kinh phí khuyến công … là 9.850 triệu đồng, gồm … khuyến công địa phương 7.500
    triệu đồng" states the "kinh phí khuyến công địa phương"; its count noun too: "7.8
    million visitors, including 3.1 million foreigners" states the foreign visitors."""
    s = e.sentence
    if s.list_at is None or e.amount.start < s.list_at:
        return frozenset()
    found = list_total(sc, s)
    return _named(sc, found[0]) if found and found[0] is not e.amount else frozenset()


#: words that say the amount after them is the total of what the sentence listed before it:
#: "… và Đất Đỏ (620 tỷ đồng) thu hút tổng cộng 4.150 tỷ đồng", "a combined $4.15 billion"
_TOTAL_SAID = w._re(
    r"\b(?:tổng cộng|tổng số|tổng|a total of|a combined|combined|totall?ing|in total)"
    r"\s*(?:là|đạt|of)?\s*(?:VND|US\$|\$)?\s*$"
)


def _total_after(sc, part):
    """Return, as a list of one or none, the amount of a part's unit that the part's own
    sentence states after it as the total of what it lists ("ba khu công nghiệp A (2.150 tỷ
    đồng), B (1.380 tỷ đồng) và C (620 tỷ đồng) thu hút tổng cộng 4.150 tỷ đồng"), when the
    amounts it lists before it are together no more than that total."""
    s, text = part.sentence, part.sentence.paragraph.text
    alike = [
        t
        for t in s.tokens
        if isinstance(t, Amount) and t.unit == part.amount.unit and t.value is not None
    ]
    for t in alike:
        if t.start > part.amount.end and _TOTAL_SAID.search(
            text[max(s.start, t.start - 30) : t.start]
        ):
            listed = [Interval.unround(x.value) for x in alike if x.end <= t.start]
            fits = Interval.total(listed).low <= Interval.unround(t.value).high
            return [t] if fits and not t.hedge else []
    return []


def _said_before(sc, r, part):
    """Return, as a list of one or none, the amount of a part's unit that a share naming no
    whole has for its sentence's subject before it, when that amount is of a period that
    holds the part's ("Tính chung 6 tháng, kim ngạch xuất khẩu đạt 5,82 tỷ USD …; riêng
    quý II chiếm 53,3%" of "Quý II/2024, … đạt 3,1 tỷ USD"): a whole it may be, weakly."""
    if r.object.strip():
        return []
    for e in reversed(sc.catalog.of_sentence(r.sentence)):
        t = e.amount
        if t.start > r.percent.start or t.unit != part.amount.unit or t.hedge:
            continue
        if sc.roles.get(id(t)) not in ("plain", "new"):
            continue
        return [t] if periods.holds(e.period, part.period) else []
    return []


def _tie_remainder(sc, r):
    """Tie a share of what is left ("phần còn lại từ khuyến công quốc gia, chiếm 23,9%",
    "the remaining 65 per cent") to the whole the sentence's other shares are tied to and,
    for its part, that whole less their parts: firm, as the words say it is the rest."""
    last = r.sentence.last_before(r.percent.start)
    said = r.sentence.paragraph.text[
        last.end if last is not None else r.sentence.start : r.percent.start
    ]
    if not w.REMAINDER.search(said):
        return False
    others = [
        x
        for x in sc.by_sentence.get(r.sentence.index, [])
        if x.percent.start < r.percent.start  # the parts said before it
        and x.kind == "share"
        and x.strength == "strong"
        and x.a is not None
    ]
    wholes = {id(x.b): x.b for x in others}
    if not others:  # "Of these, international tourists numbered 1.8 million, …, while
        # domestic tourists accounted for the remaining 71 per cent": the list's total, less
        # the amounts of its unit its sentence states before it
        found = list_total(sc, r.sentence)
        whole = found[0] if found else r.sentence.first_whole
        parts = [
            t
            for t in r.sentence.tokens
            if isinstance(t, Amount)
            and whole is not None
            and t is not whole
            and t.unit == whole.unit
            and t.end <= r.percent.start
            and sc.roles.get(id(t)) in ("plain", "new")
        ]
        wholes = {id(whole): whole} if whole is not None and parts else {}
    else:
        parts = [x.a for x in others]
    if len(wholes) != 1:
        return True  # a remainder of what is not said: no other part is it
    (whole,) = wholes.values()
    if whole.value is None or any(t.value is None or t.unit != whole.unit for t in parts):
        return True
    if whole.value <= sum(t.value for t in parts):
        return True
    rest = derive(whole, parts, detect_locale(r.sentence.paragraph.text), minus=True)
    how = _("{whole} less the parts said before it, what is left of it").format(whole=whole.text)
    r.tie("ratio", rest, whole, how, evidence.FIRM)
    r.missing = ""
    return True
