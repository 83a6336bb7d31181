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
from . import Block, Document


def read_xlsx(data, name):
    """Return the Document of an Excel workbook."""
    import openpyxl

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as e:
        raise KhuyenCongError(
            _("is a broken Excel file ({problem})").format(problem=type(e).__name__), path=name
        ) from None
    try:
        rows = [
            (sheet.title, number, row)
            for sheet in book.worksheets
            for number, row in enumerate(sheet.iter_rows(), start=1)
        ]
    finally:
        book.close()
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
    value = getattr(cell, "value", None)
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        return " ".join(str(value).split())
    fmt = getattr(cell, "number_format", "General") or "General"
    percent = "%" in fmt
    number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    if percent:
        number = number.scaleb(2)
    places = _places(fmt)
    if places is not None:
        number = number.quantize(Decimal(1).scaleb(-places))
    text = f"{number:f}"
    if vi:
        whole, _, fraction = text.partition(".")
        sign = "-" if whole.startswith("-") else ""
        whole = f"{int(whole.lstrip('-')):,}".replace(",", ".")
        text = sign + whole + ("," + fraction if fraction else "")
    return text + ("%" if percent else "")


def _places(fmt):
    """Return the decimals a number format shows ("#,##0.000" → 3), or None for General."""
    if fmt == "General":
        return None
    m = re.search(r"0\.(0+)", fmt)
    return len(m.group(1)) if m else 0
