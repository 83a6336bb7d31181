"""The command line: parse options, call the core, print. Nothing else lives here.

``check`` lives in check_commands.py, the options every command shares in options.py.

Only click is imported at start-up; rich, yaml and the data layers are imported inside the
commands that need them, so ``--help`` and ``check`` with plain numbers stay fast.
"""

import sys

import click

from .check import check
from .options import (CONTEXT, TABLE_FORMATS, Group, data_option, format_option, locale_option,
                      rounding_option, show_version)


@click.group(cls=Group, context_settings=CONTEXT)
@click.option("--version", is_flag=True, expose_value=False, is_eager=True,
              callback=show_version, help="Show the version and exit.")
def main():
    """Recompute and fact-check the percentages reports print about khuyến công budgets.

    \b
    Exit codes: 0 all consistent · 1 an inconsistency found · 2 bad usage or bad input
    · 3 a bug in khuyencong.
    \b
    Examples:
      khuyencong summary
      khuyencong check share 44.485 108.989 40.08
      khuyencong verify
      khuyencong scan report.txt
    """


def _render(fmt, columns, rows, dataset, locale, markdown_columns, caption=None):
    """Return rows as CSV, JSON or Markdown text: data formats get every column."""
    from ..present import render
    from ..results import rows as rowmod

    return render.render_data(fmt, markdown_columns if fmt == "markdown" else columns, rows,
                              locale, rowmod.meta(dataset), rowmod.title(dataset), caption)


#: rows beyond which a table is slow enough to say so (measured: 5 800 rows of verify, 4 s)
BIG_TABLE = 2_000


def _emit(fmt, columns, rows, dataset, locale, table_columns, markdown_columns, styles=None,
          caption=None, notes_label=None):
    """Print rows in one format to stdout: a rich table for people, or a data format.

    ``notes_label``: rows carry notes (verify, scan), headed by this field. A table numbers
    them under it; Markdown shows them in a column; data formats have them as a field.
    """
    if fmt == "table":
        from ..present import render
        from ..results import rows as rowmod

        if len(rows) > BIG_TABLE:  # rich lays a table out at about 0.1 ms a cell
            click.echo(f"khuyencong: laying out a table of {len(rows)} rows takes a while; "
                       "--format csv, json or markdown writes them far faster", err=True)
        if notes_label:
            rows, notes = rowmod.numbered_notes(rows, notes_label)
            caption = "\n".join(notes) or None
        table = render.render_table(table_columns, rows, locale, rowmod.title(dataset),
                                    caption, styles)
        render.print_table(table)
    else:
        click.echo(_render(fmt, columns, rows, dataset, locale, markdown_columns,
                           None if notes_label else caption), nl=False)


def _save(path, data, force, what):
    """Write bytes atomically (never over a file unless ``force``), then say so on stderr."""
    from ..datafile.output import write_atomic

    write_atomic(path, data, force=force)
    click.echo(f"wrote {path} ({what})", err=True)


def _ending(path):
    """Return a file name's ending, lower-cased, without the dot ('' if it has none)."""
    name = path.replace("\\", "/").rsplit("/", 1)[-1]
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


def _summary_rows(data):
    from ..datafile.dataset import open_dataset
    from ..results.rows import summary_columns, summary_rows

    dataset = open_dataset(data)
    columns = summary_columns(dataset)
    return dataset, columns, [c for c in columns if c.key != "derived"], summary_rows(dataset)


@main.command()
@data_option
@locale_option
@format_option(TABLE_FORMATS)
@click.option("--bars/--no-bars", default=None,
              help="Bars of each series by year beside the table (default: on a terminal).")
def summary(data, locale, fmt, bars):
    """Show the data: each series by year, its change, growth % and share of the total.

    \b
    Examples:
      khuyencong summary
      khuyencong summary --locale vi
      khuyencong summary --format csv > khuyencong.csv
    """
    from ..results.rows import summary_caption

    dataset, columns, shown, rows = _summary_rows(data)
    if fmt == "table" and (bars if bars is not None else sys.stdout.isatty()):
        from ..present.chart import bar_cells
        from ..results.rows import Column

        years = [c.year for c in columns if c.year is not None][-2:]
        for row, cell in zip(rows, bar_cells(rows, years, locale)):
            row["bars"] = cell
        shown = shown + [Column("bars", "", wrap=False)]
    _emit(fmt, columns, rows, dataset, locale, shown, shown, caption=summary_caption(dataset))


@main.command()
@click.option("-o", "--output", default="khuyencong.png", show_default=True,
              metavar="FILE.png|FILE.svg", help="Where to write the chart.")
