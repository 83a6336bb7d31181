"""Each relation weighed on the figures as displayed, with the rounding rule of ``verify``.

A displayed figure stands for ± half a unit of its last digit, so a sum of n displayed parts
is an interval n units wide: the total is consistent when its own interval meets it. Exact
integer arithmetic, no tolerance. A percentage column that is a ratio of two others is judged
as ``check share`` judges one (rounding or truncation, as written).
"""

import re
from decimal import Decimal

from ..core.i18n import _
from ..core.interval import Interval
from ..core.numbers import decimals, exact_sum, format_number
from ..core.verdict import CONSISTENT, INCONSISTENT, judge
from .layout import find_layout
from .relations import PARTIAL, RATIO, column_relations, row_relations

UNCLEAR = "unclear"
_ZERO = Interval(0, 0)


class Check:
    """One relation checked at one place: a total, what it was made from, and the verdict.
    ``at`` is the total's cell in its grid, (row, column) from 0; ``cells`` the total's
    cell, its parts' [(cell, sign)] and a ratio's shift, for the check of stored numbers
    (stored.py), which fills ``stored``, ``stored_sum`` and ``stored_verdict``."""

    __slots__ = (
        "at",
        "cells",
        "column",
        "difference",
        "file",
        "fix",
        "high",
        "kind",
        "label",
        "low",
        "row",
        "rule",
        "sheet",
        "source",
        "stored",
        "stored_sum",
        "stored_verdict",
        "verdict",
        "why",
        "written",
    )

    def __init__(self, **fields):
        for name in self.__slots__:
            setattr(self, name, fields.get(name))


class SheetResult:
    """A grid's checks, with its layout, and what a reader should know of how it was read."""

    __slots__ = ("checks", "layout", "notes", "parents")

    def __init__(self, layout, checks, notes, parents):
        self.layout, self.checks, self.notes, self.parents = layout, checks, notes, parents


def _interval(cell):
    return _ZERO if cell.value is None else Interval.unround(cell.value)


def _fraction_decimal(fraction, places):
    from ..core.numbers import ratio_to_decimal

    return ratio_to_decimal(fraction.numerator, fraction.denominator, places)


def check_grid(grid, mode="any"):
    """Return the SheetResult of one grid."""
    layout = find_layout(grid)
    notes: list = list(grid.notes)
    if not layout.rows or not layout.columns:
        return SheetResult(layout, [], [*notes, _("no table of figures found")], 0)
    relations = row_relations(layout) + column_relations(layout)
    layout.noted = noted(layout)
    checks = []
    for relation in relations:
        if relation.axis == "row":
            checks.extend(_row_checks(layout, relation, mode))
        else:
            checks.extend(_column_checks(layout, relation, mode))
    parents = len({(c.row, c.column) for c in checks})
    return SheetResult(layout, checks, notes, parents)


def _row_checks(layout, relation, mode):
    rows = layout.rows
    total = rows[relation.total]
    for column in layout.columns:
        if column.percent:
            continue
        c = column.index
        parts = [(rows[i].cells[c], s) for i, s in relation.parts]
        if any(cell.percent for cell, _s in parts) or total.cells[c].percent:
            continue
        yield from _judge(layout, relation, total.cells[c], parts, total, column, mode)


def _column_checks(layout, relation, mode):
    columns = {col.index: col for col in layout.columns}
    column = columns[relation.total]
    for row in layout.rows:
        total = row.cells[relation.total]
        parts = [(row.cells[i], s) for i, s in relation.parts]
        if relation.kind == RATIO:
            yield from _judge_ratio(layout, relation, total, parts, row, column, mode)
            continue
        if total.percent or any(cell.percent for cell, _s in parts):
            continue
        yield from _judge(layout, relation, total, parts, row, column, mode)


def _base(layout, relation, row, column):
    return {
        "file": layout.grid.name,
        "sheet": layout.grid.sheet,
        "row": row.index + 1,
        "at": (row.index, column.index),
        "label": row.label,
        "column": column.name,
        "kind": _kind(relation),
        "rule": rule_text(layout, relation),
        "source": relation.source,
    }


def _kind(relation):
    if relation.kind == RATIO:
        return "ratio"
    if relation.axis == "column":
        return "column-sum" if relation.kind != PARTIAL else "partial"
    return relation.kind


