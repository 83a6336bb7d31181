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
#: with --stored: the total as stored, what the stored parts give, and the verdict on them
STORED_COLUMNS = [
    Column("stored", "Stored", "measure"),
    Column("stored_sum", "Stored parts give", "measure"),
    Column("stored_verdict", "Stored verdict"),
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
            apart = disagrees(c)
            stored_note = _stored_words(c, locale) if apart else ""
            if apart:
                note = (note + " " if c.verdict != "consistent" else "") + stored_note
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
                    "note": note if c.verdict != "consistent" or apart else "",
                    "stored": None if c.stored is None else _significant(c.stored),
                    "stored_sum": None if c.stored_sum is None else _significant(c.stored_sum),
                    "stored_verdict": c.stored_verdict,
                    "apart": apart,
                    "stored_note": stored_note,
                    "place": _place(c.file, sheet, c.row, files),
                    "at": c.at,
                    "column_short": _short(c.column),
                }
            )
    return rows


def disagrees(check):
    """Return whether a check's figures as stored and as shown tell different things: it
    holds as shown but not as stored, or the other way round."""
    if check.stored_verdict is None or check.verdict == "unclear":
        return False
    return (check.stored_verdict == "consistent") != (check.verdict != "inconsistent")


def _stored_words(check, locale):
    """Return what the stored numbers say, where they and what is shown disagree."""
    from ..core.numbers import format_number

    said = (
        _(
            "As stored, the parts give {given} and the total holds {stored}: they do not agree, "
            "though the figures shown do."
        )
        if check.stored_verdict != "consistent"
        else _(
            "As stored, the parts give {given} and the total holds {stored}: they agree; "
            "what is shown is not a rounding of what is stored."
        )
    )
    return said.format(
        given=format_number(_significant(check.stored_sum), locale),
        stored=format_number(_significant(check.stored), locale),
    )


def _significant(number, digits=15):
    """Return a stored number to the 15 significant digits a spreadsheet keeps."""
    from decimal import Decimal

    if number == 0:
        return Decimal(0)
    exponent = number.adjusted() - digits + 1
    rounded = number.quantize(Decimal(1).scaleb(exponent)) if exponent < 0 else number
    return rounded.normalize() if rounded != rounded.to_integral_value() else rounded.quantize(1)


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


def table_tally(rows, sheets, files, stored=False):
    """Return the one-line count of a table run; with ``stored``, how many checks the
    numbers stored and the figures shown disagree on."""
    counts: dict = {}
    for row in rows:
        counts[row["verdict"]] = counts.get(row["verdict"], 0) + 1
    said = ", ".join(f"{n} {_(k)}" for k, n in counts.items())
    if stored:
        apart = sum(1 for row in rows if row["apart"])
        said += "; " + _("stored and shown disagree in {n}").format(n=apart)
    return _("{checks} in {sheets} of {files}: {verdicts}").format(
        checks=count(len(rows), _("check"), _("checks")),
        sheets=count(sheets, _("sheet"), _("sheets")),
        files=count(files, _("file"), _("files")),
        verdicts=said or _("nothing to check found"),
    )
