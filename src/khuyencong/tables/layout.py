"""A grid's layout as a reader takes it in: the title block and its unit, the header and the
columns it names, the printed column-number row, and the body's rows with their numbering.

Nothing here judges a figure; it says where things are.
"""

import re

_UNIT = re.compile(r"(?:đơn\s*vị(?:\s*tính)?|đvt)\s*[:.]?\s*(.+)", re.IGNORECASE)
_COLUMN_NUMBER = re.compile(r"\(?(\d{1,3})\)?\s*(?:=\s*(.+))?")
_ROMAN = re.compile(r"(?=[IVXLC])M{0,3}(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})")
_FOOTNOTE = re.compile(r"\(\d{1,2}\)|\*{1,3}|\(\*{1,3}\)")
_NOTE_ROW = re.compile(r"\s*(?:\(\d{1,2}\)|\(\*\)|\*)\s*\S.{6,}")
_BULLETS = {"-", "+", "*", "•", "–", "—", "o"}
_STT = re.compile(r"stt|số\s*tt|tt|s", re.IGNORECASE)


class Column:
    """A value column: its index, its header words (top to bottom), and its printed number."""

    __slots__ = ("header", "index", "number", "percent")

    def __init__(self, index, header, number=None, percent=False):
        self.index, self.header, self.number, self.percent = index, header, number, percent

    @property
    def name(self):
        """The column as a reader names it: its printed number, else its header's last words."""
        words_ = " / ".join(h for h in self.header if h)
        return f"({self.number}) {words_}".strip() if self.number is not None else words_


class Row:
    """A body row: its place in the grid, its numbering (``stt``, its ``kind`` and ordinal),
    its label, and its cells."""

    __slots__ = ("cells", "index", "kind", "label", "ordinal", "stt")

    def __init__(self, index, stt, label, cells):
        self.index, self.stt, self.label, self.cells = index, stt, label, cells
        self.kind, self.ordinal = numbering(stt)

    def value(self, column):
        cell = self.cells[column]
        return cell.value

    @property
    def has_values(self):
        return any(c.value is not None for c in self.cells)


class Layout:
    """Where things are in a grid."""

    __slots__ = (
        "column_formulas",
        "columns",
        "grid",
        "header_rows",
        "label_column",
        "noted",
        "notes",
        "number_row",
        "rows",
        "stt_column",
        "unit",
    )

    def __init__(self, grid):
        self.grid = grid
        self.unit = ""
        self.columns: list = []
        self.rows: list = []
        self.column_formulas: dict = {}
        self.number_row = None
        self.header_rows: list = []
        self.stt_column = None
        self.label_column = None
        self.notes: list = []
        self.noted = None  # what the notes qualify (checks.noted)


def numbering(stt):
    """Return (kind, ordinal) of a row number: ("upper", 1) for A, ("roman", 2) for II,
    ("arabic", 3), ("lower", 1) for a, ("dotted2", 12) for 1.2, ("-", 0) for a bullet, and
    ("", 0) when the row has none."""
    s = stt.strip().rstrip(".)").lstrip("(")
    if not s:
        return "", 0
    if s in _BULLETS:
        return "-" if s in "–—" else s, 0
    if s.isdigit() and s.isascii():
        return "arabic", int(s)
    if re.fullmatch(r"\d+(?:\.\d+)+", s):
        parts = s.split(".")
        return f"dotted{len(parts) - 1}", int(parts[-1])
    if _ROMAN.fullmatch(s) and s not in ("C", "D", "L", "M"):
        return "roman", _roman(s)
    if len(s) == 1 and "A" <= s <= "Z":
        return "upper", ord(s) - 64
    if len(s) == 1 and "a" <= s <= "z":
        return "lower", ord(s) - 96
    if s == "đ":
        return "lower", 5  # Vietnamese lettering: a, b, c, d, đ, e
    return "?", 0


def _roman(s):
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for a, b in zip(s, [*s[1:], ""], strict=False):
        v = values[a]
        total += -v if b and values[b] > v else v
    return total


def _is_column_number_row(cells, start):
    """Return {column: (number, formula text or None)} if the row numbers the columns
    (``A | B | 1 = 2 + 3 | 2 | 3``), else None."""
    found: dict = {}
    for c, cell in enumerate(cells):
        if c < start:
            continue
        text = cell.text.strip()
        if not text:
            continue
        if cell.value is not None and not cell.percent:
            if cell.value != cell.value.to_integral_value() or not 0 < cell.value < 1000:
                return None
            found[c] = (int(cell.value), None)
            continue
        m = _COLUMN_NUMBER.fullmatch(text.replace(" ", ""))
        if not m:
            return None
        found[c] = (int(m.group(1)), m.group(2))
    numbers = [n for n, _f in found.values()]
    if len(numbers) < 2 or numbers != sorted(set(numbers)):
        return None
    if not any(f for _n, f in found.values()) and numbers[0] not in (1, 2, 3):
        return None
    return found


def _letters_row(cells):
    """Return whether a row starts with the column letters ``A | B`` of a numbered header."""
    first = [c.text.strip() for c in cells if c.text.strip()][:2]
    return first == ["A", "B"]


