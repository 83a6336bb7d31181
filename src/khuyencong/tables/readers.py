"""Files → grids: one reader per format, each returning the same Grid.

Excel (.xls with xlrd, .xlsx/.xlsm with openpyxl, which never runs a macro) is read through
each cell's number format, so a grid holds the figures a reader sees, not the stored floats.
CSV, Word, web and PDF tables hold printed text: their numbers are read in the notation the
table's own figures show. The kind of a file is told by its bytes, not its name.
"""

import io
import re

from ..core.errors import KhuyenCongError
from ..core.i18n import _
from ..documents import MAX_BYTES, refuse_office_container, sniff
from .grid import MAX_CELLS, Cell, Grid, notation_of, read_printed, words
from .numfmt import is_date, shown

#: endings a folder run reads
TABLE_ENDINGS = (".xls", ".xlsx", ".xlsm", ".csv", ".docx", ".html", ".htm", ".pdf")
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_MARK_BESIDE = re.compile(r"\d.*(?:\(\d{1,2}\)|\*)$|^\((?:\d{1,2}|\*{1,3})\)\s+[-+(]?\d")


def read_tables(path, data=None, name=None):
    """Return the grids of a file: each sheet of a workbook, each table of a document."""
    from ..datafile.load import read_bytes

    name = name or path
    if data is None:
        data = read_bytes(path)
    if len(data) > MAX_BYTES:
        raise KhuyenCongError(
            _("is larger than the {limit} MiB limit").format(limit=MAX_BYTES // 1048576),
            path=name,
        )
    return [_letters(grid) for grid in _grids(data, name)]


def _letters(grid):
    """Return the grid with text typed in a TCVN3 (.VnTime) font read as Vietnamese
    ("Tæng sè" is "Tổng số"), the grid's notes saying so; numbers are untouched."""
    from ..documents.plaintext import tcvn3_texts

    words_at = [
        (r, c)
        for r, row in enumerate(grid.rows)
        for c, cell in enumerate(row)
        if cell.value is None and cell.text
    ]
    read = tcvn3_texts([grid.rows[r][c].text for r, c in words_at])
    if read is None:
        return grid
    for (r, c), text in zip(words_at, read, strict=True):
        grid.rows[r][c] = Cell(text)
    grid.notes.append(_("letters converted from TCVN3 (ABC): check them"))
    return grid


def _grids(data, name):
    """Return the grids of a file's bytes, by the reader its kind needs."""
    if data.startswith(_OLE):
        refuse_office_container(data, name)  # a password-protected .xlsx or .xls
        return read_xls(data, name)
    kind = sniff(data)
    if kind in ("docx", "xlsx", "zip"):
        from ..documents.archive import check_archive

        check_archive(data, name)
        if kind == "docx":
            return read_docx_tables(data, name)
        if kind == "xlsx":
            return read_xlsx_grids(data, name)
        raise KhuyenCongError(
            _("is a zip file but neither a Word (.docx) nor an Excel (.xlsx) document"),
            path=name,
        )
    if kind == "pdf":
        from .pdf import read_pdf_tables

        return read_pdf_tables(data, name)
    from ..documents.plaintext import decode_text

    text, _notes = decode_text(data, name)
    if kind == "html":
        return read_html_tables(text, name)
    return [read_csv(text, name)]


def _too_big(name, sheet):
    return KhuyenCongError(
        _("sheet {sheet} has more than {limit} cells with something in them").format(
            sheet=sheet, limit=MAX_CELLS
        ),
        path=name,
    )


def _broken(name, what, e):
    return KhuyenCongError(
        _("is a broken {what} file ({problem})").format(what=what, problem=type(e).__name__),
        path=name,
    )


def _number_cell(value, fmt):
    """Return the Cell a number shows under its format (a date or time shows no amount)."""
    if is_date(fmt or "General"):
        return Cell(str(value))
    figure = shown(value, fmt)
    if figure.value is None:
        return Cell("", stored=figure.stored)
    text = format(figure.value, "f") + ("%" if figure.percent else "")
    return Cell(text, figure.value, figure.percent, figure.stored)


def _text_cell(text):
    """Return the Cell of a spreadsheet's text: words, unless it is a figure with a
    footnote's mark beside it ("(1) 419.278.223"), which a reader reads as the figure."""
    shown_text = words(text)
    if not _MARK_BESIDE.search(shown_text):
        return Cell(shown_text)
    cell = read_printed(shown_text, notation_of([shown_text]))
    return cell if cell.value is not None else Cell(shown_text)


def read_xls(data, name):
    """Return a grid per sheet of an Excel 97–2003 workbook (BIFF), formats applied."""
    import xlrd

    try:
        book = xlrd.open_workbook(
            file_contents=data, formatting_info=True, on_demand=True, logfile=io.StringIO()
        )
    except Exception as e:
        if "encrypted" in str(e).lower():  # a password on an Excel 97–2003 workbook
            raise KhuyenCongError(
                _("is password-protected: save a copy without a password and check that"),
                path=name,
            ) from None
        raise _broken(name, "Excel", e) from None
    grids = []
    try:
        for index in range(book.nsheets):
            sheet = book.sheet_by_index(index)
            grids.append(_xls_sheet(book, sheet, name))
            book.unload_sheet(index)
    except KhuyenCongError:
        raise
    except Exception as e:
        raise _broken(name, "Excel", e) from None
    finally:
        book.release_resources()
    return grids


def _xls_sheet(book, sheet, name):
    import xlrd

    rows: list = []
    filled = 0
    for r in range(sheet.nrows):
        types = sheet.row_types(r)
        if not any(t not in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK) for t in types):
            rows.append([])
            continue
        values = sheet.row_values(r)
        row = []
        for c, (t, v) in enumerate(zip(types, values, strict=False)):
            if t == xlrd.XL_CELL_NUMBER:
                xf = book.xf_list[sheet.cell_xf_index(r, c)]
                fmt = book.format_map.get(xf.format_key)
                row.append(_number_cell(v, fmt.format_str if fmt else "General"))
            elif t == xlrd.XL_CELL_TEXT:
                row.append(_text_cell(v))
            elif t == xlrd.XL_CELL_DATE:
                row.append(Cell(str(v)))
            else:
                row.append(Cell(""))
        filled += sum(1 for cell in row if cell.text)
        if filled > MAX_CELLS:
            raise _too_big(name, sheet.name)
        rows.append(row)
    return Grid(name, sheet.name, rows, sheet.merged_cells)


