"""``khuyencong scan``: report text in, every percentage found and checked."""

import sys
from collections.abc import Iterable

import click

from .emit import VERDICT_STYLES, emit, save
from .options import TABLE_FORMATS, format_option, rounding_option


@click.command()
@click.argument("inputs", nargs=-1, required=True, metavar="FILE…|-")
@click.option(
    "--locale",
    type=click.Choice(["auto", "en", "vi"]),
    default="auto",
    show_default=True,
    help="Notation of the text (auto: Vietnamese if it reads so).",
)
@rounding_option
@format_option(TABLE_FORMATS)
@click.option(
    "--emit-yaml",
    "emit_yaml",
    metavar="FILE",
    help="Also write a draft data file of what was found (one input only).",
)
@click.option("--force", is_flag=True, help="Overwrite the --emit-yaml file if it exists.")
def scan(inputs, locale, rounding, fmt, emit_yaml, force):
    """Find every checkable percentage in report text and check it.

    Reads Vietnamese (or English) text: amounts with their units (108,989 tỷ đồng), the
    percentages beside them (tăng / giảm X% so với …, chiếm X% …, đạt X% kế hoạch, bằng X%
    …), and checks each one the text ties to its figures without doubt. A percentage whose
    base is not in the text gets the figure it implies, and any amount of the text that
    fits. Exit 1 if any percentage is inconsistent.

    \b
    Examples:
      khuyencong scan report.txt
      khuyencong scan reports/ --format csv > findings.csv
      pbpaste | khuyencong scan -
      khuyencong scan report.txt --emit-yaml draft.yaml
    """
    from ..results import rows as r
    from ..text.passages import read_text, text_inputs
    from ..text.scan import scan_text

    files = list(text_inputs(inputs))
    if emit_yaml and len(files) != 1:
        raise click.UsageError("--emit-yaml takes one input file")
    steps: Iterable = files
    if len(files) > 1 and sys.stderr.isatty():  # a progress bar, on stderr, gone when done
        from rich.console import Console
        from rich.progress import track

        steps = track(files, description="scanning", transient=True, console=Console(stderr=True))
    notation = None if locale == "auto" else locale
    scanners = [
        scan_text(read_text(path, sys.stdin.buffer), name, notation, rounding)
        for name, path in steps
    ]
    if locale != "auto":
        shown_locale = locale
    else:  # one notation for the whole output, whatever the order of the files
        found = {s.locale for s in scanners}
        shown_locale = found.pop() if len(found) == 1 else "en"
    rows = r.scan_rows(scanners, shown_locale)
    if len(files) == 1:  # one file: the line alone says where
        for row in rows:
            row["place"] = f"line {row['line']}"

    from types import SimpleNamespace

    names = ", ".join(n for n, _ in files)
    meta = SimpleNamespace(  # what emit needs of a dataset: a title and metadata
        source={"title": "khuyencong scan: " + names}, unit="", scope="", path=names
    )

    if emit_yaml:
        from ..datafile.dump import yaml_text

        draft = scanners[0].document()
        save(
            emit_yaml,
            yaml_text(draft).encode("utf-8"),
            force,
            f"{len(draft['series'])} series, {len(draft.get('claims', []))} claims; check it "
            f"with khuyencong verify --data {emit_yaml}",
        )
    emit(
        fmt,
        r.SCAN_COLUMNS,
        rows,
        meta,
        shown_locale,
        r.SCAN_TABLE_COLUMNS,
        r.SCAN_MARKDOWN_COLUMNS,
        VERDICT_STYLES,
        notes_label="place",
    )
    click.echo(r.scan_tally(rows, len(files)), err=True)
    sys.exit(1 if r.any_inconsistent(r.count_verdicts(rows)) else 0)
