"""PDF → the text layer, page by page, lines mended into paragraphs.

pypdf, chosen by measurement on PDFs made with Vietnamese text (DejaVu Sans, fpdf2): pypdf,
pdfminer.six and pdfplumber all gave NFC text with every diacritic right; pypdf read a
30-page report in 0.31 s, pdfminer.six in 1.09 s, pdfplumber in 2.74 s.

A PDF's text layer breaks lines inside sentences; a line is joined to the next unless it
ends a sentence and the next starts one, or it is much shorter than the page's lines (a
heading, the last line of a paragraph). A word hyphenated across lines is mended.
"""

import io
import re
from typing import Any

from ..core.errors import KhuyenCongError
from ..core.i18n import _
from . import MAX_BYTES, MAX_PAGES, Block, Document

_ENDS = re.compile(r"[.!?:;…»”\"]\s*$")
_STARTS = re.compile(r"^\s*(?:[A-ZĐÀ-Ỹ0-9•\-–(\"“]|[IVX]+\.)")


def read_pdf(data, name):
    """Return the Document of a PDF's text layer."""
    import pypdf

    if b"%%EOF" not in data[-2048:]:
        raise KhuyenCongError(_("is a truncated PDF (it has no end-of-file marker)"), path=name)
    with _PdfLog() as log:  # pypdf's warnings counted, never printed (a broken file has 1000s)
        texts = _texts(_reader(pypdf, data, name), name)
    if not any(t.strip() for t in texts):
        if log.count:
            raise KhuyenCongError(
                _("is a broken PDF ({count} problems in its structure, and no text read)").format(
                    count=log.count
                ),
                path=name,
            )
        raise KhuyenCongError(
            _(
                "is a PDF with no text layer (a scan?): it has no text to read; OCR it first, "
                "for example with: ocrmypdf -l vie IN.pdf OUT.pdf"
            ),
            path=name,
        )
    notes = [_("read despite {count} problems in its structure").format(count=log.count)]
    return _document(texts, name, notes if log.count else [])


class _PdfLog:
    """Count what pypdf logs while a file is read, and keep it off the terminal."""

    def __enter__(self):
        import logging

        self.count = 0
        self.logger = logging.getLogger("pypdf")
        self.saved = self.logger.propagate, self.logger.level
        self.logger.propagate = False
        self.logger.setLevel(logging.WARNING)
        self.handler = logging.Handler()
        self.handler.emit = self._count  # type: ignore[method-assign]
        self.logger.addHandler(self.handler)
        return self

    def _count(self, record):
        self.count += 1

    def __exit__(self, *exc):
        self.logger.removeHandler(self.handler)
        self.logger.propagate, level = self.saved
        self.logger.setLevel(level)
        return False


def _problems():
    """What pypdf raises on a file it cannot read: the file's fault, said in one line."""
    from pypdf.errors import PyPdfError

    return (
        PyPdfError,
        ZeroDivisionError,
        ValueError,
        KeyError,
        TypeError,
        AttributeError,
        OSError,
        RecursionError,
        NotImplementedError,  # "Unsupported filter /FlateD…"
        IndexError,
        EOFError,
        UnicodeError,
    )


def _broken(e, name):
    if type(e).__name__ == "LimitReachedError":  # pypdf's bound on what a stream inflates to
        return KhuyenCongError(
            _("has a stream that would inflate past {limit} MB (a PDF bomb?)").format(
                limit=STREAM_BYTES // 1_000_000
            ),
            path=name,
        )
    return KhuyenCongError(
        _("is a broken PDF ({problem})").format(problem=f"{type(e).__name__}: {str(e)[:80]}"),
        path=name,
    )


#: the most bytes one stream of a PDF may inflate to: a page's text is kilobytes, and a
#: 70 KB file whose one stream inflates to 68 MB took 1.5 GB to read
STREAM_BYTES = 16_000_000


