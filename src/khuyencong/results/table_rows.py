"""Table checks → plain rows, with their columns, and the tally of a table run."""

from ..core.i18n import N_, _
from ..core.numbers import count
from .rows import Column

#: the fields of a check in CSV and JSON: stable names, documented in the README
TABLE_COLUMNS = [
    Column("file", "File"),
    Column("sheet", "Sheet"),
    Column("row", "Row", "number"),
    Column("label", "Label"),
    Column("column", "Column"),
    Column("kind", "Kind"),
    Column("written", "Written", "measure"),
    Column("low", "Low", "measure"),
    Column("high", "High", "measure"),
    Column("unit", "Unit"),
    Column("verdict", "Verdict"),
    Column("rule", "Rule"),
    Column("source", "Source"),
    Column("difference", "Difference", "measure"),
    Column("fix", "Fix"),
    Column("why", "Why"),
    Column("note", "Note"),
]
#: for people: where, what, the figures and the verdict; the rule and the fix as notes
TABLE_TABLE_COLUMNS = [
    Column("place", "Where", wrap=False),
    Column("label", "Label", optional=True),
    Column("column_short", "Column", wrap=False),
    Column("kind", "Kind", wrap=False),
    Column("written", "Written", "measure"),
    Column("interval", "Parts give", "range", keys=("low", "high")),
    Column("verdict_cell", "Verdict", wrap=False),
]
TABLE_MARKDOWN_COLUMNS = [
    *TABLE_TABLE_COLUMNS[:-1],
    Column("verdict", "Verdict"),
    Column("note", "Note"),
]

#: why a check was left unclear, in words for a person (the codes stay in the data)
WHY = {
    "gap too large for a slip": N_(
        "the parts miss the total by more than 1%: a list that leaves items out is likelier "
        "than a slip"
    ),
    "a note under the table qualifies totals": N_(
        "a note under the table says what its totals include"
    ),
    "unnumbered rows among the parts": N_("unnumbered rows stand among the parts"),
    "parts numbered in more than one way": N_("the parts are numbered in more than one way"),
    "the parts' numbers skip or repeat": N_("the parts' numbers skip or repeat"),
    "the same words may name two scopes": N_(
        "the same words may name two scopes (the state budget's line and the central budget's)"
    ),
    "the columns a ratio compares are not printed": N_(
        "which columns the ratio compares is read from its header, not printed"
    ),
}


def table_rows(results, locale="en"):
    """Return one row per check of every sheet, in sheet and row order; the words of a fix
    in the notation of ``locale`` (the data fields keep numbers as numbers)."""
    from ..tables.checks import fix_text

    rows = []
    files = len({grid.name for grid, _r in results})
    for grid, result in results:
        unit = result.layout.unit
        for c in sorted(result.checks, key=lambda c: (c.row, c.at[1] if c.at else 0)):
            note = _("{rule}.").format(rule=c.rule)
            fix = fix_text(c.fix, locale) if c.fix else None
            if fix:
                note += " " + fix
            if c.why:
                note += " " + _("Not called an error: {why}.").format(why=_(WHY.get(c.why, c.why)))
            sheet = grid.sheet
            rows.append(
                {
                    "file": c.file,
                    "sheet": sheet,
                    "row": c.row,
                    "label": c.label,
                    "column": c.column,
                    "kind": c.kind,
                    "written": c.written,
                    "low": c.low,
                    "high": c.high,
                    "unit": "%" if c.kind == "ratio" else unit,
                    "verdict": c.verdict,
                    "rule": c.rule,
                    "source": c.source,
                    "difference": c.difference,
                    "fix": fix,
                    "why": c.why,
                    "note": note if c.verdict != "consistent" else "",
                    "place": _place(c.file, sheet, c.row, files),
                    "at": c.at,
                    "column_short": _short(c.column),
                }
            )
    return rows


def _place(name, sheet, row, files):
    """Return "M04, row 11", with the file's name first when a run reads several."""
    if files == 1:
        return _("{sheet}, row {row}").format(sheet=sheet, row=row)
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    return _("{file} {sheet}, row {row}").format(file=base, sheet=sheet, row=row)


def _short(column, limit=24):
    """Return a column's name for a narrow table: its printed number, else its last words."""
    if column.startswith("("):
        return column.split(")", 1)[0] + ")"
    last = column.rsplit(" / ", 1)[-1]
    return last if len(last) <= limit else last[: limit - 1] + "…"


def table_tally(rows, sheets, files):
    """Return the one-line count of a table run."""
    counts: dict = {}
    for row in rows:
        counts[row["verdict"]] = counts.get(row["verdict"], 0) + 1
    said = ", ".join(f"{n} {_(k)}" for k, n in counts.items())
    return _("{checks} in {sheets} of {files}: {verdicts}").format(
        checks=count(len(rows), _("check"), _("checks")),
        sheets=count(sheets, _("sheet"), _("sheets")),
        files=count(files, _("file"), _("files")),
        verdicts=said or _("nothing to check found"),
    )
