"""Scan findings → plain rows, with their columns, and the tally of a scan."""

from ..core.i18n import _
from ..core.numbers import MEASURE_UNITS, count
from .rows import CHECKED_COLUMNS, CHECKED_TABLE_COLUMNS, Column, markdown_columns

SCAN_COLUMNS = [
    Column("file", "File"),
    Column("line", "Line", "number"),
    Column("where", "Where"),
    Column("excerpt", "Excerpt"),
    Column("kind", "Kind"),
    *CHECKED_COLUMNS,
]
SCAN_TABLE_COLUMNS = [
    Column("place", "Where"),  # wraps at spaces: "mine.docx:" / "table 1, row 3"
    Column("excerpt", "Excerpt", optional=True),
    Column("kind", "Kind"),  # "tỷ lệ" / "thực hiện"
    *CHECKED_TABLE_COLUMNS,
]
SCAN_MARKDOWN_COLUMNS = markdown_columns(SCAN_TABLE_COLUMNS)


def scan_rows(scanners, locale="en"):
    """Return one row per percentage found in the scanned texts, in text order."""
    from ..text.notes import describe_finding

    rows = []
    for scanner in scanners:
        for f in scanner.findings:
            row = {
                "file": f.file,
                "line": f.line,
                "where": f.where,
                "place": f"{f.file}: {f.where}",
                "excerpt": f.excerpt,
                "kind": f.kind or "?",
                "reported": f.reported,
                "reported_unit": MEASURE_UNITS.get(f.kind, "%"),
                "verdict": f.status,
                "note": describe_finding(f, locale),
            }
            if f.verdict is not None:
                row.update(
                    recomputed=f.verdict.recomputed,
                    low=f.verdict.low,
                    high=f.verdict.high,
                    unit=MEASURE_UNITS.get(f.kind, "%"),
                )
            elif f.implied is not None:
                row.update(
                    recomputed=f.implied.value,
                    low=f.implied.low,
                    high=f.implied.high,
                    unit=f.unit,
                )
            rows.append(row)
    return rows


def scan_tally(rows, files):
    """Return the one-line count of what a scan found."""
    counts: dict = {}
    for row in rows:
        counts[row["verdict"]] = counts.get(row["verdict"], 0) + 1
    said = ", ".join(f"{n} {_(k)}" for k, n in counts.items())
    return _("{percentages} in {files}: {verdicts}").format(
        percentages=count(len(rows), _("percentage"), _("percentages")),
        files=count(files, _("file"), _("files")),
        verdicts=said or _("none found"),
    )
