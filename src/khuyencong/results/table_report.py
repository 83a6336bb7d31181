"""Table checks → what the annotated report of ``table`` shows, as plain data.

The report is each table as it was published, its merged cells merged, every checked figure
marked by its verdict and linked to its card: what the table prints, what its parts give,
the relation it rests on and, when it does not hold, what would make it hold. Words and
numbers are in the language and notation in use; present/html.py lays it out.
"""

from ..core.i18n import _
from ..core.numbers import format_number
from ..core.verdict import CONSISTENT, INCONSISTENT, TRUNCATED
from .report import rule_text, tally_view, verdict_view
from .table_rows import WHY

UNCLEAR = "unclear"
#: a cell with several checks shows the one a reader must see first
_WORST = (INCONSISTENT, UNCLEAR, TRUNCATED, CONSISTENT)


def _field(key, value):
    return {"key": key, "value": value}


def _card(row, n, sheet, locale):
    """Return a check's card: where, the figures, the rule, and the fix or why not; its
    figures in the tool's notation, as every other output writes them."""

    def figure(x):
        return "" if x is None else format_number(x, locale)

    unit = f" {row['unit']}" if row["unit"] else ""
    fields = [_field("p", figure(row["written"]) + unit)]
    if row["low"] is not None:
        span = figure(row["low"])
        if row["high"] != row["low"]:
            span += f" – {figure(row['high'])}"
        fields.append(_field("g", span + unit))
    fields.append(_field("o", row["rule"]))
    if row["fix"]:
        fields.append(_field("f", row["fix"]))
    if row["stored_note"]:
        fields.append(_field("n", row["stored_note"]))
    if row["why"]:
        said = _(WHY.get(row["why"], row["why"]))
        fields.append(_field("n", _("Not called an error: {why}.").format(why=said)))
    return {
        "n": n,
        "id": f"s{sheet}-{n}",
        "cell": f"s{sheet}-r{row['at'][0]}c{row['at'][1]}" if row["at"] else "",
        "verdict": verdict_view(row["verdict"]),
        "where": row["place"],
        "label": row["label"],
        "column": row["column"],
        "kind": _(row["kind"]),
        "reported": figure(row["written"]),
        "recomputed": fields[1]["value"] if fields[1]["key"] == "g" else "",
        "fields": fields,
    }


def _shown(cell, locale):
    """Return a cell's text as the report shows it: a spreadsheet's figure with its
    thousands grouped in the notation in use, as the table was published; a printed
    figure (a CSV's, a Word or web table's) and words as printed."""
    if cell.value is None:
        return cell.text
    percent = "%" if cell.percent else ""
    if cell.text != format(cell.value, "f") + percent:
        return cell.text
    return format_number(cell.value, locale, group=True) + percent


def _grid_rows(grid, marks, sheet, label_column, head, locale):
    """Return the grid as rows of cells {text, rows, columns, mark, id, href, head, label}:
    a merge is one cell spanning its range, the cells it covers are left out."""
    spans = {(r0, c0): (r1 - r0, c1 - c0) for r0, r1, c0, c1 in grid.merged}
    covered = {at for at, first in grid.spanned().items() if at != first}
    out = []
    for r, cells in enumerate(grid.rows):
        row = []
        for c, cell in enumerate(cells):
            if (r, c) in covered:
                continue
            rows, columns = spans.get((r, c), (1, 1))
            shown = {
                "text": _shown(cell, locale),
                "rows": rows,
                "columns": columns,
                "head": r < head,
                "label": c == label_column,
                "mark": None,
            }
            mark = marks.get((r, c))
            if mark is not None:
                shown["mark"] = mark["verdict"]["css"]
                shown["id"] = f"s{sheet}-r{r}c{c}"
                shown["href"] = mark["id"]
            row.append(shown)
        out.append(row)
    return out


def table_report(results, rows, title, failed=()):
    """Return the report of a table run: its title, tally, problems first, then each table
    with its marks and cards. ``results`` are check_sheets' (grid, SheetResult) pairs and
    ``rows`` the rows table_rows made of them (one per check, in the same order)."""
    from ..core import i18n

    locale = "vi" if i18n.language() == "vi" else "en"
    by_sheet: dict = {}
    for row in rows:
        by_sheet.setdefault((row["file"], row["sheet"]), []).append(row)
    sheets, problems = [], []
    for s, (grid, result) in enumerate(results, start=1):
        cards = [
            _card(row, n, s, locale)
            for n, row in enumerate(by_sheet.get((grid.name, grid.sheet), []), start=1)
        ]
        marks: dict = {}
        for card, row in zip(cards, by_sheet.get((grid.name, grid.sheet), []), strict=True):
            at = tuple(row["at"]) if row["at"] else None
            if at is None:
                continue
            if at not in marks or _WORST.index(card["verdict"]["code"]) < _WORST.index(
                marks[at]["verdict"]["code"]
            ):
                marks[at] = card
        layout = result.layout
        head = layout.rows[0].index if layout.rows else 0
        sheets.append(
            {
                "n": s,
                "name": grid.name,
                "sheet": grid.sheet,
                "unit": layout.unit,
                "notes": list(result.notes),
                "tally": tally_view(c["verdict"]["code"] for c in cards),
                "rows": _grid_rows(grid, marks, s, layout.label_column, head, locale),
                "cards": cards,
            }
        )
        problems += [c for c in cards if c["verdict"]["code"] == INCONSISTENT]
    return {
        "kind": "table",
        "title": title,
        "tally": tally_view(c["verdict"]["code"] for sheet in sheets for c in sheet["cards"]),
        "problems": problems,
        "sheets": sheets,
        "failed": list(failed),
        "legend": _legend(),
        "rule": _rule(locale),
    }


def _legend():
    meaning = {
        CONSISTENT: _("the parts, as displayed, can give the total as printed"),
        TRUNCATED: _("the figures give it cut, not rounded, to the places shown"),
        INCONSISTENT: _("no value the displayed parts stand for gives the printed figure"),
        UNCLEAR: _(
            "does not hold, but the table's structure leaves room for doubt: not called an error"
        ),
    }
    return [dict(verdict_view(code), meaning=meaning[code]) for code in _WORST]


def _rule(locale):
    sentence = _(
        "Each total is recomputed exactly from its parts as displayed: a figure shown "
        "{written} stands for anything from {low} to {high}, so the parts of a sum may miss "
        "their total by up to half a unit each, and half a unit more for the total itself."
    )
    return rule_text(locale, sentence, "44959")
