"""``khuyencong table``: published tables in, every total, split and ratio checked."""

import sys

import click

from ..core.i18n import N_, _
from .emit import VERDICT_STYLES, emit, said_problems, save_report
from .options import (
    TABLE_FORMATS,
    Command,
    DataError,
    choose_language,
    error_line,
    format_option,
    html_option,
    jobs_option,
    quiet_option,
    rounding_option,
    usable_jobs,
)

VERDICTS = ("consistent", "consistent (truncated)", "inconsistent", "unclear")


@click.command(cls=Command)
@click.argument("inputs", nargs=-1, required=True, metavar="FILE…")
@click.option(
    "--sheet", "sheets", multiple=True, metavar="NAME", help="Only this sheet (again for more)."
)
@click.option(
    "--locale",
    type=click.Choice(["en", "vi"]),
    default="en",
    show_default=True,
    callback=choose_language,
    is_eager=True,
    help="Notation of what is shown, and its language: en 1147100 · vi 1.147.100.",
)
@rounding_option
@format_option(TABLE_FORMATS)
@click.option(
    "--only",
    type=click.Choice(VERDICTS),
    default=None,
    help="Show only the checks with this verdict.",
)
@html_option(
    said=N_(
        "Also write the annotated report: one HTML page to share, each table as published "
        "with every checked figure marked by its verdict (never over a file without --force)."
    )
)
@click.option("--force", is_flag=True, help="Overwrite the --html file if it exists.")
@click.option(
    "--stored",
    is_flag=True,
    help="Also check the numbers a workbook stores behind what it shows, and say where the "
    "two disagree.",
)
@jobs_option
@quiet_option
def table(inputs, sheets, locale, rounding, fmt, only, html, force, stored, jobs, quiet):
    """Check the totals, splits and percentage columns of published tables.

    Reads the tables budget reports publish — Excel (.xls, .xlsx, .xlsm, read through each
    cell's number format, as a reader sees it), CSV, and the tables of Word (.docx), web
    pages (.html) and PDFs with a text layer — works out what should add up from what the
    table itself prints (a column-number row such as 1 = 2 + 3, a label such as TỔNG SỐ
    (A+B+C), the numbering column, merged headers, Trong đó for a partial list) and checks
    each total against its parts, every displayed figure standing for ± half a unit of its
    last digit. Exit 1 if a check is inconsistent, 2 if a file could not be read (the others
    are still checked).

    \b
    Examples:
      khuyencong table Plan_2015.xls
      khuyencong table budget/ --only inconsistent
      khuyencong table Final_2012.xls --sheet M09+ --format csv > checks.csv
      khuyencong table Plan_2015.xls --html checked.html
      khuyencong table Final_2007.xls --stored --format csv > stored.csv
    """
    from types import SimpleNamespace

    from ..core.display import visible
    from ..datafile.output import targets_apart
    from ..documents import inputs as text_inputs
    from ..results import table_rows as tr
    from ..results.scanning import table_many, table_one
    from ..tables.readers import TABLE_ENDINGS

    if "-" in inputs:
        raise DataError(_("tables are read from files, not standard input"))
    problems: list = []
    files = list(text_inputs(inputs, TABLE_ENDINGS, problems, _("tables")))
    unread = said_problems(problems)
    # refused now, not after the work: an output that is an input, or cannot be written
    targets_apart([("--html", html)], [p for _n, p in files], force)
    if len(files) == 1:  # in this process: its one error is the run's, at exit 2
        name, path = files[0]
        outcome = table_one(name, path, rounding, sheets, stored=stored)
        if outcome.error:
            raise DataError(visible(outcome.error)) from None
        outcomes = [outcome]
    else:
        notes: list = []
        outcomes = table_many(
            files, rounding, sheets, usable_jobs(jobs), notes=notes, stored=stored
        )
        for note in notes:
            click.echo(f"khuyencong: {note}", err=True)
    failed = [visible(o.error) for o in outcomes if o.error]
    results = [pair for o in outcomes if not o.error for pair in o.tables]
    read = len(outcomes) - len(failed)
    if sheets and not results and not failed:
        raise DataError(
            _("no sheet named {names}").format(names=", ".join(visible(s) for s in sheets))
        )
    for message in failed:
        click.echo(error_line(message), err=True)
    for grid, _result in results:  # how a sheet was read, where a reader should know
        for note in grid.notes:
            click.echo(f"khuyencong: {visible(grid.name)} {visible(grid.sheet)}: {note}", err=True)
    rows = tr.table_rows(results, locale)
    shown = [r for r in rows if only is None or r["verdict"] == only]
    names = ", ".join(inputs)
    meta = SimpleNamespace(
        source={"title": "khuyencong table: " + names}, unit="", scope="", path=names
    )
    emit(
        fmt,
        tr.TABLE_COLUMNS + (tr.STORED_COLUMNS if stored else []),
        shown,
        meta,
        locale,
        tr.TABLE_TABLE_COLUMNS,
        tr.TABLE_MARKDOWN_COLUMNS,
        dict(VERDICT_STYLES, unclear="cyan"),
        notes_label="place",
        empty=_("no checks to show"),
    )
    if html:
        from ..results.report import files_title
        from ..results.table_report import table_report

        report = table_report(results, rows, files_title([n for n, _p in files]), failed)
        save_report(html, report, force, len(rows), [n for n, _p in files], _("check"), _("checks"))
    if not quiet:
        click.echo(tr.table_tally(rows, len(results), read, stored), err=True)
    inconsistent = any(r["verdict"] == "inconsistent" for r in rows)
    sys.exit(2 if failed or unread else 1 if inconsistent else 0)
