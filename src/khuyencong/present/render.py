"""Rows → text: a rich table, CSV, JSON or Markdown. Renderers return values; the CLI prints.

A row is a dict of plain values (Decimal, str, int, None); a Column says which key to show,
under what header, and how. Data formats (CSV, JSON) carry machine values; the table and
Markdown show numbers in the chosen notation, percentages with their sign.
"""

import io
import re
from decimal import Decimal

from ..core.i18n import _, said
from ..core.numbers import UNIT_SIGNS, format_number
from ..datafile.dump import json_lines, json_text

_INJECTION = ("=", "+", "-", "@", "\t", "\r", "\n")
#: what a spreadsheet skips before it reads a formula: spaces, NBSP, ZWSP, a BOM
_LEADING = " \u00a0\u200b\ufeff\u3000"
#: fullwidth signs a spreadsheet may read as their ASCII twins
_FULLWIDTH = ("＝", "＋", "－", "＠")


def display(column, row, locale="en"):
    """Return the cell as a person reads it (table and Markdown)."""
    if column.kind == "range":
        low, high = (row.get(k) for k in column.keys)
        if low is None or high is None:
            return ""
        sign = UNIT_SIGNS.get(row.get(column.unit_key), "")
        return f"{format_number(low, locale)}{sign}–{format_number(high, locale)}{sign}"
    value = row.get(column.key)
    if value is None:
        return ""
    if column.key in ("verdict", "kind", "claim", "place", "where"):  # words a person reads
        return said(column.key, value)
    if isinstance(value, Decimal):
        text = format_number(value, locale)
        if column.kind == "measure":
            text += UNIT_SIGNS.get(row.get(column.unit_key), "")
        if column.year is not None and column.year in row.get("derived_years", ()):
            text += "*"
        return text
    return str(value)


def _machine(value, decimal_comma=False):
    if value is None:
        return ""
    if isinstance(value, Decimal):
        text = format(value, "f")
        return text.replace(".", ",") if decimal_comma else text
    if isinstance(value, (list, tuple)):
        return " ".join(str(v) for v in value)
    text = str(value).replace("\x00", "")  # a NUL has no place in a CSV cell
    bare = text.lstrip(_LEADING)
    return "'" + text if bare.startswith(_INJECTION + _FULLWIDTH) else text


def render_data(fmt, columns, rows, locale="en", meta=None, title=None, caption=None):
    """Return rows as a CSV, JSON or Markdown document (see render_document)."""
    return render_document(
        fmt, columns, [render_rows(fmt, columns, rows, locale)], locale, meta, title, caption
    )


# A data format is a head, the rows, and a tail. The rows can be written in pieces, and the
# pieces put together give the same bytes as the rows written in one go.


def render_rows(fmt, columns, rows, locale="en"):
    """Return the rows alone in a data format (csv, json, markdown): one piece of a document.

    Places ("page 3, line 12") are words a person reads, in the language in use; verdicts
    and kinds stay codes in CSV and JSON."""
    places = [c.key for c in columns if c.key in ("where", "place")]
    if places and fmt in ("csv", "json"):
        rows = [{**row, **{k: said(k, row[k]) for k in places if row.get(k)}} for row in rows]
    if fmt == "csv":
        vi = locale == "vi"
        out = io.StringIO()
        writer = _csv_writer(out, vi)
        for row in rows:
            writer.writerow([_machine(row.get(c.key), vi) for c in columns])
        return out.getvalue()
    if fmt == "json":
        return ",\n".join(json_lines(rows, [c.key for c in columns], "    "))
    return "\n".join(
        "| " + " | ".join(_md(display(c, row, locale)) for c in columns) + " |" for row in rows
    )


#: what stands between two pieces of rows, by format
BETWEEN = {"csv": "", "json": ",\n", "markdown": "\n"}


