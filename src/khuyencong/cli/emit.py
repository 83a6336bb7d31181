"""How rows leave a command: a table or a data format on stdout, or bytes in a file."""

import click

from ..core.i18n import _
from ..core.numbers import count


def render_text(fmt, columns, rows, dataset, locale, markdown_columns, caption=None):
    """Return rows as CSV, JSON or Markdown text: data formats get every column."""
    from ..present import render
    from ..results import rows as rowmod

    return render.render_data(
        fmt,
        markdown_columns if fmt == "markdown" else columns,
        rows,
        locale,
        rowmod.meta(dataset),
        rowmod.title(dataset),
        caption,
    )


#: rows beyond which a table is slow enough to say so (measured: 5 800 rows of verify, 4 s)
BIG_TABLE = 2_000


def emit(
    fmt,
    columns,
    rows,
    dataset,
    locale,
    table_columns,
    markdown_columns,
    styles=None,
    caption=None,
    notes_label=None,
    tables=None,
    empty=None,
):
    """Print rows in one format to stdout: a rich table for people, or a data format.

    ``notes_label``: rows carry notes (verify, scan), headed by this field. A table numbers
    them under it; Markdown shows them in a column; data formats have them as a field.
    ``tables``: (title, rows) to lay out as tables one after another (one per file), with
    notes numbered on; by default one table of ``rows`` under the dataset's title.
    ``empty``: the one line a table gives when there are no rows (the data formats give
    their empty document).
    """
    if fmt == "table" and not rows:
        click.echo(empty or _("nothing to show"))
        return
    if fmt == "table":
        from ..present import render
        from ..results import rows as rowmod

        if len(rows) > BIG_TABLE:  # rich lays a table out at about 0.1 ms a cell
            click.echo(
                f"khuyencong: laying out a table of {len(rows)} rows takes a while; "
                "--format csv, json or markdown writes them far faster",
                err=True,
            )
        first = 1
        for n, (title, part) in enumerate(tables or [(rowmod.title(dataset), rows)]):
            if notes_label:
                part, notes = rowmod.numbered_notes(part, notes_label, first)
                first += len(notes)
                caption = "\n".join(notes) or None
            if n:
                click.echo()
            table = render.render_table(table_columns, part, locale, title, styles)
            render.print_table(table, notes=caption)
    else:
        write_data(
            render_text(
                fmt,
                columns,
                rows,
                dataset,
                locale,
                markdown_columns,
                None if notes_label else caption,
            )
        )


def write_data(text):
    """Write a data format to stdout as UTF-8 bytes, exactly: click.echo would strip escape
    sequences on a pipe, and a CSV on stdout must be the bytes ``export -o`` writes."""
    import sys

    sys.stdout.flush()  # what was written as text goes first
    stream = getattr(sys.stdout, "buffer", None)
    if stream is None:  # a stream without bytes (rare): text it is
        sys.stdout.write(text)
        return
    from ..datafile.output import write_all

    write_all(stream, text.encode("utf-8"))
    stream.flush()


def drafted(doc):
    """Return what a data file written from ``doc`` holds: "5 series, 8 claims"."""
    return (
        f"{count(len(doc['series']), _('series'), _('series'))}, "
        f"{count(len(doc.get('claims', [])), _('claim'), _('claims'))}"
    )


def save(path, data, force, what):
    """Write bytes atomically (never over a file unless ``force``), then say so on stderr."""
    from ..core.display import visible
    from ..datafile.output import write_atomic

    write_atomic(path, data, force=force)
    click.echo(_("wrote {file} ({what})").format(file=visible(path), what=what), err=True)


def save_report(path, report, force, findings, files, one=None, many=None):
    """Lay out the annotated report and write it like any output: atomic, no clobber.

    The page names the ``files`` it reports on by their names alone: where they were on
    the disk of whoever made it is no business of whoever reads it. ``findings`` are
    counted in the words ``one`` and ``many`` (percentages, unless said)."""
    import os

    from ..core.display import visible
    from ..core.numbers import count
    from ..present.html import render_report

    names = ", ".join(os.path.basename(f.rstrip("/\\")) or f for f in files)
    said = names if len(names) <= 200 else names[:200].rsplit(",", 1)[0] + ", …"
    page = render_report(report, f"khuyencong {report['kind']} · {visible(said)}")
    what = count(findings, one or _("percentage"), many or _("percentages"))
    save(path, page.encode("utf-8"), force, _("annotated report, {what}").format(what=what))


def ending(path):
    """Return a file name's ending, lower-cased, without the dot ('' if it has none)."""
    name = path.replace("\\", "/").rsplit("/", 1)[-1]
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


VERDICT_STYLES = {
    "inconsistent": "bold red",
    "consistent (truncated)": "yellow",
    "implied": "cyan",
    "derived": "dim",
    "base not in text": "cyan",
    "unpaired": "dim",
}


def say_if_bars_go(columns, rows, dataset, locale):
    """Say on stderr when the bars asked for do not fit the width the table is laid out for."""
    from ..present import render
    from ..results.rows import title

    width = render.table_width()
    table = render.render_table(columns, rows, locale, title(dataset), width=width)
    if len(table.columns) < len(columns):
        wide = render.render_table(columns, rows, locale, title(dataset), width=10_000)
        needed = render.measured_width(wide)
        click.echo(
            _(
                "khuyencong: the bars need {needed} columns and the table has {width}: "
                "COLUMNS={needed} (or a wider window) shows them"
            ).format(needed=needed, width=width),
            err=True,
        )


def said_problems(problems):
    """Say on stderr what a folder held that was not read: errors as errors (one line
    each), notes as notes. Return how many were errors (the command then exits 2)."""
    from ..core.display import visible
    from .options import error_line

    errors = 0
    for path, what, error in problems:
        line = f"{visible(path)}: {what}"
        click.echo(error_line(line) if error else f"khuyencong: {line}", err=True)
        errors += error
    return errors