def find_layout(grid):
    """Return the Layout of a grid: header, columns, body rows and unit."""
    layout = Layout(grid)
    rows = grid.rows
    if not rows:
        return layout
    label_column = _label_column(rows)
    layout.label_column = label_column
    if label_column is None:
        return layout
    stt = label_column - 1 if label_column > 0 else None
    layout.stt_column = stt
    first_body = None
    for r, cells in enumerate(rows):
        numbers = _is_column_number_row(cells, label_column + 1)
        whole = _is_column_number_row(cells, 0)
        if whole and sorted(n for n, _f in whole.values())[0] == 1 and min(whole) <= label_column:
            numbers = {c: nf for c, nf in whole.items() if c > label_column}
        if numbers and (whole or _letters_row(cells) or any(f for _n, f in numbers.values())):
            layout.number_row = r
            layout.column_formulas = dict(numbers.items())
            continue
        if _is_body_row(cells, label_column):
            first_body = r
            break
    if first_body is None:
        return layout
    top = layout.number_row if layout.number_row is not None else first_body
    layout.header_rows = _header_rows(grid, top, label_column)
    layout.unit = _unit(rows[: (layout.header_rows or [top])[0]])
    layout.column_formulas = _numbers_to_figures(grid, layout.column_formulas, first_body)
    layout.columns = _columns(grid, layout, first_body, label_column)
    value_columns = {col.index for col in layout.columns}
    for r in range(first_body, len(rows)):
        cells = rows[r]
        label = cells[label_column].text
        stt_text = _stt_text(cells[stt]) if stt is not None else ""
        if (
            not label
            and not stt_text
            and not any(cells[c].value is not None for c in value_columns)
        ):
            continue
        if _is_note(label) and not any(cells[c].value is not None for c in value_columns):
            break  # the notes under the table
        layout.rows.append(Row(r, stt_text, label, cells))
    last = layout.rows[-1].index if layout.rows else first_body
    layout.notes = [
        cell.text for cells in rows[last + 1 :] for cell in cells if len(cell.text) >= 8
    ]
    for row in layout.rows:  # a note written as a row of the table, "(1) Bao gồm …"
        if row.has_values:
            continue
        if _NOTE_ROW.match(row.label):
            layout.notes.append(row.label)
        elif not row.label and _NOTE_ROW.match(row.stt):  # typed in the first column
            layout.notes.append(row.stt)
    return layout


def _stt_text(cell):
    if cell.value is not None and cell.value == cell.value.to_integral_value():
        return str(int(cell.value))
    return cell.text


def _is_note(label):
    low = label.lower()
    return low.startswith(("ghi chú", "ghi chu", "chú thích", "nguồn:", "note"))


def _label_column(rows):
    """Return the column of the row labels: the one with the most long texts."""
    scores: dict = {}
    for cells in rows:
        if sum(1 for c in cells if c.value is not None) == 0:
            continue
        for c, cell in enumerate(cells):
            if cell.value is None and len(cell.text) >= 4 and not _FOOTNOTE.fullmatch(cell.text):
                scores[c] = scores.get(c, 0) + 1
    if not scores:
        return None
    return max(sorted(scores), key=lambda c: scores[c])


def _is_body_row(cells, label_column):
    numbers = [c for c, cell in enumerate(cells) if c > label_column and cell.value is not None]
    if not numbers:
        return False
    if (
        all(
            1900 <= cells[c].value <= 2100 and cells[c].value == cells[c].value.to_integral_value()
            for c in numbers
        )
        and not cells[label_column].text.strip()
    ):
        return False  # a header of years
    return bool(cells[label_column].text.strip()) or len(numbers) >= 1


def _header_rows(grid, top, label_column):
    """Return the header rows above ``top``: up from it while rows hold column headings."""
    out = []
    r = top - 1
    spans = grid.spanned()
    while r >= 0:
        cells = grid.rows[r]
        texts = [c for c, cell in enumerate(cells) if cell.text]
        covered = [c for c in range(grid.width) if (r, c) in spans and spans[(r, c)][0] < r]
        if not texts and not covered:
            break
        if any(_UNIT.search(cells[c].text) for c in texts):
            break
        wide = [m for m in grid.merged if m[0] == r and m[2] == 0 and m[3] >= grid.width - 1]
        if wide and len(texts) == 1:
            break  # a title line across the table
        out.append(r)
        r -= 1
    return sorted(out)


def _unit(rows):
    for cells in rows:
        for cell in cells:
            m = _UNIT.search(cell.text)
            if m:
                return m.group(1).strip().rstrip(".;)").strip()
    return ""


def _numbers_to_figures(grid, formulas, first_body):
    """Return the printed column numbers, each on the column that holds its figures: a
    number printed over a column of footnote marks ("(1)", "(3)") that stands left of the
    figures it heads, under one merged header, belongs to the figures."""

    def has_figures(c):
        return any(
            c < len(grid.rows[r]) and grid.rows[r][c].value is not None
            for r in range(first_body, len(grid.rows))
        )

    out = dict(formulas)
    for c in sorted(formulas):
        if c + 1 < grid.width and c + 1 not in out and not has_figures(c) and has_figures(c + 1):
            out[c + 1] = out.pop(c)
    return out


def _columns(grid, layout, first_body, label_column):
    """Return the value columns: right of the labels, holding figures in the body."""
    spans = grid.spanned()
    out = []
    formulas = layout.column_formulas
    for c in range(label_column + 1, grid.width):
        cells = [grid.rows[r][c] for r in range(first_body, len(grid.rows))]
        figures = [cell for cell in cells if cell.value is not None]
        if not figures:
            continue
        header: list = []
        for r in layout.header_rows:
            top = spans.get((r, c), (r, c))
            text = grid.rows[top[0]][top[1]].text
            if text and (not header or header[-1] != text):
                header.append(text)
        percent = sum(1 for f in figures if f.percent) * 2 > len(figures) or any(
            "%" in h for h in header
        )
        number = formulas[c][0] if c in formulas else None
        out.append(Column(c, header, number, percent))
    return out