def render_document(fmt, columns, pieces, locale="en", meta=None, title=None, caption=None):
    """Return a whole document in a data format from its pieces of rows, in order.

    ``meta``: the JSON document's other fields; ``title`` and ``caption``: Markdown's.
    """
    pieces = [p for p in pieces if p]
    head, tail = document_frame(fmt, columns, locale, meta, title, caption, empty=not pieces)
    return assemble(head, BETWEEN[fmt], pieces, tail)


def document_frame(fmt, columns, locale="en", meta=None, title=None, caption=None, empty=False):
    """Return (head, tail): a document is head + BETWEEN[fmt].join(its pieces) + tail.

    ``empty``: the document has no rows (JSON then writes ``[]``).
    """
    if fmt == "csv":
        out = io.StringIO()
        _csv_writer(out, locale == "vi").writerow([c.key for c in columns])
        return out.getvalue(), ""
    if fmt == "json":
        doc = dict(meta or {})
        doc["rows"] = None
        head = json_text(doc)[: -len("null\n}")]
        return (head + "[]", "\n}\n") if empty else (head + "[\n", "\n  ]\n}\n")
    lines = [f"### {_md(title)}", ""] if title else []
    lines.append("| " + " | ".join(_md(_(c.header)) for c in columns) + " |")
    lines.append("|" + "|".join("---:" if c.numeric else "---" for c in columns) + "|")
    notes = [""] + [_md_line(line) + "  " for line in caption.splitlines()] if caption else []
    return "\n".join(lines) + ("" if empty else "\n"), "".join("\n" + n for n in notes) + "\n"


def assemble(head, between, pieces, tail):
    """Return head + between.join(pieces) + tail, str or bytes, copying the pieces once."""
    parts = [head]
    for piece in pieces:
        parts += [piece, between]
    if pieces:
        parts.pop()
    parts.append(tail)
    return head[:0].join(parts)


def _csv_writer(out, vi):
    import csv

    return csv.writer(out, delimiter=";" if vi else ",", lineterminator="\r\n")


def _md_line(line):
    """Return a caption line that Markdown reads as a line, not a list item or a heading."""
    return "\\" + line if re.match(r"\s*(?:[*+\-#>]|\d+[.)])(?:\s|$)", line) else line


def _md(text):
    """Return text safe in a Markdown table cell: pipes and backslashes escaped, line breaks
    (CR too) made spaces, and HTML escaped, so a hostile label renders as text."""
    import html

    text = text.replace("\\", "\\\\").replace("|", "\\|")
    text = text.replace("\r\n", " ").replace("\r", " ").replace("\n", " ")
    return html.escape(text, quote=False)


def render_table(columns, rows, locale="en", title=None, styles=None, width=None):
    """Return a rich Table that fits ``width`` columns (the terminal's by default).

    Text wraps at spaces inside its cell and a word is never cut; numbers and verdicts
    never break. To fit, in turn: optional columns that are not text (bars) go, an exact
    interval breaks after its dash, quotes and excerpts are shortened at a word boundary
    with "…", and then go; they go too where they would get fewer than USEFUL_WIDTH
    characters a line. The full text stays in the data formats. ``styles`` maps a row's
    ``verdict`` to a rich style for that row; text from the data is wrapped in Text
    objects, so brackets are never read as markup.
    """
    from ..core.display import visible

    width = width or table_width()
    cells = [[visible(display(c, row, locale)) for c in columns] for row in rows]
    title = title and visible(title)
    if len(rows) > 2000:  # laid out as it is: measuring layouts would cost more than it saves
        return _table(columns, cells, rows, title, styles, False)
    for shown, texts, narrow in _layouts(columns, cells):
        if _minimum(shown, texts, narrow) > width + 8:
            continue  # far too wide: no need to ask rich
        table = _table(shown, texts, rows, title, styles, narrow, width)
        if measured_width(table) > width:
            continue
        if not _shredded(table, shown):
            break
        keep = [i for i, c in enumerate(shown) if not c.optional]  # too narrow to read: go
        shown, texts = [shown[i] for i in keep], [[r[i] for i in keep] for r in texts]
        if measured_width(_table(shown, texts, rows, title, styles, narrow, width)) <= width:
            break
    return _table(shown, texts, rows, title, styles, narrow, width)


