"""The same line on two sheets of one workbook: its figures must agree.

A workbook's appendices restate one another: the Ministry's M01 prints "TỔNG THU CÂN ĐỐI
NGÂN SÁCH NHÀ NƯỚC" and M03 prints it again over its breakdown. A line is matched across
sheets only when nothing is in doubt about which figure it is: the same label, long
enough to name one item (not "Tổng số", "Chi khác"), once on each sheet, in the same
unit, read in the first value column of each, under the same header words. Such figures
that agree are confirmed. Ones that differ are reported with both figures, as unclear and
never as an error: the same words may name two scopes (the state budget's "Chi đầu tư
phát triển" on M04, the central budget's on M06).
"""

import re
import unicodedata

from ..core.interval import Interval
from ..core.verdict import CONSISTENT

#: labels shorter than this name no one item
MIN_LABEL = 12


def cross_checks(results):
    """Add to ``results`` ([(grid, SheetResult)] of one file) a check for each line that a
    later sheet prints again: against its first printing."""
    from .checks import UNCLEAR, Check

    first: dict = {}
    for grid, result in results:
        layout = result.layout
        if layout is None or not layout.columns:
            continue
        column = layout.columns[0]
        header = _key(" ".join(h for h in column.header if h))
        unit = _key(layout.unit or "")
        labels = [_key(row.label) for row in layout.rows]
        for row, label in zip(layout.rows, labels, strict=True):
            if len(label) < MIN_LABEL or labels.count(label) != 1:
                continue
            cell = row.cells[column.index] if column.index < len(row.cells) else None
            if cell is None or cell.value is None:
                continue
            key = (label, unit, header)
            if key not in first:
                first[key] = (grid, row, cell)
                continue
            then_grid, then_row, then_cell = first[key]
            if then_grid.sheet == grid.sheet:
                continue
            agree = Interval.unround(cell.value).meets(Interval.unround(then_cell.value))
            result.checks.append(
                Check(
                    file=grid.name,
                    sheet=grid.sheet,
                    row=row.index + 1,
                    at=(row.index, column.index),
                    cells=(cell, [(then_cell, 1)], 0),
                    label=row.label,
                    column=column.name,
                    kind="cross-sheet",
                    rule=_rule(then_grid.sheet, then_row.index + 1),
                    source="label",
                    written=cell.value,
                    low=then_cell.value,
                    high=then_cell.value,
                    verdict=CONSISTENT if agree else UNCLEAR,
                    difference=None if agree else cell.value - then_cell.value,
                    fix=None
                    if agree
                    else ("cross", {"value": then_cell.value, "sheet": then_grid.sheet}),
                    why=None if agree else "the same words may name two scopes",
                )
            )


def _rule(sheet, row):
    from ..core.i18n import _

    return _("the same line on sheet {sheet}, row {row}").format(sheet=sheet, row=row)


def _key(text):
    """Return a label as compared: NFC, lower case, its numbering, formulas and marks gone."""
    text = unicodedata.normalize("NFC", text).lower()
    text = re.sub(r"\([^)]*\)", " ", text)  # "(A+B+C)", "(1)": not the item's name
    text = re.sub(r"^[\s\-–+*•.]*(?:[a-z]|[ivxlc]+|\d+(?:\.\d+)*)[.)]\s+", "", text)
    return " ".join(re.findall(r"\w+", text))