def _bounded(pypdf):
    """Lower pypdf's limits on what a stream may inflate to, where this pypdf has them."""
    overwrite = getattr(pypdf, "overwrite_configuration", None)
    if overwrite is None:
        return
    known = {f for f in dir(pypdf.get_configuration()) if f.endswith("_output_length")}
    overwrite(**dict.fromkeys(known, STREAM_BYTES))


def _reader(pypdf, data, name):
    """Return a PdfReader, or raise one line for a file pypdf cannot open."""
    _bounded(pypdf)
    try:
        return pypdf.PdfReader(io.BytesIO(data))
    except _problems() as e:
        raise _broken(e, name) from None


def _texts(reader, name):
    """Return each page's text; a file pypdf cannot walk is one line."""
    try:
        if reader.is_encrypted:
            raise KhuyenCongError(
                _("is an encrypted PDF: save an unprotected copy to scan it"), path=name
            )
        root: Any = reader.trailer["/Root"]
        claimed = root["/Pages"].get("/Count", 0)  # what it says, before the tree is walked
        pages = max(int(claimed), 0) if isinstance(claimed, (int, float)) else 0
        pages = pages if pages > MAX_PAGES else len(reader.pages)
        if pages > MAX_PAGES:
            raise KhuyenCongError(
                _("has {count} pages; at most {limit} are read").format(
                    count=pages, limit=MAX_PAGES
                ),
                path=name,
            )
        texts, kept = [], 0
        for page in reader.pages:  # the text kept is bounded, whatever pages share
            text = page.extract_text() or ""
            kept += len(text)
            if kept > MAX_BYTES:
                raise KhuyenCongError(
                    _("holds more than {limit} MiB of text; documents are limited to that").format(
                        limit=MAX_BYTES // 1048576
                    ),
                    path=name,
                )
            texts.append(text)
        return texts
    except KhuyenCongError:
        raise
    except _problems() as e:
        raise _broken(e, name) from None


def _document(texts, name, notes):
    """Return the Document of a PDF's page texts: paragraphs, mended across pages."""
    blocks: list[Block] = []
    for number, text in enumerate(texts, start=1):
        page = paragraphs(text, number)
        if blocks and page and not _ENDS.search(blocks[-1].text) and page[0].text[:1].islower():
            last, first = blocks.pop(), page.pop(0)  # a paragraph that runs over the page
            shift = len(last.text) + 1
            page.insert(
                0,
                Block(
                    f"{last.text} {first.text}",
                    last.marks + [(o + shift, w) for o, w in first.marks],
                ),
            )
        blocks.extend(page)
    return Document(name, "pdf", blocks, notes)


def paragraphs(text, page):
    """Return the Blocks of a page: its lines joined into paragraphs, each line's place kept."""
    import unicodedata

    lines = [" ".join(unicodedata.normalize("NFC", line).split()) for line in text.split("\n")]
    widths = sorted(len(line) for line in lines if line)
    full = widths[len(widths) * 3 // 4] if widths else 0  # a typical full line
    out: list[Block] = []
    first = next((line for line in lines if line), "")
    current = ""
    marks: list[tuple[int, str]] = []
    for number, line in enumerate(lines, start=1):
        if not line:
            if current:
                out.append(Block(current, marks))
            current, marks = "", []
            continue
        if current:
            ends = _ENDS.search(current) and _STARTS.search(line)
            short = len(lines[number - 2]) < 0.6 * full
            # the document's first line, with no sentence end, over a line that opens a
            # sentence: the headline, a paragraph of its own ("… năm 2023" / "Năm 2023, …")
            headline = page == 1 and current == first and _STARTS.search(line)
            if ends or short or headline:
                out.append(Block(current, marks))
                current, marks = "", []
        where = f"page {page}, line {number}"
        if current.endswith("-") and line[:1].islower():
            marks.append((len(current) - 1, where))
            current = current[:-1] + line
        elif current:
            marks.append((len(current) + 1, where))
            current = f"{current} {line}"
        else:
            marks.append((0, where))
            current = line
    if current:
        out.append(Block(current, marks))
    return out
