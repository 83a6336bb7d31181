"""Report text → tokens: amounts with their units, percentages, slash ratios and multiples.

Numbers keep the digits as written; an amount is held in its unit's base (đồng, USD, or a
count such as firms) by moving the decimal point (``108,989 tỷ đồng`` → 108.989E9 đồng),
which keeps its precision. A number whose separators do not fit the text's notation
(``1.76`` in Vietnamese text) is garbled, and so is a unit like ``tỷ triệu USD``: both are
kept as tokens, so nothing relies on them, and never read as something else.
"""

import re
from bisect import bisect_right
from decimal import Decimal

from ..core.numbers import MAX_DIGITS
from .counted import counted_bare, people_listed, people_of
from .units import (
    ABBREVIATED_BEFORE,
    ABBREVIATED_SCALES,
    COUNT,
    COUNTS,
    CURRENCIES,
    HEDGES,
    RUN_JOIN,
    SCALES,
    alternatives,
    bodies_counted,
    counted_as_before,
    unsaid_unit,
)

_alternatives = alternatives
_NUM = r"\d+(?:[.,]\d+)*"
_NUMBER = re.compile(_NUM)
_HEDGE = rf"(?P<hedge>{_alternatives(HEDGES)})\s+"
_SCALE = _alternatives(SCALES)
_ABBREVIATED = rf"(?:{_alternatives(ABBREVIATED_SCALES)}){ABBREVIATED_BEFORE}"
_POWERS = {**SCALES, **ABBREVIATED_SCALES}
_CURRENCY_AFTER = _alternatives(c for c in CURRENCIES if c not in ("$", "us$"))
_COUNT = COUNT
#: "số hồ sơ", "tổng số doanh nghiệp", "of the dossiers": the number of what a noun counts
_NUMBER_OF = re.compile(
    rf"^\s*(?:of\s+)?(?:(?:tổng(?:\s+số)?|số)(?:\s+lượng)?|the(?:\s+(?:total\s+)?number\s+of)?|"
    rf"all(?:\s+the)?)\s+(?P<count>{_COUNT})(?!\w)",
    re.IGNORECASE,
)


def number_of(words):
    """Return the unit whose number the words name ("số hồ sơ" → dossiers), or None."""
    m = _NUMBER_OF.match(words)
    return COUNTS[m.group("count").lower()] if m else None


_PREFIX = r"(?P<prefix>US\$|\$|VNĐ|VND|USD)\s?"

# Each pattern starts at the number, so the engine skips text without digits at once; what
# may stand before a number (a hedge, a currency sign) is read back from there.
AMOUNT = re.compile(
    rf"(?<![\d.,])(?P<num>{_NUM})(?:/(?P<den>{_NUM}))?"
    # a scale joined by a hyphen, as an adjective: "$50-billion"; a count so joined only as
    # a plan's size: "its 3,500-hectare target" (not "1,200 10-tonne trucks", a kind)
    rf"(?:(?:\s*|-)(?P<scale>{_SCALE}|{_ABBREVIATED})(?P<garble>\s+(?:{_SCALE}))?)?"
    r"(?:(?<=[.rR])|(?![\w%]))"  # no word runs on, but a currency after "tr."/"tr"
    rf"(?:\s*(?P<currency>{_CURRENCY_AFTER})(?!\w)"
    rf"|(?:\s+|-(?=(?:{_COUNT})\s+(?:[\w-]+\s+)?(?:target|plan|goal|quota|estimate)s?\b))"
    rf"(?P<count>{_COUNT})(?!\w)(?!\s+phần trăm|\s?%))?",  # "1,2 điểm %": none
    re.IGNORECASE,
)


#: the words that make "15/12" a day and month: "ngày 15/12", "đến 30/11", "on 15/12"
def _a_year(text, m):
    """Whether a number before a count noun is a year: four digits 19xx/20xx with no
    separator, after "năm", "in", "year", "since" or "từ"."""
    return bool(
        _YEAR_DIGITS.fullmatch(m.group("num"))
        and _YEAR_WORD.search(text, max(0, m.start() - 12), m.start())
    )


