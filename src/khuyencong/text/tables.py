"""A table pasted as text (cells between "|" or tabs, as Word, Excel and PDF tables arrive):
its growth rows checked column on column against the row of amounts above them.

Under a header of consecutive years, a row labelled as a growth ("Tỷ lệ tăng trưởng",
"growth") says, in each column, the change from the column before; negatives are written
in parentheses, "(8,33%)". A share row ("Tỷ trọng") is of a total the table does not give,
and stays without a verdict.
"""

import re

from ..core.i18n import _
from .tokens import Amount, parse

_GROWTH_ROW = re.compile(
    r"tăng\s*trưởng|tốc độ tăng|tỷ lệ tăng|tăng\s*/\s*giảm|tăng giảm|% tăng|"
    r"growth|change|increase|\by/?o/?y\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?:19|20)\d{2}")


def cells(line):
    """Return a row's cells as (text, (start, end)), empty cells kept so columns line up."""
    out, start = [], 0
    for part in re.split(r"\||\t", line):
        lead = len(part) - len(part.lstrip())
        out.append((part.strip(), (start + lead, start + len(part.rstrip()))))
        start += len(part) + 1
    if out and not out[0][0] and line.lstrip().startswith("|"):
        out.pop(0)  # "| a | b |": the edges are not cells
    if out and not out[-1][0]:
        out.pop()
    return out


def tie_tables(paragraphs, readings, locale):
    """Tie the growth rows of every table to the amounts of the row above, year on year."""
    in_row: dict[int, list] = {}
    for r in readings:
        if r.sentence.paragraph.table is not None:
            in_row.setdefault(id(r.sentence.paragraph), []).append(r)
    years: dict[int, int] = {}
    data: dict[int, tuple] = {}
    for p in paragraphs:
        if p.table is None:
            years, data = {}, {}
            continue
        row = cells(p.text)
        header = _header(row)
        if header:
            years, data = header, {}
            continue
        values = _values(row, locale)
        if values:
            data = values
            continue
        if not data or not row or not _GROWTH_ROW.search(row[0][0]):
            continue
        for r in in_row.get(id(p), ()):
            col = next((i for i, (_, (a, b)) in enumerate(row) if a <= r.percent.start <= b), None)
            if col is None or col - 1 not in data or col not in data:
                continue
            if years.get(col, 0) - years.get(col - 1, 0) != 1:
                continue  # only year on year: columns of other periods say other things
            r.kind = "growth"
            new, old = (_amount(data[c]) for c in (col, col - 1))
            r.tie(
                "growth",
                new,
                old,
                _("the row above, column on column ({start} → {end})").format(
                    start=years[col - 1], end=years[col]
                ),
            )
            r.missing, r.note = "", ""


def _header(row):
    """Return {column: year} for a header row of years, or {} for any other row."""
    found = {i: _YEAR.search(text) for i, (text, _) in enumerate(row) if text}
    if found.get(0) is None:
        found.pop(0, None)  # "Chỉ tiêu | Năm 2019 | Năm 2020": a label, then the years
        if not found:
            return {}
    if len(found) < 2 or not all(found.values()):
        return {}
    shift = 1 if 0 in found else 0  # "Năm 2011 | Năm 2012 |" over "Mỹ | … | … |"
    return {i + shift: int(m.group(0)) for i, m in found.items() if m}


def _values(row, locale):
    """Return {column: (value, cell)} for a labelled row of numbers, or {}."""
    if not row or not row[0][0] or parse(row[0][0].replace(" ", ""), locale) is not None:
        return {}
    out = {}
    for i, (text, span) in enumerate(row[1:], start=1):
        if not text:
            continue
        value = parse(text.replace(" ", ""), locale)
        if value is None:
            return {}
        out[i] = (value, text, span)
    return out if len(out) >= 2 else {}


def _amount(entry):
    value, text, (start, end) = entry
    return Amount(text, start, end, value, "table")