#: below this many characters an optional text column (an excerpt) is shredded, not shown
USEFUL_WIDTH = 24


def _shredded(table, columns):
    """Whether an optional text column was given less room than is useful to read."""
    return any(
        c.optional and c.wrap and col.width is not None and col.width < USEFUL_WIDTH
        for c, col in zip(columns, table.columns, strict=True)
    )


def measured_width(table):
    """Return the narrowest width rich can lay a table out in."""
    from rich.console import Console

    return Console(width=10_000, highlight=False, markup=False).measure(table).minimum


def _table(columns, cells, rows, title, styles, narrow, width=None):
    from rich import box
    from rich.table import Table
    from rich.text import Text

    table = Table(
        title=Text(title) if title else None,
        box=box.SIMPLE_HEAD,
        title_style="bold",
        show_lines=False,
    )
    fixed, wraps = 0, []
    for i, c in enumerate(columns):
        if not c.wrap:  # as wide as its widest cell, so rich never squeezes a number or a
            # verdict; a header wider than its cells goes on two lines ("Exact / interval")
            header = _(c.header)
            cell = max([0] + [_longest_line(r[i]) for r in cells])
            if narrow and c.numeric and len(header) > cell and " " in header:
                header = header.replace(" ", "\n")
            widest = max([cell] + [len(w) for w in header.split("\n")])
            table.add_column(
                header,
                justify="right" if c.numeric else "left",
                min_width=widest,
                no_wrap=True,
            )
            fixed += widest
        else:  # never narrower than its longest word: a word is never cut
            longest = max([4] + [len(w) for r in cells for w in r[i].split()])
            table.add_column(_(c.header), overflow="fold", min_width=min(longest, 40))
            natural = max([len(_(c.header))] + [_longest_line(r[i]) for r in cells])
            wraps.append((len(table.columns) - 1, min(longest, 40), natural))
    if width and wraps:
        _share_width(table, width - fixed - 3 * len(columns) - 1, wraps)
    for row, texts in zip(rows, cells, strict=False):
        style = (styles or {}).get(row.get("verdict"))
        table.add_row(*(Text(t) for t in texts), style=style)
    return table


def _share_width(table, room, wraps):
    """Give the text columns the room the others leave, in proportion to their text, none
    below its longest word; rich would otherwise squeeze every column, verdicts too."""
    if sum(natural for _i, _least, natural in wraps) <= room:
        return
    spare = max(0, room - sum(least for _i, least, _n in wraps))
    wanted = sum(natural - least for _i, least, natural in wraps) or 1
    for i, least, natural in wraps:  # each its longest word, and a share of what is left
        table.columns[i].width = least + spare * (natural - least) // wanted


def _layouts(columns, cells):
    """Yield (columns, cells, narrow), each narrower than the one before (see render_table);
    ``narrow``: intervals and headers of numbers go on two lines."""
    yield columns, cells, False
    keep = [i for i, c in enumerate(columns) if not (c.optional and not c.wrap)]
    columns, cells = [columns[i] for i in keep], [[r[i] for i in keep] for r in cells]
    yield columns, cells, False
    ranges = [i for i, c in enumerate(columns) if c.kind == "range"]
    marked = [i for i, c in enumerate(columns) if c.kind == "text" and not c.wrap]
    cells = [
        [
            t.replace("–", "–\n", 1)
            if i in ranges
            else _MARK.sub(r"\n\1", t)  # "base not in text" / "[3]": the verdict stays whole
            if i in marked
            else t
            for i, t in enumerate(r)
        ]
        for r in cells
    ]
    yield columns, cells, True
    optional = [i for i, c in enumerate(columns) if c.optional]
    for limit in (80, 50, 30):
        yield (
            columns,
            [[_shorten(t, limit) if i in optional else t for i, t in enumerate(r)] for r in cells],
            True,
        )
    keep = [i for i in range(len(columns)) if i not in optional]
    yield [columns[i] for i in keep], [[r[i] for i in keep] for r in cells], True