_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")
_YEAR_WORD = re.compile(r"\b(?:năm|in|year|since|từ|and|và)\s*$", re.IGNORECASE)
DATE_BEFORE = re.compile(
    r"\b(?:ngày|hôm|đến|tới|từ|hết|sáng|chiều|tối|trưa|on|by|since|until|from|to)\s*$",
    re.IGNORECASE,
)
PREFIX_BEFORE = re.compile(r"(?P<prefix>US\$|\$|VNĐ|VND|USD)\s?$", re.IGNORECASE)
HEDGE_BEFORE = re.compile(rf"(?:^|(?<=\W))(?P<hedge>{_alternatives(HEDGES)})\s+$", re.IGNORECASE)
#: a percentage as printed; a minus sign right after a digit is a range's dash ("1,5-2,1%")
PERCENT = re.compile(
    rf"(?P<open>\()?(?:(?<![\d.,%])(?P<sign>[-−]))?(?<![\d.,])(?P<num>{_NUM})\s*"
    r"(?P<mark>%|phần trăm|per ?cent\b|pct\b|(?<=\d)(?-i:pc)\b)(?P<close>\))?",  # "23pc": British
    re.IGNORECASE,
)
#: a change in points: "1,2 điểm phần trăm", "1,2 điểm %", "0.2 percentage points"
POINT_WORDS = r"(?:điểm phần trăm|điểm\s?%|percentage[- ]points?)"
POINTS = re.compile(rf"(?P<num>{_NUM})\s*{POINT_WORDS}", re.IGNORECASE)
TIMES = re.compile(
    rf"(?:gấp|gần gấp|bằng)\s+(?:(?P<hedge>gần|hơn|khoảng|xấp xỉ|trên)\s+)?(?P<num>{_NUM})\s*lần"
    rf"|(?:(?P<hedge2>{_alternatives(HEDGES)})\s+)?(?P<num2>{_NUM})(?:\s+times|-fold)\b",
    re.IGNORECASE,
)


class Token:
    """A span of the text: where it is, what it says, and the number as written."""

    __slots__ = ("end", "hedge", "in_parens", "start", "text")

    def __init__(self, text, start, end, hedge=None, in_parens=False):
        self.text, self.start, self.end = text, start, end
        self.hedge, self.in_parens = hedge, in_parens


class Amount(Token):
    """An amount with its unit: ``value`` in the unit's base (đồng, USD, a count)."""

    __slots__ = ("garbled", "power", "said_unit", "scaled", "unit", "value")

    def __init__(
        self,
        text,
        start,
        end,
        value,
        unit,
        hedge=None,
        in_parens=False,
        garbled="",
        power=0,
        said_unit="",
    ):
        super().__init__(text, start, end, hedge, in_parens)
        self.value, self.unit, self.garbled = value, unit, garbled
        self.power = power  # the power of ten of its scale word: 9 for "tỷ"
        self.scaled = bool(power)  # said with a scale word (tỷ, triệu, billion…)
        self.said_unit = said_unit  # its unit as written: "tỷ đồng", "billion USD", "DN"

    @property
    def written(self):
        """The value in the unit it was written in: 108,989 tỷ đồng → 108.989."""
        return self.value.scaleb(-self.power) if self.value is not None else None

    def __repr__(self):
        return f"Amount({self.text!r})"


class Slash(Token):
    """``A/B unit``: two amounts of one unit, the first as a part of the second."""

    __slots__ = ("first", "second")

    def __init__(self, text, start, end, first, second, in_parens=False):
        super().__init__(text, start, end, None, in_parens)
        self.first, self.second = first, second


class Percent(Token):
    """A percentage (or a multiple, or percentage points) as printed."""

    __slots__ = ("high", "kind", "low", "number", "value")

    def __init__(self, text, start, end, value, number, hedge=None, in_parens=False, kind="%"):
        super().__init__(text, start, end, hedge, in_parens)
        self.value = value  # signed Decimal as written
        self.number = number  # the digits as printed, for the reader
        self.kind = kind  # "%", "times", "points" or "range-low"
        self.low = None  # the low end of a range it ends ("tăng 1,5-2,1%"), as written
        self.high = None  # the Percent that ends the range it is the low end of (ranges.py)

    def __repr__(self):
        return f"Percent({self.text!r})"


def is_money(t):
    """Whether a token is an amount of money (đồng or dollars)."""
    return getattr(t, "unit", None) in ("VND", "USD")


