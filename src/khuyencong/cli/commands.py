"""The command line: parse options, call the core, print. Nothing else lives here.

``check`` lives in check.py, ``scan`` in scan.py, the options every command shares in
options.py, and how rows reach stdout or a file in emit.py.

Only click is imported at start-up; rich, yaml and the data layers are imported inside the
commands that need them, so ``--help`` and ``check`` with plain numbers stay fast.
"""

import sys

import click

from ..core.i18n import _
from ..core.numbers import count
from .check import check
from .emit import (
    VERDICT_STYLES,
    drafted,
    emit,
    ending,
    render_text,
    save,
    save_report,
    say_if_bars_go,
    write_data,
)
from .options import (
    CONTEXT,
    TABLE_FORMATS,
    Group,
    UsageError,
    data_option,
    file_name,
    format_option,
    html_option,
    locale_option,
    quiet_option,
    rounding_option,
    show_version,
)
from .scan import scan
from .table import table


@click.group(cls=Group, context_settings=CONTEXT)
@click.option(
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=show_version,
    help="Show the version and exit.",
)
def main():
    """Recompute and fact-check the percentages reports print about khuyến công budgets.

    \b
    Exit codes: 0 all consistent · 1 an inconsistency found
    · 2 bad usage or bad input · 3 a bug in khuyencong.
    \b
    Examples:
      khuyencong summary
      khuyencong check share 44.485 108.989 40.08
      khuyencong verify
      khuyencong scan report.txt
    """


def _format_of(output, fmt):
    """Return the format a file is written in: its ending's (.csv, .json, .md), unless a
    --format said otherwise, which is refused as a contradiction."""
    found = (
        {"csv": "csv", "json": "json", "md": "markdown", "markdown": "markdown"}.get(ending(output))
        if output != "-"
        else None
    )
    ctx = click.get_current_context()
    given = ctx.get_parameter_source("fmt") == click.core.ParameterSource.COMMANDLINE
    if found is None:
        return fmt
    if given and fmt != found:
        raise UsageError(
            _("--format {format} contradicts the ending of {file} ({found})").format(
                format=fmt, file=output, found=found
            )
        )
    return found


def _summary_rows(data, start=None, end=None, mode="any"):
    from ..datafile.dataset import open_dataset
    from ..results.rows import summary_columns, summary_rows

    dataset = open_dataset(data)
    columns = summary_columns(dataset)
    rows = summary_rows(dataset, start, end, mode)
    return dataset, columns, [c for c in columns if c.key != "derived"], rows


def years_options(f):
    """--from and --to: the two years a summary's change and growth compare."""
    f = click.option(
        "--to",
        "end",
        type=int,
        metavar="YEAR",
        help="The later year (default: the last year of the data).",
    )(f)
    return click.option(
        "--from",
        "start",
        type=int,
        metavar="YEAR",
        help="The earlier year (default: the year before --to).",
    )(f)


@main.command()
@data_option
@locale_option
@format_option(TABLE_FORMATS)
@click.option(
    "--bars/--no-bars",
    default=None,
    help="Bars of each series by year beside the table (default: on a terminal).",
)
@years_options
def summary(data, locale, fmt, bars, start, end):
    """Show the data: each series by year, its change, growth % and share of the total.

    \b
    Examples:
      khuyencong summary
      khuyencong summary --locale vi
      khuyencong summary --format csv > khuyencong.csv
      khuyencong summary --from 2011 --to 2012
    """
    from ..results.rows import summary_caption

    dataset, columns, shown, rows = _summary_rows(data, start, end)
    if fmt == "table" and (bars if bars is not None else sys.stdout.isatty()):
        from ..present.chart import bar_cells
        from ..results.rows import Column

        years = [c.year for c in columns if c.year is not None][-2:]
        for row, cell in zip(rows, bar_cells(rows, years, locale), strict=False):
            row["bars"] = cell
        shown = [*shown, Column("bars", "", wrap=False, optional=True)]
        if bars:  # asked for: if they cannot fit, say so rather than leave them out unsaid
            say_if_bars_go(shown, rows, dataset, locale)
    caption = summary_caption(dataset, start, end)
    emit(fmt, columns, rows, dataset, locale, shown, shown, caption=caption)


@main.command()
@click.option(
    "-o",
    "--output",
    default="khuyencong.png",
    show_default=True,
    metavar="FILE.png|FILE.svg",
    callback=file_name,
    help="Where to write the chart.",
)
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

    fmt = ending(output)
    if fmt not in ("png", "svg"):
        raise UsageError(_("the chart is written as .png or .svg: name the file so"))
    dataset, columns, _shares, rows = _summary_rows(data, mode=rounding)  # as verify rounds
    years = [c.year for c in columns if c.year is not None]
    image = render_chart(
        rows,
        years,
        inconsistent_claims(dataset, rounding),
        dataset.source.get("title") or "khuyencong",
        chart_caption(dataset, years, locale),
        dataset.unit,
        locale,
        fmt,
    )
    save(output, image, force, f"{fmt}, {count(len(rows), _('series'), _('series'))}")