#: a footnote mark at the end of a cell: "inconsistent [4]"
_MARK = re.compile(r" (\[\d+\])$")


def _minimum(columns, cells, narrow=True):
    """Return the narrowest width a table of these cells takes: each column its widest
    unbreakable text (a number, a word), plus rich's padding."""
    total = 2
    for i, c in enumerate(columns):
        texts = [_(c.header)] + [r[i] for r in cells]
        if c.wrap:
            need = max([4] + [len(w) for t in texts for w in t.split()])
        else:
            words = texts[0].split() if c.numeric and narrow else [texts[0]]
            need = max([len(w) for w in words] + [_longest_line(t) for t in texts[1:]])
        total += need + 3
    return total


def _shorten(text, limit):
    """Return text cut to about ``limit`` characters at a word boundary, with "…"."""
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit].rstrip(" ,;") + " …"


def _wrap_lines(text, width):
    """Return each line wrapped at spaces to ``width`` (a long word is never cut)."""
    import textwrap

    out = []
    for line in text.split("\n"):
        out.extend(
            textwrap.wrap(
                line,
                width,
                break_long_words=False,
                break_on_hyphens=False,
                subsequent_indent="    ",
            )
            or [""]
        )
    return "\n".join(out)


#: the width when nothing says one (no terminal, or one that reports 0 × 0)
DEFAULT_WIDTH = 100


def table_width(file=None):
    """Return the width tables are laid out for: COLUMNS when it is a width, else the
    terminal's (also when output is piped: the terminal is still on stderr), else 100."""
    import os
    import shutil
    import sys

    said = os.environ.get("COLUMNS", "")
    if said.isascii() and said.isdigit() and 0 < int(said) <= 10_000:
        return int(said)
    stream = file or sys.stdout
    for fd in (stream, sys.stderr):
        try:
            columns = os.get_terminal_size(fd.fileno()).columns
        except (OSError, ValueError, AttributeError):
            continue
        if columns > 0:  # a terminal that reports 0 × 0 knows no size
            return columns
    columns = shutil.get_terminal_size((DEFAULT_WIDTH, 24)).columns
    return columns if columns > 0 else DEFAULT_WIDTH


def _longest_line(text):
    return max(len(line) for line in text.split("\n"))


def _width_bound(table):
    """Return a quick upper bound of the narrowest width that shows every cell unbroken.

    Cheap next to rich's own measurement, which is only needed when this bound does not fit.
    """
    bound = 2
    for column in table.columns:
        texts = [column.header] + [cell.plain for cell in column.cells]
        if column.no_wrap:
            bound += max(_longest_line(t) for t in texts) + 3
        else:
            bound += max([10] + [len(w) for t in texts for w in t.split()]) + 3
    return bound


def print_table(table, file=None, notes=None):
    """Print a rich table to stdout at the width it was laid out for, never cutting it,
    and the notes under it, wrapped at spaces to the terminal's width (not the table's).

    Piped output gets no colour; the width widens to the table's minimum if it must.
    """
    from rich.console import Console

    options = {
        "file": file,
        "highlight": False,
        "soft_wrap": False,
        "markup": False,
        "emoji": False,
    }
    console = Console(width=table_width(file), **options)
    if _width_bound(table) > console.width:
        # measured on a wide console: rich clamps a measurement to the console's own width
        needed = Console(width=10_000, **options).measure(table).minimum
        if needed > console.width:
            console = Console(width=needed, **options)
    console.print(table)
    if notes:
        from rich.text import Text

        from ..core.display import visible

        console.print(Text(_wrap_lines(visible(notes), console.width)))
