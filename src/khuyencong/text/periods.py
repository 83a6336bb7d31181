"""The period a stretch of report text speaks of, and the year each sentence is about.

"tháng 8", "8 tháng", "quý 4", "6 tháng đầu năm", "năm 2020", "in the first half": each
is a comparable tuple, so that an amount of one period is never taken for another's.
"""

import functools
import re

from . import words as w

#: a year, alone or closing a month, a quarter or a date ("tháng 8/2018", "Quý I/2023",
#: "31/12/2020"), but not the year inside a document's number ("Nghị định 45/2012/NĐ-CP",
#: "Nghị quyết 01/2020")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?![\d/])")
_DATED = re.compile(r"(?:tháng \d{1,2}|\b\d{1,2}/\d{1,2}|\b[IVX]{1,3})/$", re.IGNORECASE)


def _years(text):
    """Return the years a text names (a document number's excepted), in order."""
    return [
        m.group(1)
        for m in _YEAR.finditer(text)
        if text[m.start() - 1 : m.start()] != "/"
        or _DATED.search(text, max(0, m.start() - 12), m.start())
    ]


_MONTH_WORDS = {
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
}
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_EN_MONTHS = list(w.EN_MONTHS)
_PERIODS = (
    ("months", re.compile(r"\b(\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+tháng\b", re.I)),
    (
        "months",
        re.compile(
            r"\b(?:first|the) (\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven)"
            r" months\b",  # ("For the nine months, revenue totalled …")
            re.I,
        ),
    ),
    ("quarter", re.compile(r"\b(?:quý|quí)\s+(iv|iii|ii|i|[1-4])\b", re.I)),
    ("quarter", re.compile(r"\bq([1-4])\b|\b(first|second|third|fourth) quarter\b", re.I)),
    ("to", re.compile(r"\b(?:hết|đến|tới|tính đến)\s+(?:hết\s+)?tháng\s+(\d{1,2})\b", re.I)),
    ("month", re.compile(r"(?<!\d\s)\btháng\s+(\d{1,2})\b", re.I)),
    ("months", re.compile(r"\bjanuary[- ](" + "|".join(_EN_MONTHS) + r")\b", re.I)),
    # "the 11-month total", "the nine-month period"
    (
        "months",
        re.compile(
            r"\b(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven)-month\b", re.I
        ),
    ),
    ("month", re.compile(r"\bin (" + "|".join(_EN_MONTHS) + r")\b", re.I)),
    ("month", re.compile(r"\b(" + "|".join(_EN_MONTHS) + r")'s\b", re.I)),  # "November's figure"
    # "năm 2023", "in 2023", "end-2023", and a year said of what it qualifies: "the 2023
    # figure", "2023's figure"
    (
        "year",
        re.compile(
            r"\b(?:(?:cả năm|năm|in|for|year|end of|the)\s+|end-)((?:19|20)\d{2})\b(?![/-])"
            r"|\b((?:19|20)\d{2})'s\b",
            re.I,
        ),
    ),
)


#: a word every period below needs: text without one names no period
_ANY_PERIOD = re.compile(
    r"tháng|quý|quí|năm|\bq[1-4]\b|quarter|months?\b|january|\bin \w|year|\bend\b|\bthe \d|"
    r"'s\b",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=16384)
def period(text):
    """Return what period a stretch of text speaks of, as a comparable tuple, or None (found
    once for each text: a percentage's words are asked about again and again)."""
    if not _ANY_PERIOD.search(text):
        return None
    cut = w.COMPARED.search(text)
    text = text[: cut.start()] if cut else text
    for kind, pattern in _PERIODS:
        m = pattern.search(text)
        if not m:
            continue
        word = next(g for g in m.groups() if g).lower()
        if kind == "quarter":
            n = _ROMAN.get(word) or {"first": 1, "second": 2, "third": 3, "fourth": 4}.get(word)
            return ("quarter", n or int(word))
        if kind == "months" and word in _EN_MONTHS:
            return ("to", _EN_MONTHS.index(word) + 1)
        if kind == "month" and word in _EN_MONTHS:
            return ("month", _EN_MONTHS.index(word) + 1)
        n = int(word) if word.isdigit() else _MONTH_WORDS.get(word)
        return ("to" if kind == "months" else kind, n)
    return None


def compatible(p, q):
    return p is None or q is None or p == q


