"""Web pages (.html) → the article's main text, not its menu, sidebar or footer.

trafilatura, chosen by measurement on pages made with a nav, an aside and a footer full of
decoy percentages: it kept the article's paragraphs and dropped the rest (selectolax would
need rules of our own for what a page's main text is). A page it finds no article in is
read whole, as its visible text.
"""

from ..core.errors import KhuyenCongError
from ..core.i18n import _
from . import Block, Document


def read_html(text, name, notes=()):
    """Return the Document of a web page's main text."""
    import trafilatura

    try:
        found = trafilatura.extract(
            text,
            include_tables=True,
            include_comments=False,
            favor_precision=True,
            deduplicate=False,
        )
    except Exception as e:
        raise KhuyenCongError(
            _("is a web page that could not be read ({problem})").format(problem=type(e).__name__),
            path=name,
        ) from None
    notes = list(notes)
    if not found:
        found = trafilatura.html2txt(text) or ""
        notes.append(_("no article found: read the whole page"))
    lines = [" ".join(line.split()) for line in found.split("\n")]
    blocks = [Block(line, f"paragraph {i}") for i, line in enumerate((x for x in lines if x), 1)]
    if not blocks:
        raise KhuyenCongError(_("is a web page with no text"), path=name)
    return Document(name, "html", blocks, notes)
