"""Tables in a PDF's text layer → grids, with pdfplumber.

pdfplumber was chosen by measurement on PDFs made with fpdf2 (ruled and unruled, a merged
group header, Vietnamese labels): on a ruled table its ``lines`` strategy reads every cell
and reports a merged cell's span (camelot's lattice reads the text but not the merge); on an
unruled one its ``text`` strategy reads every body cell when a column edge must be borne out
by four words or more (three splits a label column where a note's words happen to line up;
five loses a centred header). camelot's stream read unruled bodies as well, but needs
OpenCV, pandas and NumPy; pdfplumber needs only pdfminer.six, which is pure Python.

A PDF is first read as ``scan`` reads it (documents/pdf.py): a broken file, a stream that
would inflate past its limit (a PDF bomb) or a page with no text layer is refused there in
one line, before pdfminer sees it. pdfminer's and pdfplumber's own warnings stay off the
terminal.
"""

import io
import logging

from ..core.errors import KhuyenCongError
from ..core.i18n import _

#: words that must line up for the ``text`` strategy to take a column edge (see above)
MIN_WORDS_VERTICAL = 4
_TEXT = {
    "vertical_strategy": "text",
    "horizontal_strategy": "text",
    "min_words_vertical": MIN_WORDS_VERTICAL,
}


def read_pdf_tables(data, name):
    """Return a grid per table of a PDF's text layer: a ruled table's merges as merges,
    an unruled one's columns as its words line up. Blank rows are left out."""
    import pdfplumber

    from ..documents.pdf import read_pdf

    read_pdf(data, name)  # refuses a broken PDF, a bomb or a scan, in one line
    from .readers import printed_grid

    grids = []
    with _Quiet():
        try:
            document = pdfplumber.open(io.BytesIO(data))
        except Exception as e:
            raise KhuyenCongError(
                _("is a broken PDF ({problem})").format(problem=type(e).__name__), path=name
            ) from None
        with document:
            for number, page in enumerate(document.pages, 1):
                try:
                    tables = page.find_tables() or page.find_tables(_TEXT)
                    read = [_cells(table) for table in tables]
                except (KhuyenCongError, RecursionError, MemoryError):
                    raise
                except Exception as e:  # pdfminer's error on a page it cannot lay out
                    raise KhuyenCongError(
                        _("is a broken PDF ({problem})").format(problem=type(e).__name__),
                        path=name,
                    ) from None
                finally:
                    page.close()  # its objects are not kept: memory bounded by one page
                for k, (texts, merged) in enumerate(read, 1):
                    if texts:
                        sheet = _("page {page}, table {number}").format(page=number, number=k)
                        grids.append(printed_grid(name, sheet, texts, merged))
    return grids


def _cells(table):
    """Return (rows of cell texts, merges) of a pdfplumber table: a cell whose box spans
    the boxes of columns or rows after it is a merge over them."""
    lefts = [column.bbox[0] for column in table.columns]
    tops = [row.bbox[1] for row in table.rows]
    texts, merged, keep = [], [], []
    for r, (row, cells) in enumerate(zip(table.rows, table.extract(), strict=True)):
        texts.append(["" if text is None else text for text in cells])
        keep.append(any(text for text in cells))
        for c, box in enumerate(row.cells):
            if box is None:
                continue
            x0, top, x1, bottom = box
            across = sum(1 for x in lefts[c:] if x0 - 0.5 <= x < x1 - 0.5)
            down = sum(1 for y in tops[r:] if top - 0.5 <= y < bottom - 0.5)
            if across > 1 or down > 1:
                merged.append((r, r + max(down, 1), c, c + max(across, 1)))
    if all(keep):
        return texts, merged
    # blank rows (the text strategy's gaps between lines) out, the merges moved up with them
    new = [sum(keep[:r]) for r in range(len(keep) + 1)]
    rows = [row for row, kept in zip(texts, keep, strict=True) if kept]
    moved = [(new[r0], new[r1], c0, c1) for r0, r1, c0, c1 in merged if new[r1] > new[r0]]
    return rows, moved


class _Quiet:
    """Keep pdfminer's and pdfplumber's logging off the terminal while a file is read."""

    NAMES = ("pdfminer", "pdfplumber")

    def __enter__(self):
        self.saved = []
        for name in self.NAMES:
            logger = logging.getLogger(name)
            self.saved.append((logger, logger.propagate, logger.level))
            logger.propagate = False
            logger.setLevel(logging.CRITICAL + 1)
        return self

    def __exit__(self, *exc):
        for logger, propagate, level in self.saved:
            logger.propagate, logger.level = propagate, level
        return False