def parse(text, locale):
    """Return the Decimal a number means in ``locale`` ("vi" or "en"), or None if its
    separators do not fit that notation, or it has more digits than any figure printed
    (MAX_DIGITS): such a run of digits is no amount, and its arithmetic would be unbounded."""
    if sum(c.isdigit() for c in text) > MAX_DIGITS or not _NUMBER.fullmatch(text):
        return None
    group, point = (".", ",") if locale == "vi" else (",", ".")
    whole, sep, fraction = text.partition(point)
    if (sep and not fraction) or point in fraction or group in fraction:
        return None
    parts = whole.split(group)
    if len(parts) > 1 and (not 1 <= len(parts[0]) <= 3 or any(len(p) != 3 for p in parts[1:])):
        return None
    return Decimal("".join(parts) + ("." + fraction if fraction else ""))


def _other_point(num, locale):
    """Return a percentage written with the other notation's decimal point ("tăng 12.5%" in
    Vietnamese text, "12,5%" in English), which its own notation cannot read: one point
    and one or two digits after it, never three (a thousands group). Else None."""
    if _ONE_POINT.fullmatch(num) is None:
        return None
    return parse(num, "en" if locale == "vi" else "vi")


_ONE_POINT = re.compile(r"\d{1,3}[.,]\d{1,2}")


def in_parens(text, pos):
    """Return whether ``pos`` lies inside a parenthesis opened before it in ``text``."""
    opened = text.rfind("(", 0, pos)
    return opened != -1 and text.rfind(")", opened, pos) == -1


#: how far before a count its list head may be said
_LISTED = 60


def _unit(m, prefix, inherited):
    if m.group("count"):
        return COUNTS[m.group("count").lower()]
    word = m.group("currency") or prefix
    return CURRENCIES[word.lower()] if word else inherited


def _hedge_before(text, start):
    """Return the match of the hedge word right before a number, or None: not the "hơn" of a
    comparative ("cao hơn 18,2% so với năm 2023" is higher by 18,2%, not by more than it)."""
    found = HEDGE_BEFORE.search(text, max(0, start - 16), start)
    if (
        found
        and found.group("hedge").lower() == "hơn"
        and _COMPARATIVE.search(text, max(0, found.start() - 8), found.start())
    ):
        return None
    return found


#: the adjective of a comparative, before its "hơn"
_COMPARATIVE = re.compile(r"\b(?:cao|thấp|lớn|nhỏ|nhiều|ít|nhanh|chậm)\s+$", re.IGNORECASE)


def _before(text, start):
    """Return (start, hedge word, currency sign) of what stands right before a number."""
    prefix = PREFIX_BEFORE.search(text, max(0, start - 5), start)
    if prefix:
        start = prefix.start()
    hedge = _hedge_before(text, start)
    return (
        (hedge.start() if hedge else start),
        (hedge.group("hedge") if hedge else None),
        (prefix.group("prefix") if prefix else None),
    )