def read_xlsx_grids(data, name):
    """Return a grid per sheet of an Excel workbook (.xlsx, .xlsm); macros are never run.
    openpyxl's warnings on what it cannot make sense of stay off the terminal: the file is
    read, or refused in one line."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return _xlsx_grids(data, name)


#: a formula cell with no value saved after it: "<c r="C2"><f>C3+C4</f></c>"
_UNSAVED = re.compile(rb"<(?:\w+:)?f[ >/](?:(?!</(?:\w+:)?c>).)*?</(?:\w+:)?c>", re.S)
_SAVED = re.compile(rb"<(?:\w+:)?v>[^<]+</(?:\w+:)?v>")


def _unsaved_formulas(data):
    """Return how many formula cells of a workbook have no value saved with them (a file
    written by a program, never opened and saved in Excel): a reader sees nothing there."""
    import zipfile

    count = 0
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for part in z.namelist():
            if part.startswith("xl/worksheets/") and part.endswith(".xml"):
                found = _UNSAVED.finditer(z.read(part))
                count += sum(1 for m in found if not _SAVED.search(m.group(0)))
    return count


def _xlsx_grids(data, name):
    import openpyxl

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    except Exception as e:
        raise _broken(name, "Excel", e) from None
    unsaved = _unsaved_formulas(data)
    grids = []
    for sheet in book.worksheets:
        rows, filled = [], 0
        for row in sheet.iter_rows():
            out = []
            for cell in row:
                value = cell.value
                if isinstance(value, bool) or value is None:
                    out.append(Cell("" if value is None else str(value)))
                elif isinstance(value, (int, float)):
                    out.append(_number_cell(value, cell.number_format))
                else:
                    out.append(_text_cell(value))
            filled += sum(1 for cell in out if cell.text)
            if filled > MAX_CELLS:
                raise _too_big(name, sheet.title)
            rows.append(out)
        merged = [
            (m.min_row - 1, m.max_row, m.min_col - 1, m.max_col) for m in sheet.merged_cells.ranges
        ]
        grids.append(Grid(name, sheet.title, rows, merged))
    if unsaved and grids:
        from ..core.numbers import count

        grids[0].notes.append(
            _(
                "{formulas} have no value saved with them (the file was never opened and "
                "saved in Excel): their cells are read as empty; open and save it, then check "
                "again"
            ).format(formulas=count(unsaved, _("formula"), _("formulas")))
        )
    return grids


def printed_grid(name, sheet, texts, merged=()):
    """Return the grid of a table of printed text, its numbers read in their notation."""
    notation = notation_of(t for row in texts for t in row)
    rows = [[read_printed(t, notation) for t in row] for row in texts]
    return Grid(name, sheet, rows, merged)


def read_csv(text, name):
    """Return the grid of a CSV file: ``,``, ``;`` or tab between cells, as printed."""
    import csv

    sample = text[:8192]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
        delimiter = dialect.delimiter
    except csv.Error:
        delimiter = ";" if sample.count(";") > sample.count(",") else ","
    texts, filled = [], 0
    for row in csv.reader(io.StringIO(text), delimiter=delimiter):
        filled += sum(1 for t in row if t.strip())
        if filled > MAX_CELLS:
            raise _too_big(name, "csv")
        texts.append(row)
    return printed_grid(name, "csv", texts)


def read_docx_tables(data, name):
    """Return a grid per table of a Word document, merged cells as merges."""
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as e:
        raise _broken(name, "Word", e) from None
    grids = []
    for number, table in enumerate(document.tables, 1):
        texts: list = []
        seen: dict = {}
        merged: list = []
        for r, row in enumerate(table.rows):
            out = []
            for c, cell in enumerate(row.cells):
                key = cell._tc  # the same element for every grid cell a merge covers
                if key in seen:
                    r0, c0 = seen[key]
                    merged.append((r0, r + 1, c0, c + 1))
                    out.append("")
                else:
                    seen[key] = (r, c)
                    out.append(cell.text)
            texts.append(out)
        grids.append(
            printed_grid(name, _("table {number}").format(number=number), texts, _hull(merged))
        )
    return grids


def _hull(pieces):
    """Return one merge per top-left cell, spanning every piece that names it."""
    spans: dict = {}
    for r0, r1, c0, c1 in pieces:
        a, b, c, d = spans.get((r0, c0), (r0, r0 + 1, c0, c0 + 1))
        spans[(r0, c0)] = (a, max(b, r1), c, max(d, c1))
    return list(spans.values())


def read_html_tables(text, name):
    """Return a grid per ``<table>`` of a web page, with its colspans and rowspans."""
    import lxml.html

    try:
        root = lxml.html.document_fromstring(text)
    except Exception as e:
        raise _broken(name, "web page", e) from None
    grids = []
    for number, table in enumerate(root.iter("table"), 1):
        texts: list = []
        merged, taken = [], set()
        for r, tr in enumerate(tr for tr in table.iter("tr") if _own(tr, table)):
            while len(texts) <= r:
                texts.append([])
            c = 0
            for td in tr:
                if td.tag not in ("td", "th"):
                    continue
                while (r, c) in taken:
                    c += 1
                span = min(_int(td.get("colspan")), 1000)
                down = min(_int(td.get("rowspan")), 10000)
                if span > 1 or down > 1:
                    merged.append((r, r + down, c, c + span))
                for dr in range(down):
                    for dc in range(span):
                        taken.add((r + dr, c + dc))
                row = texts[r]
                row.extend([""] * (c + 1 - len(row)))
                row[c] = td.text_content()
                c += span
        if texts:
            sheet = _("table {number}").format(number=number)
            grids.append(printed_grid(name, sheet, texts, merged))
    return grids


def _own(tr, table):
    """Return whether a row belongs to this table, not to one nested in it."""
    parent = tr.getparent()
    while parent is not None and parent.tag != "table":
        parent = parent.getparent()
    return parent is table


def _int(text):
    try:
        return max(1, int(str(text).strip()))
    except (TypeError, ValueError):
        return 1