def holds(whole, part):
    """Whether a share's whole, of period ``whole``, may hold its part, of period ``part``:
    the same period, either unsaid, or the months to date that hold the part's month,
    quarter or fewer months ("Riêng tháng 11 … chiếm 8,2%" of "11 tháng đạt 1,2 triệu
    tấn"), not a month after them."""
    if compatible(whole, part):
        return True
    if whole[0] != "to" or whole[1] is None or part[1] is None:
        return False
    last = {"month": part[1], "quarter": 3 * part[1], "to": part[1]}.get(part[0])
    return last is not None and last <= whole[1]


def within(said, plan):
    """Whether what is achieved in period ``said`` may be measured against a plan of period
    ``plan``: a year's plan holds its months, quarters and the months to date ("đến hết
    tháng 11 … đạt 80% kế hoạch năm 2023"); two years, or two months, do not meet."""
    if said is None or plan is None or said == plan:
        return True
    return plan[0] == "year" and said[0] != "year"


def years(paragraphs):
    """Return {id(sentence): the year it speaks of}: its own, else the last one said."""
    out, last = {}, None
    every = [int(y) for p in paragraphs for s in p.sentences for y in _years(s.text)]
    fallback = max(every) if every else None
    for p in paragraphs:
        for s in p.sentences:
            head = re.split(
                r"so với|compared|cùng kỳ|\bthan\b|\bfrom\b|\bover\b|\bon\b|against",
                s.text,
                maxsplit=1,
            )[0]
            found = _years(head)
            if found:
                last = int(found[-1])
            out[id(s)] = last or fallback
    return out


def compared_year(r):
    """Return the year a growth's words compare it with ("so với năm 2022"), or None."""
    compared = re.search(
        r"\b(?:so với|compared (?:with|to)|from|over|on)\b\D{0,40}?((?:19|20)\d{2})", r.object
    )
    return int(compared.group(1)) if compared else None


def base_year(r, year):
    """Return the year a growth of a sentence about ``year`` starts from: the year it is
    compared with when that is earlier, else the year before."""
    start = compared_year(r)
    return start if start is not None and start < year else year - 1


#: a year said right after an amount, of that amount alone: "18 million in 2019", "4.200 tỷ
#: đồng năm 2019", "(2019)", "VND 13.5 trillion for 2025"
_YEAR_AFTER = re.compile(
    r"\s*(?:in|năm|cho năm|of|for|\()\s*((?:19|20)\d\d)\b(?![\d/])", re.IGNORECASE
)


def year_after(text, end, comma=False):
    """Return the year said right after an amount that ends at ``end``, or None; with
    ``comma``, also past a comma ("at $1.25 billion, in 2023")."""
    m = _YEAR_AFTER.match(text, end)
    if m is None and comma and (c := _COMMA.match(text, end)):
        m = _YEAR_AFTER.match(text, c.end())
    return int(m.group(1)) if m else None


_COMMA = re.compile(r"\s*,")


#: a span of years: "giai đoạn 2021–2025", "nhiệm kỳ 2020-2025", "in 2021-2025"
_SPAN = re.compile(
    r"\b(?:giai đoạn|nhiệm kỳ|thời kỳ|period|in)\s+((?:19|20)\d\d)\s*[–—-]\s*((?:19|20)\d\d)\b",
    re.IGNORECASE,
)
#: the span just before the one a text speaks of: "so với giai đoạn trước"
_SPAN_BEFORE = re.compile(
    r"\b(?:giai đoạn|nhiệm kỳ|thời kỳ)\s+trước\b|\bthe previous (?:five-year )?(?:period|term)\b",
    re.IGNORECASE,
)


def span(text):
    """Return the span of years ``text`` names first, (first, last), or None."""
    m = _SPAN.search(text)
    return (int(m.group(1)), int(m.group(2))) if m and m.group(1) < m.group(2) else None


def span_compared(text, own):
    """Return the span of years a growth's words compare it with: the one named after
    "so với" ("so với giai đoạn 2016–2020"), or the one just before ``own`` ("so với giai
    đoạn trước"); or None."""
    named = span(text)
    if named is not None:
        return named
    if own is not None and _SPAN_BEFORE.search(text):
        length = own[1] - own[0] + 1
        return (own[0] - length, own[0] - 1)
    return None


#: an object that names only a period: "quý I", "năm 2024", "tháng trước", "2024"
PERIOD_ONLY = re.compile(
    r"\s*(?:(?:năm|quý|tháng|kỳ)\s+(?:[ivx]+|\d{1,4}|trước|ngoái)(?:\s*/\s*\d{4})?|(?:19|20)\d\d)"
    r"\s*[.,;]?\s*",
    re.IGNORECASE,
)
