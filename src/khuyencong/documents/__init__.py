"""Documents → text with its places: PDF, Word, web pages, Excel and plain text alike.

Every reader returns the same thing, a Document: blocks of text (a paragraph, a table row, a
sheet row), each with where it stands ("page 3, line 12", "paragraph 14", "table 2, row 5",
"sheet Thu NS, row 18", "line 8"). Scan reads the blocks as lines and never knows what the
file was. The kind is told by content (magic bytes), not only by the file's ending. The
libraries are imported by the reader that needs them, so --help and check stay fast.
"""

import os

from ..core.errors import KhuyenCongError
from ..core.i18n import _

#: endings a folder scan reads (a file named on the command line is read whatever its ending)
ENDINGS = (".txt", ".md", ".pdf", ".docx", ".html", ".htm", ".xlsx")
#: a document's largest size, read or uncompressed
MAX_BYTES = 50 * 1024 * 1024
#: the most pages a PDF may have
MAX_PAGES = 2000


class Block:
    """A stretch of text the document sets apart, and where its lines are.

    ``marks`` is a list of (offset in ``text``, place): each line of the original keeps its
    place, so a finding inside a paragraph joined from several PDF lines names its own line.
    """

    __slots__ = ("marks", "text")

    def __init__(self, text, where):
        self.text = text
        self.marks = [(0, where)] if isinstance(where, str) else where

    def where(self, offset=0):
        """Return the place of the character at ``offset``."""
        found = self.marks[0][1]
        for start, place in self.marks:
            if start > offset:
                break
            found = place
        return found


class Lines:
    """The blocks of a plain text, one a line, made when asked for: a text of millions of
    (blank) lines keeps one list of its lines, not an object and a place for each."""

    __slots__ = ("lines",)

    def __init__(self, text):
        self.lines = text.split("\n")

    def __len__(self):
        return len(self.lines)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self.lines)))]
        if i < 0:
            i += len(self.lines)
        return Block(self.lines[i], f"line {i + 1}")

    def __iter__(self):
        return (self[i] for i in range(len(self.lines)))


class Document:
    """What a file says: its blocks, its kind, and notes on how it was read."""

    __slots__ = ("blocks", "kind", "name", "notes")

    def __init__(self, name, kind, blocks, notes=()):
        self.name, self.kind, self.blocks, self.notes = name, kind, blocks, list(notes)

    @property
    def text(self):
        """The blocks as lines of one text."""
        if isinstance(self.blocks, Lines):
            return "\n".join(self.blocks.lines)
        return "\n".join(b.text for b in self.blocks)

    def places(self):
        """Return, for each line of ``text``, its Block (to say where a finding is)."""
        return self.blocks