def _judge(layout, relation, total, parts, row, column, mode):
    if total.value is None or all(cell.value is None for cell, _s in parts):
        return
    if any(cell.value is None and _unknown(cell.text) for cell, _s in parts):
        return  # a part shows a note or a word where its figure would be: not zero, unknown
    if relation.axis == "row" and not any(cell.value for cell in layout.rows[relation.total].cells):
        return  # a heading row that shows no figure but zero: no total to check
    written = total.value
    fields = dict(_base(layout, relation, row, column), cells=(total, parts, 0))
    if relation.kind == PARTIAL:
        values = [cell.value for cell, s in parts if cell.value is not None]
        if not values or written < 0 or min(values) < 0:
            return  # with a refund among the parts, one part may well exceed the whole
        biggest = max(values)
        ok = Interval.unround(biggest).low <= Interval.unround(written).high
        yield Check(
            **fields,
            written=written,
            low=biggest,
            high=biggest,
            verdict=CONSISTENT if ok else INCONSISTENT,
            difference=None if ok else written - biggest,
            fix=None
            if ok
            else _("A part ({part}) is larger than its whole.").format(part=format_number(biggest)),
        )
        return
    whole = Interval.unround(written)
    summed = Interval.total(
        (_interval(cell) if s > 0 else _ZERO - _interval(cell)) for cell, s in parts
    )
    exact = exact_sum([cell.value * s for cell, s in parts if cell.value is not None])
    shown = [written, *(c.value for c, _s in parts)]
    places = max(decimals(v) for v in shown if v is not None)
    low, high = _fraction_decimal(summed.low, places), _fraction_decimal(summed.high, places)
    if whole.meets(summed):
        yield Check(**fields, written=written, low=low, high=high, verdict=CONSISTENT)
        return
    difference = written - exact
    why = weigh(relation, written, difference, _note_on(layout, relation, row, column))
    verdict = UNCLEAR if why else INCONSISTENT
    fix = ("sum", {"sum": exact, "difference": difference})
    yield Check(
        **fields,
        written=written,
        low=low,
        high=high,
        verdict=verdict,
        difference=difference,
        fix=fix,
        why=why,
    )


#: the largest gap, as a share of the total, that a relation the table does not print may
#: show and still be called an error: beyond it, a list that leaves items out (defence
#: spending not disclosed, revenue not split by province) is likelier than a slip
INFERRED_GAP = Decimal("0.01")
_QUALIFYING_NOTE = re.compile(
    r"bao\s+gồm|kể\s+cả|chưa\s+phân\s+bổ|không\s+phân\s+bổ|loại\s+trừ|không\s+tính", re.I
)


def weigh(relation, written, difference, qualified=False):
    """Return why a total that its parts miss is not called an error (None: it is one).

    This is the one place that decides. A relation the table prints is firm: any gap beyond
    rounding is an error. One inferred from numbering, a header or a label is an error only
    when nothing else explains the gap: its reading is not in doubt, the gap is within
    INFERRED_GAP of the total, and no note under the table says what its figures include
    (``qualified``: see noted()). A ratio read from a header ("So sánh (%)") names no
    columns, so it is never an error.
    """
    if relation.unclear:
        return relation.unclear
    if relation.source == "printed":
        return None
    if relation.kind == RATIO:  # "So sánh (%)" names no columns: it may confirm, not accuse
        return "the columns a ratio compares are not printed"
    scale = max(abs(written), abs(written - difference))
    if scale and abs(difference) > INFERRED_GAP * scale:
        return "gap too large for a slip"
    if qualified:
        return "a note under the table qualifies totals"
    return None


#: a note's own mark: "(1) Bao gồm …", "(*) Chưa bao gồm …"
_NOTE_MARK = re.compile(
    r"\s*(?:(?:ghi\s+chú|chú\s+thích|lưu\s+ý|note)\s*:?\s*)?(\((?:\d{1,2}|\*{1,3})\))",
    re.I,
)
_ANY_MARK = re.compile(r"\((?:\d{1,2}|\*{1,3})\)")
#: every cell of a table
EVERYWHERE = "everywhere"


def noted(layout):
    """Return what the notes under a table that say what figures include (bao gồm, chưa
    phân bổ, …) qualify: None (no such note), EVERYWHERE, or (grid rows, grid columns).

    A numbered note qualifies what carries its mark: "(1) Bao gồm …" the column whose
    header, or the row whose label, ends in "(1)". A note without a mark, or whose mark
    nothing carries, qualifies every figure; so do marks on every column (those are the
    columns' numbers, not notes' marks)."""
    qualifying = [n for n in layout.notes if _QUALIFYING_NOTE.search(n)]
    if not qualifying:
        return None
    marked = [c for c in layout.columns if any(_ANY_MARK.search(h) for h in c.header)]
    if len(layout.columns) >= 3 and len(marked) == len(layout.columns):
        return EVERYWHERE
    rows, columns = set(), set()
    for note in qualifying:
        m = _NOTE_MARK.match(note)
        if m is None:
            return EVERYWHERE
        mark = m.group(1)
        found_columns = {c.index for c in layout.columns if any(mark in h for h in c.header)}
        found_rows = {r.index for r in layout.rows if _carries(r, mark)}
        if not found_columns and not found_rows:
            return EVERYWHERE
        rows |= found_rows
        columns |= found_columns
    return rows, columns


def _carries(row, mark):
    """Return whether a row carries a note's mark: at its label's end, beside a figure, or
    in a column of marks of its own; not as the note itself."""
    for cell in row.cells:
        if mark in cell.text and (cell.value is not None or not _NOTE_MARK.match(cell.text)):
            return True
    return False


def _qualified(scope, rows, columns):
    """Return whether a check over grid ``rows`` and ``columns`` is qualified by a note."""
    if scope is None:
        return False
    if scope == EVERYWHERE:
        return True
    noted_rows, noted_columns = scope
    return bool(noted_rows & set(rows) or noted_columns & set(columns))


