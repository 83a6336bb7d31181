"""The numbers a spreadsheet stores behind what it shows, checked too (``table --stored``).

A reader sees ``44.959``; the workbook may hold ``44958.5``. The checks of checks.py judge
what is shown, each figure standing for ± half a unit of its last digit. This checks the same
relations on the numbers stored, exactly, and so says where the two disagree: a total that
holds as shown but not as stored (a figure typed over a formula, the gap hidden by the
rounding of what is shown), or one that holds as stored but not as shown (a format that
shows something other than a rounding of what the cell holds).

Only where the workbook holds more than it shows: when every figure of a check is stored as
it is shown, checking the stored numbers would only repeat the check of what is shown
without its rounding room, and a table typed with rounded figures would look wrong where it
is not.
"""

from decimal import Decimal, localcontext

from ..core.verdict import CONSISTENT, INCONSISTENT

#: stored numbers agree when they differ by at most this share of the largest of them: a
#: spreadsheet's binary arithmetic leaves about 1e-15 of it; no figure shown is that fine
STORED_TOLERANCE = Decimal("1e-9")


def _stored(cell):
    """Return the number a cell stores at the scale shown; zero for a blank or a dash; None
    for words (no number to check)."""
    if cell.stored is not None:
        return cell.stored
    if cell.value is not None:
        return cell.value
    return Decimal(0) if cell.text.strip() in ("", "-", "–", "—") else None


def _close(a, b, scale):
    return abs(a - b) <= STORED_TOLERANCE * max(Decimal(1), scale)


def check_stored(checks):
    """Fill ``stored``, ``stored_sum`` and ``stored_verdict`` of each check whose figures a
    workbook stores with more digits than it shows; leave the others None."""
    for check in checks:
        if check.cells is None:
            continue
        total, parts, shift = check.cells
        cells = [total, *(cell for cell, _s in parts)]
        if all(c.stored is None or c.stored == c.value for c in cells):
            continue  # stored as shown: nothing the check of what is shown did not see
        written = _stored(total)
        figures = [(_stored(cell), s) for cell, s in parts]
        if written is None or any(f is None for f, _s in figures):
            continue
        scale = max(abs(x) for x in [written, *(f for f, _s in figures)])
        with localcontext() as context:
            context.prec = 40
            if check.kind == "partial":
                given = max(f for f, _s in figures)
                holds = given <= written or _close(given, written, scale)
            elif check.kind == "ratio":
                (a, _s), (b, _t) = figures
                if b == 0:
                    continue
                given = a / b * 100 + shift
                holds = _close(given, written, abs(given))
            else:
                given = sum((f * s for f, s in figures), Decimal(0))
                holds = _close(given, written, scale)
        check.stored, check.stored_sum = written, given
        check.stored_verdict = CONSISTENT if holds else INCONSISTENT