def _too_large():
    return _("is larger than the {limit} MiB limit").format(limit=MAX_BYTES // 1048576)


def read_stream(stream, name="<stdin>"):
    """Return the bytes of a stream, refused as soon as it passes the size limit."""
    data = stream.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise KhuyenCongError(_too_large(), path=name)
    return data


def inputs(paths, endings=ENDINGS, problems=None, what=None):
    """Yield (name, path) for every input: a file, every document of a folder and its
    subfolders (by ``endings``), or ("<stdin>", None) for standard input.

    In a folder, what is not read is said, never skipped unsaid: each goes into
    ``problems`` as (path, what happened, whether it is an error). An unreadable subfolder
    is an error (the command reads the rest and exits 2); a link that leads out of the
    folder given is not followed (a link named as an argument is read, as asked), and a
    page this tool wrote (an annotated report) is no document to check: those two are
    notes. ``what``: the word for what a folder should hold, for its error.
    """
    import os

    notes = problems if problems is not None else []
    for path in paths:
        if path == "-":
            yield "<stdin>", None
        elif os.path.isdir(path):
            root = os.path.realpath(path)
            found = []

            def unreadable(e, notes=notes):
                notes.append((e.filename, f"{_('cannot be read')} ({e.strerror})", True))

            for d, _dirs, files in os.walk(path, onerror=unreadable):
                for f in files:
                    full = os.path.join(d, f)
                    if not f.lower().endswith(endings):
                        continue
                    if os.path.islink(full) and not _inside(os.path.realpath(full), root):
                        notes.append((full, _("a link out of the folder, not followed"), False))
                        continue
                    if f.lower().endswith((".html", ".htm")) and _ours(full):
                        notes.append((full, _("a page khuyencong wrote, not read"), False))
                        continue
                    found.append(full)
            if not found and not notes:
                raise KhuyenCongError(
                    _("holds no {what} ({endings})").format(
                        what=what or _("documents"), endings=", ".join(endings)
                    ),
                    path=path,
                )
            yield from ((f, f) for f in sorted(found))
        else:
            yield path, path


def _inside(path, root):
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def _ours(path):
    """Whether a page is one this tool wrote: its head names khuyencong as the generator."""
    try:
        with open(path, "rb") as f:
            head = f.read(4096)
    except OSError:
        return False
    return b'<meta name="generator" content="khuyencong' in head


def _page_head(data):
    """Whether bytes open as a web page does: a doctype or an <html> element."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html"))


def sniff(data):
    """Return the kind of a document from its first bytes: pdf, docx, xlsx, html or text."""
    if data.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        if b"word/" in data[:4096] or b"word/document.xml" in data:
            return "docx"
        if b"xl/" in data[:4096] or b"xl/workbook.xml" in data:
            return "xlsx"
        return "zip"
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if (
        head.startswith((b"<!doctype html", b"<html", b"<?xml"))
        or b"<body" in head
        or (head.startswith(b"<") and b"</p>" in data[:65536].lower())
    ):
        return "html"
    return "text"


#: an OLE2 compound file: Office 97–2003 documents, and an encrypted Office file's wrapper
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def refuse_office_container(data, name, legacy=None):
    """Refuse an OLE2 file in one line: one that holds an encrypted document says so (a
    password-protected .docx or .xlsx is such a file); any other is an Office 97–2003
    document, refused with ``legacy`` (what to do instead)."""
    if "EncryptedPackage".encode("utf-16-le") in data:
        raise KhuyenCongError(
            _("is password-protected: save a copy without a password and check that"),
            path=name,
        )
    if legacy is not None:
        raise KhuyenCongError(legacy, path=name)


def read_document(path, data=None, name=None):
    """Return the Document in ``data`` (the bytes of ``path``, read here when not given)."""
    from ..datafile.load import read_bytes

    name = name or path
    if data is None:
        data = read_bytes(path)
    if len(data) > MAX_BYTES:
        raise KhuyenCongError(_too_large(), path=name)
    if data.startswith(OLE):
        refuse_office_container(
            data,
            name,
            _(
                "is an Office 97–2003 document (.doc, .xls): save it as .docx or .xlsx to scan "
                "it; khuyencong table reads .xls tables"
            ),
        )
    kind = sniff(data)
    if kind == "html" and name.lower().endswith((".txt", ".md")) and not _page_head(data):
        kind = "text"  # a text that opens with a tag is still the text its ending says
    if kind == "pdf":
        from .pdf import read_pdf

        return read_pdf(data, name)
    if kind in ("docx", "xlsx", "zip"):
        from .archive import check_archive

        kind = check_archive(data, name)  # by the parts it holds, not by a byte pattern
        if kind == "zip":
            raise KhuyenCongError(
                _("is a zip file but neither a Word (.docx) nor an Excel (.xlsx) document"),
                path=name,
            )
        if kind == "docx":
            from .docx import read_docx

            return read_docx(data, name)
        from .xlsx import read_xlsx

        return read_xlsx(data, name)
    from .plaintext import decode_text

    text, notes = decode_text(data, name)
    if kind == "html":
        from .html import read_html

        return read_html(text, name, notes)
    return Document(name, "text", Lines(text), notes)


__all__ = [
    "ENDINGS",
    "MAX_BYTES",
    "MAX_PAGES",
    "Block",
    "Document",
    "inputs",
    "read_document",
    "sniff",
]