def _note_on(layout, relation, row, column):
    """Return whether a note under the table qualifies a check: its total's row or column,
    or a part's."""
    if relation.axis == "row":
        rows = [layout.rows[relation.total].index] + [
            layout.rows[i].index for i, _s in relation.parts
        ]
        columns = [column.index]
    else:
        rows, columns = [row.index], [relation.total] + [i for i, _s in relation.parts]
    return _qualified(layout.noted, rows, columns)


def _unknown(text):
    """Return whether an empty-figure cell shows words, a note mark: not a zero."""
    t = text.strip()
    return bool(t) and t not in ("-", "–", "—", "0", "x", "X")


def _judge_ratio(layout, relation, total, parts, row, column, mode):
    (a, _s), (b, _t) = parts
    if total.value is None or a.value is None or b.value is None:
        return
    shift = -100 if relation.rule[0] == "change header" else 0  # "Tăng/giảm (%)": a/b − 1
    try:
        interval = (Interval.unround(a.value) / Interval.unround(b.value)).scale(100, shift)
    except ZeroDivisionError:
        return
    reported = total.value
    verdict = judge(interval, reported, mode)
    places = decimals(reported) + 2
    fields = dict(_base(layout, relation, row, column), cells=(total, parts, shift))
    low, high = _fraction_decimal(interval.low, places), _fraction_decimal(interval.high, places)
    if verdict != INCONSISTENT:
        yield Check(**fields, written=reported, low=low, high=high, verdict=verdict)
        return
    recomputed = _fraction_decimal(
        (Interval.unround(a.value).low + Interval.unround(a.value).high)
        / (Interval.unround(b.value).low + Interval.unround(b.value).high)
        * 100
        + shift,
        decimals(reported),
    )
    why = weigh(relation, reported, reported - recomputed, _note_on(layout, relation, row, column))
    yield Check(
        **fields,
        written=reported,
        low=low,
        high=high,
        verdict=UNCLEAR if why else verdict,
        difference=reported - recomputed,
        fix=("change" if shift else "ratio", {"a": a.value, "b": b.value, "value": recomputed}),
        why=why,
    )


def fix_text(fix, locale="en"):
    """Return what would make a check consistent, in words and the notation of ``locale``.
    ``fix`` is (what, its figures), as a check holds it."""
    what, f = fix

    def n(x):
        return format_number(x, locale)

    if what == "partial":
        return _("A part ({part}) is larger than its whole.").format(part=n(f["part"]))
    if what == "ratio":
        return _("{a} / {b} is {value}%.").format(a=n(f["a"]), b=n(f["b"]), value=n(f["value"]))
    if what == "change":
        return _("{a} against {b} is a change of {value}%.").format(
            a=n(f["a"]), b=n(f["b"]), value=n(f["value"])
        )
    if what == "cross":
        return _("Sheet {sheet} prints {value}.").format(sheet=f["sheet"], value=n(f["value"]))
    change = _("{n} less") if f["difference"] < 0 else _("{n} more")
    return _("The parts add to {sum}: the total would be {sum}, or one part {change}.").format(
        sum=n(f["sum"]), change=change.format(n=n(abs(f["difference"])))
    )


def rule_text(layout, relation):
    """Return the words that say what a check rests on, for a person."""
    what, params = relation.rule
    rows = layout.rows
    if relation.axis == "row":
        head = rows[relation.total]
        name = head.stt or head.label[:30]
        if what == "numbered":
            return _("{parent} = {first} … {last}, from the numbering column").format(
                parent=name, first=params["first"], last=params["last"]
            )
        if what == "partial":
            return _("the rows under 'Trong đó' of {parent}: each at most the whole").format(
                parent=name
            )
        if what == "label formula":
            return _("{formula}, printed in the label").format(formula=params["formula"])
        return _("{label} = {first} … {last}, the table's top rows").format(
            label=head.label, first=params["first"], last=params["last"]
        )
    if what == "column formula":
        return _("column {formula}, printed in row {row}").format(
            formula=params["formula"], row=(layout.number_row or 0) + 1
        )
    if what == "ratio header":
        return _("'{header}' = {a} / {b} × 100, read from the header").format(**params)
    if what == "change header":
        return _("'{header}' = {a} / {b} × 100 − 100, read from the header").format(**params)
    if what == "header group":
        return _("the columns under '{group}' split the column before them").format(
            group=params["group"]
        )
    return _("'Tổng số' under '{group}' = the columns beside it").format(group=params["group"])


def check_sheets(grids, mode="any", stored=False):
    """Return [(grid, SheetResult)] for every grid of one file, with the lines that a later
    sheet prints again checked against their first printing (across.py); ``stored``: each
    check made again on the numbers the workbook stores (stored.py)."""
    from .across import cross_checks

    results = [(grid, check_grid(grid, mode)) for grid in grids]
    cross_checks(results)
    if stored:
        from .stored import check_stored

        for _grid, result in results:
            check_stored(result.checks)
    return results


__all__ = ["UNCLEAR", "Check", "Decimal", "SheetResult", "check_grid", "check_sheets"]