def amounts(text, locale, currency=None, earlier=None):
    """Return the amounts and slash ratios of ``text`` in order, and the last currency seen.

    A number is an amount only with a scale word, a currency or a count noun after it (or a
    currency sign before it). A scale word without a currency takes the currency last said.
    ``earlier``: the last amount of the sentence before that counts things, which "Of
    these, 157,200 were …" counts again.
    """
    out: list[Token] = []
    before, money = None, False  # the last amount (a number with its unit left out may
    # share it), and whether the sentence has said a currency
    for m in AMOUNT.finditer(text):
        start, word, prefix = _before(text, m.start())
        end, counted = m.end(), None
        if m.group("count") and not (m.group("scale") or m.group("den")) and _a_year(text, m):
            continue  # "Kế hoạch lợi nhuận năm 2024 ngân hàng đặt ra", "In 2025 firms …"
        if not (m.group("scale") or m.group("currency") or prefix or m.group("count")):
            found = (
                None
                if m.group("den")
                else counted_bare(text, m["num"], (start, end), (before, earlier, out), locale)
            )
            if found is None:
                continue
            counted, end = found
        unit = counted or _unit(m, prefix, currency)
        if m.group("count"):  # "245 trạm y tế …, trong đó 238 trạm": the head noun of a
            # count said just before ("412.560 lượt người bệnh, … (379.540 lượt); … 48.320 lượt")
            unit = counted_as_before(out, m.group("count").lower(), earlier) or unit
            if before is not None:  # "1.240 thí sinh …, trong đó 146 học sinh": candidates
                unit = people_listed(before, unit, text[before.end : start][-_LISTED:]) or unit
        if m.group("count") and m.group("count").lower() == "đơn vị":
            # "7/9 huyện …; 2 đơn vị không đạt": huyện; "Hợp tác xã … có 1.150 đơn vị"
            unit = bodies_counted(out, text[max(0, start - 80) : start]) or unit
        if m.group("scale") and not (m.group("currency") or prefix or m.group("count")):
            people = "people" if locale == "en" and people_of(text, start) else None
            said = people or unsaid_unit(text, start, m.end(), before, locale)
            unit = said or unit
            if not said and locale == "en" and not money:  # none said in its sentence: the
                # count last said ("17.6 million foreign visitors. South Korea led with 4.6
                # million"; "arrivals … 21.5 million, … the 20 million target"; not points)
                last = before if before is not None and before.unit != "?" else earlier
                if last is not None and not is_money(last) and last.unit != "points":
                    unit = last.unit
        if unit in ("VND", "USD"):
            currency, money = unit, True
        power = _POWERS[m.group("scale").lower()] if m.group("scale") else 0
        garbled = "two scale words" if m.group("garble") else ""
        hedge = HEDGES[word.lower()] if word else None
        shown = " ".join(text[start:end].split())
        parens = in_parens(text, start)
        first = parse(m.group("num"), locale)
        if first is None:
            garbled = garbled or f"'{m.group('num')}' does not fit the text's notation"
        if m.group("den"):
            second = parse(m.group("den"), locale)
            if first is None or second is None or garbled:
                continue
            if not (m.group("scale") or m.group("count")) or (
                not m.group("scale") and DATE_BEFORE.search(text, max(0, start - 12), start)
            ):
                continue  # a date ("15/12/2020", "ngày 15/12 hộ dân …") or a code, not two
                # amounts: "98/121 xã" is
            said = " ".join(
                x for x in (m.group("scale"), m.group("currency") or m.group("count")) if x
            )
            pair = f"{m['num']}/{m['den']}"  # each amount shown alone: "98 xã", "121 xã"
            a, b = (
                Amount(
                    shown.replace(pair, number, 1),
                    start,
                    m.end(),
                    value.scaleb(power),
                    unit,
                    None,
                    parens,
                    "",
                    power,
                    said,
                )
                for number, value in ((m["num"], first), (m["den"], second))
            )
            out.append(Slash(shown, start, m.end(), a, b, parens))
            continue
        value = first.scaleb(power) if first is not None else None
        said = " ".join(
            x
            for x in (
                m.group("scale"),
                m.group("currency") or prefix or m.group("count") or text[m.end() : end].strip(),
            )
            if x
        )
        if value is not None and not (prefix or hedge or garbled) and unit:
            out.extend(_run_amounts(text, m, out, (unit, power, said), locale))
        before = Amount(shown, start, end, value, unit or "?", hedge, parens, garbled, power, said)
        out.append(before)
    return _slashed(out, text), currency


def _run_amounts(text, m, out, measure, locale):
    """The bare numbers of a run that an amount's unit closes ("312, 205 và 731 doanh
    nghiệp", "2,5 và 3,1 tỷ USD"), as amounts of that unit, in order; none already read."""
    unit, power, said = measure
    last_end = out[-1].end if out else 0
    return [
        Amount(
            f"{num} {said}",
            at,
            at + len(num),
            value.scaleb(power),
            unit,
            None,
            in_parens(text, at),
            "",
            power,
            said,
        )
        for num, at, value in reversed(run_before(text, m.start(), m.group("num"), locale))
        if at >= last_end
    ]


def _slashed(found, text):
    """Join "4.512 tỷ đồng/5.620 tỷ đồng" — two amounts of one unit with only a slash
    between, or the words of a total ("312.400 ha/tổng diện tích tự nhiên 752.300 ha") —
    into the pair it is, as "4.512/5.620 tỷ đồng" is read."""
    out: list[Token] = []
    for t in found:
        a = out[-1] if out else None
        if (
            isinstance(a, Amount)
            and isinstance(t, Amount)
            and _SLASH_TO.fullmatch(text, a.end, t.start)
            and t.unit != "?"
            and (a.unit == t.unit or (a.unit == "?" and a.scaled))  # "3.280 tỷ/4.100 tỷ đồng"
            and not (a.garbled or t.garbled or a.hedge or t.hedge)
            and None not in (a.value, t.value)
        ):
            a.unit, shown = t.unit, " ".join(text[a.start : t.end].split())
            out[-1] = Slash(shown, a.start, t.end, a, t, a.in_parens)
        else:
            out.append(t)
    return out