@main.command()
@format_option(TABLE_FORMATS[1:])
@click.option(
    "-o",
    "--output",
    default="-",
    show_default=True,
    metavar="FILE|-",
    callback=file_name,
    help="Where to write; - is stdout.",
)
@data_option
@locale_option
@click.option(
    "--excel",
    is_flag=True,
    help="CSV for Excel: a BOM, so Excel reads Vietnamese letters (--locale vi alone gives "
    "';' and decimal commas).",
)
@click.option("--force", is_flag=True, help="Overwrite FILE if it exists.")
@years_options
def export(fmt, output, data, locale, excel, force, start, end):
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
    fmt = _format_of(output, fmt)
    if excel and fmt != "csv":
        raise UsageError(_("--excel applies to CSV only (use --format csv)"))
    if excel and output == "-":
        raise UsageError(_("--excel writes a BOM, which never goes to a pipe: give -o FILE"))
    from ..results.rows import summary_caption

    dataset, columns, shown, rows = _summary_rows(data, start, end)
    caption = summary_caption(dataset, start, end)
    text = render_text(fmt, columns, rows, dataset, locale, shown, caption)
    if output == "-":
        write_data(text)  # never a BOM on a pipe: it would corrupt what reads it
        return
    save(
        output,
        text.encode("utf-8-sig" if excel else "utf-8"),
        force,
        f"{count(len(rows), _('row'), _('rows'))}, {fmt}" + (_(", for Excel") if excel else ""),
    )


@main.command()
@click.argument("source", metavar="IN")
@click.argument("target", metavar="OUT")
@click.option(
    "--to",
    "fmt",
    type=click.Choice(["yaml", "json"]),
    default=None,
    help="Format of OUT (default: from its extension; needed for -).",
)
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
        fmt = {"json": "json", "yaml": "yaml", "yml": "yaml"}.get(ending(target))
        if fmt is None:
            raise UsageError(_("say --to yaml or --to json (OUT has no .yaml or .json ending)"))
    doc = document(open_dataset(source))
    text = json_text(doc) + "\n" if fmt == "json" else yaml_text(doc)
    if target == "-":
        write_data(text)
        return
    save(
        target,
        text.encode("utf-8"),
        force,
        f"{fmt}, {drafted(doc)}",
    )


@main.command()
@data_option
@locale_option
@rounding_option
@format_option(TABLE_FORMATS)
@click.option(
    "--only",
    type=click.Choice(["consistent", "truncated", "inconsistent", "implied", "derived"]),
    multiple=True,
    help=(
        "Show only the rows of this verdict (repeat for several); the tally and the exit "
        "code still count all."
    ),
)
@html_option
@click.option("--force", is_flag=True, help="Overwrite the --html file if it exists.")
@quiet_option
def verify(data, locale, rounding, fmt, only, html, force, quiet):
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
      khuyencong verify --only inconsistent --quiet
      khuyencong verify --html checked.html
    """
    from ..datafile.dataset import data_path, open_dataset
    from ..datafile.output import targets_apart
    from ..results import rows as r

    if html:  # refused now, not after the work, and never over the data file
        read = data_path(data)
        targets_apart([("--html", html)], [read] if read != "-" else [], force)
    dataset = open_dataset(data)
    outcomes = r.claim_outcomes(dataset, rounding)  # checked once, for rows and the page
    rows = r.verify_rows(dataset, rounding, locale, outcomes)
    names = {"truncated": "consistent (truncated)"}
    wanted = {names.get(o, o) for o in only}
    shown = [row for row in rows if row["verdict"] in wanted] if wanted else rows
    emit(
        fmt,
        r.VERIFY_COLUMNS,
        shown,
        dataset,
        locale,
        r.VERIFY_TABLE_COLUMNS,
        r.VERIFY_MARKDOWN_COLUMNS,
        VERDICT_STYLES,
        notes_label="claim",
        empty=_("no claim has the verdicts asked for (--only); the tally counts them all"),
    )
    counts = r.count_verdicts(rows)
    if html:
        from ..results.report import verify_report

        checked = [row for row in rows if row["kind"] in ("sum", r.DERIVED)]
        report = verify_report(dataset, outcomes, checked, locale)
        save_report(html, report, force, len(report["claims"]), [dataset.path])
    if not quiet:
        click.echo(r.tally(counts), err=True)
    sys.exit(1 if r.any_inconsistent(counts) else 0)


main.add_command(check)
main.add_command(scan)
main.add_command(table)
