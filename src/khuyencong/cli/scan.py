"""``khuyencong scan``: report text in, every percentage found and checked."""

import sys

import click

from ..core.i18n import _
from .emit import VERDICT_STYLES, drafted, emit, said_problems, save, save_report
from .options import (
    TABLE_FORMATS,
    Command,
    DataError,
    UsageError,
    choose_language,
    error_line,
    file_name,
    format_option,
    html_option,
    jobs_option,
    quiet_option,
    rounding_option,
    usable_jobs,
)


@click.command(cls=Command)
@click.argument("inputs", nargs=-1, required=True, metavar="FILE…|-")
@click.option(
    "--locale",
    type=click.Choice(["auto", "en", "vi"]),
    default="auto",
    show_default=True,
    callback=choose_language,
    is_eager=True,
    help="Notation of the text (auto: Vietnamese if it reads so), and the language of what is "
    "shown (auto: the environment's).",
)
@rounding_option
@format_option(TABLE_FORMATS)
@click.option(
    "--emit-yaml",
    "emit_yaml",
    metavar="FILE",
    callback=file_name,
    help="Also write a draft data file of what was found (one input only).",
)
@html_option
@click.option(
    "--force", is_flag=True, help="Overwrite the --emit-yaml or --html file if it exists."
)
@jobs_option
@quiet_option
def scan(inputs, locale, rounding, fmt, emit_yaml, html, force, jobs, quiet):
    """Find every checkable percentage in reports and check it.

    Reads report text — plain text in any Vietnamese encoding (UTF-8, UTF-16, Windows-1258,
    TCVN3, VNI), PDF, Word (.docx), web pages (.html) and Excel (.xlsx) — finds amounts with
    their units (108,989 tỷ đồng), the percentages beside them (tăng / giảm X% so với …,
    chiếm X% …, đạt X% kế hoạch, bằng X% …), and checks each one the text ties to its
    figures without doubt. A percentage whose base is not in the text gets the figure it
    implies, and the amounts nearby that fit. A folder is read with its subfolders. Exit 1
    if any percentage is inconsistent, 2 if a file could not be read (the others are
    still scanned).

    \b
    Examples:
      khuyencong scan report.pdf
      khuyencong scan reports/ --format csv > findings.csv
      pbpaste | khuyencong scan -
      khuyencong scan report.txt --emit-yaml draft.yaml
      khuyencong scan report.pdf --html report.html
    """
    from types import SimpleNamespace

    from ..core.display import visible
    from ..core.numbers import count
    from ..datafile.output import targets_apart
    from ..documents import inputs as text_inputs
    from ..documents import read_stream
    from ..results import rows as r
    from ..results import scan_rows as sr
    from ..results.scanning import scan_many, scan_one

    problems: list = []
    files = list(text_inputs(inputs, problems=problems))
    unread = said_problems(problems)
    if emit_yaml and len(files) != 1:
        raise UsageError(_("--emit-yaml takes one input file"))
    # refused now, not after the scan: outputs that clash, overwrite an input, or cannot be
    # written
    targets_apart([("--emit-yaml", emit_yaml), ("--html", html)], [p for _n, p in files], force)
    notation = None if locale == "auto" else locale
    if not files:  # every folder's documents were unreadable: said above
        sys.exit(2)
    if len(files) == 1:  # in this process: standard input, --emit-yaml, errors at exit 2
        name, path = files[0]
        if path is None and sys.stdin is None:
            raise DataError(_("standard input is closed: give a file, or pipe text in"))
        data = read_stream(sys.stdin.buffer) if path is None else None
        outcome = scan_one(
            name, path, notation, rounding, data=data, keep=bool(emit_yaml), report=bool(html)
        )
        if outcome.error:
            raise DataError(visible(outcome.error)) from None  # exit 2, one line
        outcomes = [outcome]
    else:
        notes: list = []
        outcomes = _scan_files(
            files, notation, rounding, usable_jobs(jobs), scan_many, bool(html), notes
        )
        for note in notes:
            click.echo(f"khuyencong: {note}", err=True)
    failed = [o for o in outcomes if o.error]
    for o in failed:
        click.echo(error_line(visible(o.error)), err=True)
    for o in outcomes:
        for note in o.notes:
            click.echo(f"khuyencong: {visible(o.name)}: {note}", err=True)
    done = [o for o in outcomes if not o.error]
    # one notation for the figures of the whole output: --locale's, else the first file's;
    # a note keeps its own file's notation, as the amounts it quotes are written
    shown_locale = locale if locale != "auto" else done[0].locale if done else "en"
    rows = [row for o in done for row in o.rows]
    for row in rows:  # the data formats name the file where there are more than one
        row["place"] = row["where"] if len(files) == 1 else f"{row['file']}: {row['where']}"
    # a table per file, each under the file's name, its places said within it
    tables = [
        ("khuyencong scan: " + o.name, [dict(row, place=row["where"]) for row in o.rows])
        for o in done
        if o.rows
    ]
    names = ", ".join(n for n, _ in files)
    meta = SimpleNamespace(  # what emit needs of a dataset: a title and metadata
        source={"title": "khuyencong scan: " + names}, unit="", scope="", path=names
    )
    if emit_yaml:
        from ..datafile.dump import yaml_text

        draft = outcomes[0].scanner.document()
        save(
            emit_yaml,
            yaml_text(draft).encode("utf-8"),
            force,
            f"{drafted(draft)}; "
            + _("check it with khuyencong verify --data {file}").format(file=emit_yaml),
        )
    if html:
        save_report(
            html, _scan_report(done, failed, names), force, len(rows), [n for n, _ in files]
        )
    emit(
        fmt,
        sr.SCAN_COLUMNS,
        rows,
        meta,
        shown_locale,
        sr.SCAN_TABLE_COLUMNS,
        sr.SCAN_MARKDOWN_COLUMNS,
        VERDICT_STYLES,
        notes_label="place",
        tables=tables if len(files) > 1 else None,
        empty=_("no percentages found"),
    )
    tally = sr.scan_tally(rows, len(done))
    if failed:
        tally += "; " + _("{files} not read").format(
            files=count(len(failed), _("file"), _("files"))
        )
    if not quiet:
        click.echo(tally, err=True)
    sys.exit(2 if failed or unread else 1 if r.any_inconsistent(r.count_verdicts(rows)) else 0)


def _scan_report(done, failed, names):
    """Return the annotated report of the files scanned."""
    from ..core.display import visible
    from ..results.report import report_title, scan_report

    documents = [o.document for o in done]
    title = report_title(documents) or names
    return scan_report(documents, title, [visible(o.error) for o in failed])


def _scan_files(files, notation, rounding, jobs, scan_many, report=False, notes=None):
    """Scan many files, with a progress bar on stderr when it is a terminal."""
    if not sys.stderr.isatty():
        return scan_many(files, notation, rounding, jobs, report=report, notes=notes)
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("scanning", total=len(files))
        return scan_many(
            files,
            notation,
            rounding,
            jobs,
            progress=lambda: bar.advance(task),
            report=report,
            notes=notes,
        )