@data_option
@locale_option
@rounding_option
@click.option("--force", is_flag=True, help="Overwrite FILE if it exists.")
def chart(output, data, locale, rounding, force):
    """Draw every series by year as a grouped bar chart, to share or publish.

    Bars are labelled with their values and each series with its growth, in the chosen
    notation; the source and unit are in the caption; a claim verify finds inconsistent is
    marked on its series ("40,08% reported / 40,82% recomputed"). Needs matplotlib:
    pip install 'khuyencong[chart]'.

    \b
    Examples:
      khuyencong chart -o funding.png
      khuyencong chart --locale vi -o funding.svg
    """
    from ..present.chart import chart_caption, render_chart
    from ..results.rows import inconsistent_claims

    fmt = _ending(output)
    if fmt not in ("png", "svg"):
        raise click.UsageError("the chart is written as .png or .svg: name the file so")
    dataset, columns, _, rows = _summary_rows(data)
    years = [c.year for c in columns if c.year is not None]
    image = render_chart(rows, years, inconsistent_claims(dataset, rounding),
                         dataset.source.get("title") or "khuyencong",
                         chart_caption(dataset, years, locale), dataset.unit, locale, fmt)
    _save(output, image, force, f"{fmt}, {len(rows)} series")


@main.command()
@format_option(TABLE_FORMATS[1:])
@click.option("-o", "--output", default="-", show_default=True, metavar="FILE|-",
              help="Where to write; - is stdout.")
@data_option
@locale_option
@click.option("--excel", is_flag=True,
              help="CSV for Excel: UTF-8 with a BOM; with --locale vi, ';' and decimal commas.")
@click.option("--force", is_flag=True, help="Overwrite FILE if it exists.")
def export(fmt, output, data, locale, excel, force):
    """Write the summary rows as CSV, JSON or Markdown, atomically.

    Columns have stable machine names (series, label, value_2011, value_2012, change,
    growth_pct, share_pct, derived). Numbers keep their written digits. An existing file is
    never overwritten without --force.

    \b
    Examples:
      khuyencong export -o khuyencong.csv
      khuyencong export --excel --locale vi -o khuyencong.csv
      khuyencong export --format json -o -
    """
    if excel and fmt != "csv":
        raise click.UsageError("--excel applies to CSV only (use --format csv)")
    from ..results.rows import summary_caption

    dataset, columns, shown, rows = _summary_rows(data)
    text = _render(fmt, columns, rows, dataset, locale, shown, summary_caption(dataset))
    if output == "-":
        click.echo(text, nl=False)  # never a BOM on a pipe: it would corrupt what reads it
        return
    _save(output, text.encode("utf-8-sig" if excel else "utf-8"), force,
          f"{len(rows)} row{'s' * (len(rows) != 1)}, {fmt}{', for Excel' if excel else ''}")


@main.command()
@click.argument("source", metavar="IN")
@click.argument("target", metavar="OUT")
@click.option("--to", "fmt", type=click.Choice(["yaml", "json"]), default=None,
              help="Format of OUT (default: from its extension; needed for -).")
@click.option("--force", is_flag=True, help="Overwrite OUT if it exists.")
def convert(source, target, fmt, force):
    """Convert a data file between YAML and JSON, checking it on the way.

    JSON reads about 50x faster than YAML for big datasets; every number keeps its written
    digits either way.

    \b
    Examples:
      khuyencong convert data/budget_2012.yaml budget_2012.json
      khuyencong convert big.json big.yaml
      khuyencong convert data/budget_2012.yaml - --to json
    """
    from ..datafile.dataset import open_dataset
    from ..datafile.dump import document, json_text, yaml_text

    if fmt is None:
        fmt = {"json": "json", "yaml": "yaml", "yml": "yaml"}.get(_ending(target))
        if fmt is None:
            raise click.UsageError("say --to yaml or --to json (OUT has no .yaml or .json ending)")
    doc = document(open_dataset(source))
    text = json_text(doc) + "\n" if fmt == "json" else yaml_text(doc)
    if target == "-":
        click.echo(text, nl=False)
        return
    _save(target, text.encode("utf-8"), force,
          f"{fmt}, {len(doc['series'])} series, {len(doc.get('claims', []))} claims")


@main.command()
@click.argument("inputs", nargs=-1, required=True, metavar="FILE…|-")
@click.option("--locale", type=click.Choice(["auto", "en", "vi"]), default="auto",
              show_default=True, help="Notation of the text (auto: Vietnamese if it reads so).")
@rounding_option
@format_option(TABLE_FORMATS)
@click.option("--emit-yaml", "emit", metavar="FILE",
              help="Also write a draft data file of what was found (one input only).")