def run_before(text, start, last, locale):
    """Return (number as printed, its start, its value) of each bare number of a run that
    one unit closes, nearest first: "25,0; 16,4 và 58,6%", "312, 205 và 731 doanh
    nghiệp", "2,5 và 3,1 tỷ USD". Each is printed to the last one's decimals, with only a
    comma, a semicolon or "và"/"and" between; not a year, nor the low end of a range
    ("between 5 and 7 per cent")."""
    places = _places(last, locale)
    found = []
    while (m := _RUN_NUMBER.search(text, max(0, start - 24), start)) is not None:
        num = m.group("num")
        value = parse(num, locale)
        if value is None or _places(num, locale) != places or _YEAR_DIGITS.fullmatch(num):
            break
        if _NOT_OF_RUN.search(text, max(0, m.start() - 12), m.start()):
            break  # "spent $120, 8 per cent of …", "quý 2, 12%": money, a period's number
        found.append((num, m.start(), value))
        start = m.start()
    if _RANGE_WORD.search(text, max(0, start - 9), start):
        return []
    return found


def _places(num, locale):
    """The decimals a number is printed to in ``locale``."""
    whole, point, fraction = num.rpartition("," if locale == "vi" else ".")
    return len(fraction) if point and whole else 0


#: a bare number and what joins it to the next of its run, right before that one
_RUN_NUMBER = re.compile(rf"(?<![\w.,%])(?P<num>{_NUM}){RUN_JOIN}$", re.IGNORECASE)  # not "Q2"
_RANGE_WORD = re.compile(r"\b(?:between|giữa|từ|from)\s*$", re.IGNORECASE)
_NOT_OF_RUN = re.compile(r"(?:\$|\bVN[DĐ]|\bUSD)\s?$|\b(?:quý|tháng|quarter|week)\s*$", re.I)


#: between the two amounts of a pair: a slash, and perhaps the words of the total after it
_SLASH_TO = re.compile(r"\s*/\s*(?:(?:tổng|total)\b[^\d,;.%()/]{0,40}?\s)?", re.IGNORECASE)


def percents(text, locale):
    """Return the percentages, multiples (gấp X lần) and percentage points (ranges.marked
    marks the ends of ranges among them)."""
    out = []
    lowered = text.lower()
    has_points = "điểm" in lowered or "percentage" in lowered
    points = [(m.start(), m.end()) for m in POINTS.finditer(text)] if has_points else []
    starts = [s for s, _e in points]  # sorted: a number inside one is found by bisection
    for m in POINTS.finditer(text) if has_points else ():
        value = parse(m.group("num"), locale)
        if value is not None:
            out.append(
                Percent(m.group(0), m.start(), m.end(), value, m.group("num"), kind="points")
            )
    has_percent = "%" in text or "cent" in lowered or "phần trăm" in lowered or "pc" in lowered
    for m in PERCENT.finditer(text) if has_percent else ():
        at = bisect_right(starts, m.start("num")) - 1
        if at >= 0 and m.start("num") < points[at][1]:
            continue
        value = parse(m.group("num"), locale) or _other_point(m.group("num"), locale)
        if value is None:
            continue
        wrapped = bool(m.group("open") and m.group("close"))  # a table's "(8,33%)"
        negative = bool(m.group("sign")) or wrapped
        start = m.start("open") if wrapped else m.start("num")
        end = m.end() if wrapped else m.end("mark")  # not the ")" of "(+1,02%)"
        found = _hedge_before(text, m.start())
        hedge = HEDGES[found.group("hedge").lower()] if found else None
        start = found.start() if found else start
        shown = " ".join(text[start:end].split())
        parens = in_parens(text, m.start("num")) and not wrapped
        out.append(
            Percent(shown, start, end, -value if negative else value, m.group("num"), hedge, parens)
        )
        if not negative:
            out.extend(
                Percent(num, at, at + len(num), number, num)
                for num, at, number in run_before(text, start, m.group("num"), locale)
            )
    for m in (
        TIMES.finditer(text) if "lần" in lowered or "times" in lowered or "-fold" in lowered else ()
    ):
        num = m.group("num") or m.group("num2")
        value = parse(num, locale)
        if value is not None:
            word = m.group("hedge") or m.group("hedge2")
            hedge = HEDGES.get((word or "").lower())
            start = m.start("num") if m.group("num") else m.start()
            out.append(
                Percent(
                    " ".join(text[start : m.end()].split()),
                    start,
                    m.end(),
                    value,
                    num,
                    hedge,
                    kind="times",
                )
            )
    out.sort(key=lambda p: p.start)
    return out
