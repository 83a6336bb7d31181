"""The grid: a table's cells as a reader sees them, whatever file they came from.

A cell holds the text a reader sees and, when it shows a number, that number as shown (a
Decimal at its shown precision). Readers build grids; the layers above see nothing else.
"""

import re
from decimal import Decimal

#: the most cells with something in them that one sheet may hold
MAX_CELLS = 1_000_000


class Cell:
    """One cell: ``text`` as shown; ``value`` the number shown (None for words or nothing);
    ``percent`` when it is shown as a percentage; ``stored`` a spreadsheet's stored number at
    the scale shown (None where only the printed figure exists)."""

    __slots__ = ("percent", "stored", "text", "value")

    def __init__(self, text, value=None, percent=False, stored=None):
        self.text, self.value, self.percent, self.stored = text, value, percent, stored

    def __repr__(self):
        return f"Cell({self.text!r}, {self.value!r})"


EMPTY = Cell("")


class Grid:
    """A sheet or a table: ``rows`` of cells (ragged rows padded), ``merged`` ranges as
    (first row, last row + 1, first column, last column + 1), ``name`` the file's and
    ``sheet`` the sheet's or table's name."""

    __slots__ = ("merged", "name", "notes", "rows", "sheet", "width")

    def __init__(self, name, sheet, rows, merged=()):
        self.notes: list = []  # how it was read, for a reader (letters converted, …)
        while rows and not any(c.text or c.value is not None for c in rows[-1]):
            rows.pop()
        self.width = max((len(r) for r in rows), default=0)
        self.rows = [r + [EMPTY] * (self.width - len(r)) for r in rows]
        self.name, self.sheet = name, sheet
        self.merged = [
            (r0, min(r1, len(self.rows)), c0, min(c1, self.width))
            for r0, r1, c0, c1 in merged
            if 0 <= r0 < r1 and 0 <= c0 < c1 and r0 < len(self.rows) and c0 < self.width
        ]

    def cell(self, row, column):
        return self.rows[row][column]

    def spanned(self):
        """Return {(row, column): (first row, first column)} for cells a merge covers."""
        out = {}
        for r0, r1, c0, c1 in self.merged:
            for r in range(r0, r1):
                for c in range(c0, c1):
                    out[(r, c)] = (r0, c0)
        return out


def words(text):
    """Return a cell's text with its spaces (and NBSPs, line breaks) made single."""
    return " ".join(str(text).split())


_GROUPED_VI = re.compile(r"[+-]?\d{1,3}(?:\.\d{3})+(?:,\d+)?|[+-]?\d+,\d+|[+-]?\d+")
_GROUPED_EN = re.compile(r"[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|[+-]?\d+\.\d+|[+-]?\d+")
_NEGATIVE = re.compile(r"^\((.*)\)$")


#: a footnote's mark beside a figure: "(1) 419.278.223", "419.278.223 (1)", "12,5*"
_MARKED = re.compile(
    r"\((?:\d{1,2}|\*{1,3})\)\s+(?P<after>\S.*)|(?P<before>.*\S)\s*(?:\((?:\d{1,2}|\*{1,3})\)|\*{1,3})"
)


def read_printed(text, notation):
    """Return the Cell of a printed number (a CSV's, a Word or web table's): ``1.234,5`` in
    ``vi``, ``1,234.5`` in ``en``; ``(105.000)`` and ``-105.000`` are negative; ``-``, ``–``
    and nothing are nothing; a footnote's mark beside a figure is not part of it. Words stay
    words."""
    shown_text = words(text)
    marked = _MARKED.fullmatch(shown_text)
    if marked:
        figure = read_printed(marked.group("after") or marked.group("before"), notation)
        if figure.value is not None:
            return Cell(shown_text, figure.value, figure.percent)
    s = shown_text.replace("\u2212", "-").replace(" ", "")
    if s in ("", "-", "–", "—"):
        return Cell(shown_text)
    percent = s.endswith("%")
    if percent:
        s = s[:-1]
    negative = False
    m = _NEGATIVE.match(s)
    if m:
        s, negative = m.group(1), True
    pattern = _GROUPED_VI if notation == "vi" else _GROUPED_EN
    if len(s) > 40 or not pattern.fullmatch(s):
        return Cell(shown_text)
    s = s.replace(".", "").replace(",", ".") if notation == "vi" else s.replace(",", "")
    value = Decimal(s)
    return Cell(shown_text, -value if negative else value, percent)


#: shapes only one notation writes: two or more groups, or decimals that are no group of three
_VI_ONLY = re.compile(
    r"\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?|\d+(?:\.\d{3})*,(?:\d{1,2}|\d{4,})|\d{1,3}(?:\.\d{3})+,\d+"
)
_EN_ONLY = re.compile(
    r"\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?|\d+(?:,\d{3})*\.(?:\d{1,2}|\d{4,})|\d{1,3}(?:,\d{3})+\.\d+"
)


def notation_of(texts):
    """Return "vi" or "en": how the printed numbers of a table are written, told by their
    shape (``1.234.567`` or ``12,5`` is Vietnamese; ``1,234,567`` or ``12.5`` English);
    Vietnamese when nothing tells, as the tables this tool reads mostly are."""
    vi = en = 0
    for text in texts:
        s = text.replace(" ", "").strip("()%+-")
        if _VI_ONLY.fullmatch(s):
            vi += 1
        elif _EN_ONLY.fullmatch(s):
            en += 1
    return "en" if en > vi else "vi"