@click.option("--force", is_flag=True, help="Overwrite the --emit-yaml file if it exists.")
def scan(inputs, locale, rounding, fmt, emit, force):
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
    if emit and len(files) != 1:
        raise click.UsageError("--emit-yaml takes one input file")
    steps = files
    if len(files) > 1 and sys.stderr.isatty():  # a progress bar, on stderr, gone when done
        from rich.console import Console
        from rich.progress import track

        steps = track(files, description="scanning", transient=True,
                      console=Console(stderr=True))
    notation = None if locale == "auto" else locale
    scanners = [scan_text(read_text(path, sys.stdin.buffer), name, notation, rounding)
                for name, path in steps]
    shown_locale = scanners[0].locale if locale == "auto" else locale
    rows = r.scan_rows(scanners, shown_locale)
    if len(files) == 1:  # one file: the line alone says where
        for row in rows:
            row["place"] = f"line {row['line']}"

    class _Meta:  # what _emit needs of a dataset: a title and metadata
        source = {"title": "khuyencong scan: " + ", ".join(n for n, _ in files)}
        unit, scope, path = "tỷ đồng", "", ", ".join(n for n, _ in files)

    if emit:
        from ..datafile.dump import yaml_text

        draft = scanners[0].document()
        _save(emit, yaml_text(draft).encode("utf-8"), force,
              f"{len(draft['series'])} series, {len(draft.get('claims', []))} claims; check it "
              f"with khuyencong verify --data {emit}")
    _emit(fmt, r.SCAN_COLUMNS, rows, _Meta, shown_locale, r.SCAN_TABLE_COLUMNS,
          r.SCAN_MARKDOWN_COLUMNS, VERDICT_STYLES, notes_label="place")
    click.echo(r.scan_tally(rows, len(files)), err=True)
    sys.exit(1 if r.any_inconsistent(r.count_verdicts(rows)) else 0)


VERDICT_STYLES = {"inconsistent": "bold red", "consistent (truncated)": "yellow",
                  "implied": "cyan", "derived": "dim", "base not in text": "cyan",
                  "unpaired": "dim"}


@main.command()
@data_option
@locale_option
@rounding_option
@format_option(TABLE_FORMATS)
def verify(data, locale, rounding, fmt):
    """Check every reported percentage and every sum in the data file.

    One row per claim: reported, recomputed, the exact interval the figures allow, and the
    verdict. A share whose whole is not in the data gives an implied figure instead. The
    tally goes to stderr; exit 1 if any claim is inconsistent.

    For big data files use --format csv, json or markdown: they are written far faster
    than a table.

    \b
    Examples:
      khuyencong verify
      khuyencong verify --rounding half-up --format csv
      khuyencong verify --data national.json --format json > checked.json
    """
    from ..datafile.dataset import open_dataset
    from ..results import rows as r

    dataset = open_dataset(data)
    rows = r.verify_rows(dataset, rounding, locale)
    _emit(fmt, r.VERIFY_COLUMNS, rows, dataset, locale, r.VERIFY_TABLE_COLUMNS,
          r.VERIFY_MARKDOWN_COLUMNS, VERDICT_STYLES, notes_label="claim")
    counts = r.count_verdicts(rows)
    click.echo(r.tally(counts), err=True)
    sys.exit(1 if r.any_inconsistent(counts) else 0)


main.add_command(check)


def run():
    """Entry point: run the CLI, ending quietly when the reader of a pipe goes away.

    A bug is one line too, with exit 3; KHUYENCONG_DEBUG=1 shows the traceback.
    """
    import gc
    import os

    # A command is a short batch whose data holds no reference cycles, so reference
    # counting frees all of it; the cyclic collector would only re-walk every live object of
    # a big dataset again and again (measured: 100 000 figures of YAML parse in 7.2 s with
    # it, 1.9 s without).
    gc.disable()
    try:
        main(prog_name="khuyencong", standalone_mode=True)
    except SystemExit as e:
        code = e.code
    except BrokenPipeError:
        code = 1
    except Exception as e:  # noqa: BLE001  (the last guard: never a traceback for users)
        if os.environ.get("KHUYENCONG_DEBUG"):
            raise
        click.echo(f"Error: internal error ({type(e).__name__}: {e}); please report it "
                   "(KHUYENCONG_DEBUG=1 shows the traceback)", err=True)
        code = 3
    else:
        code = 0
    _leave(code)


def _leave(code):
    """End the process with ``code`` once what was written is flushed.

    The command's data is left for the system to take back with the process: a national
    dataset is millions of objects, and freeing them one by one (what a normal exit does)
    took 0.05–0.15 s of a 1.4 s verify at 100 000 figures. Nothing else waits for exit
    here: files are written and closed by the commands, and no atexit handler is ours.
    """
    import os

    if code is None:
        code = 0
    elif not isinstance(code, int):  # sys.exit("message")
        print(code, file=sys.stderr)
        code = 1
    try:
        sys.stdout.flush()
    except BrokenPipeError:  # the reader went away: end quietly, as `head` expects
        code = 1
    try:
        sys.stderr.flush()
    except (BrokenPipeError, ValueError):
        pass
    os._exit(code)
