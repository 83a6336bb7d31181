"""Excel (.xlsx) → each sheet's rows as lines of cells joined by " | " (openpyxl, read-only).

A number is written back with the digits its cell's format shows ("0.000" keeps 85.170), in
the notation of the sheet's own words, so scan reads it as the report printed it; a cell
formatted as a percentage is written as one (0.2797 → 27.97%).
"""

import io
import re
from decimal import Decimal

from ..core.errors import KhuyenCongError
from ..core.i18n import _
from ..tables.numfmt import shown
from . import Block, Document


def read_xlsx(data, name):
    """Return the Document of an Excel workbook. openpyxl's warnings on what it cannot make
    sense of stay off the terminal: the file is read, or refused in one line."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return _read_xlsx(data, name)


def _read_xlsx(data, name):
    import openpyxl

    try:  # a broken workbook or cell (NaN, a bad shared-string index, a cell reference
        # past ZZZ, a date that is none) is a broken file: one line, whatever openpyxl raised
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        try:
            rows = [
                (sheet.title, number, row)
                for sheet in book.worksheets
                for number, row in enumerate(sheet.iter_rows(), start=1)
            ]
        finally:
            book.close()
    except MemoryError:
        raise
    except Exception as e:
        raise KhuyenCongError(
            _("is a broken Excel file ({problem})").format(
                problem=f"{type(e).__name__}: {str(e)[:80]}"
            ),
            path=name,
        ) from None
    words = " ".join(str(c.value) for _, _, row in rows for c in row if isinstance(c.value, str))[
        :20000
    ]
    from ..text.language import detect_locale

    vi = detect_locale(words) == "vi"
    blocks = []
    for title, number, row in rows:
        cells = [_cell(c, vi) for c in row]
        while cells and not cells[-1]:
            cells.pop()
        if any(cells):
            blocks.append(Block("| " + " | ".join(cells) + " |", f"sheet {title}, row {number}"))
    return Document(name, "xlsx", blocks)


def _cell(cell, vi):
    """Return a cell as its format shows it: the digits shown, grouped only where the format
    groups them (General shows 2021 as 2021, a year, not 2.021), in the sheet's notation."""
    value = getattr(cell, "value", None)
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        return " ".join(str(value).split())
    fmt = getattr(cell, "number_format", "General") or "General"
    figure = shown(value, fmt)
    if figure.value is None:  # shown as nothing (a zero section of ""), or not a number
        return ""
    text = f"{figure.value:f}"
    whole, _dot, fraction = text.partition(".")
    sign = "-" if whole.startswith("-") else ""
    whole = whole.lstrip("-")
    if _grouped(fmt):
        whole = f"{int(whole):,}".replace(",", "." if vi else ",")
    text = sign + whole + (("," if vi else ".") + fraction if fraction else "")
    return text + ("%" if figure.percent else "")


def _grouped(fmt):
    """Whether a number format groups thousands ("#,##0"): a comma between placeholders."""
    return bool(re.search(r"[0#?],[0#?]", re.sub(r'"[^"]*"|\\.', "", fmt)))
