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
    if not found.strip():  # nested past what lxml parses (256 levels): read it as a stream
        found = plain_text(text)
    lines = [" ".join(line.split()) for line in found.split("\n")]
    blocks = [Block(line, f"paragraph {i}") for i, line in enumerate((x for x in lines if x), 1)]
    if not blocks:
        raise KhuyenCongError(_("is a web page with no text"), path=name)
    return Document(name, "html", blocks, notes)


#: elements after which a page's text breaks a line
_BLOCKS = frozenset(
    [
        "p",
        "div",
        "br",
        "li",
        "tr",
        "td",
        "th",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "section",
        "article",
        "table",
        "ul",
        "ol",
        "header",
        "footer",
    ]
)


def plain_text(page):
    """Return the visible text of a page, read as a stream by the standard library's
    parser: no depth limit (200 000 nested <div>s read in about a second), no script or
    style, a line break after each block."""
    from html.parser import HTMLParser

    class Text(HTMLParser):
        def __init__(self):
            super().__init__(convert_charrefs=True)
            self.out, self.hidden = [], 0

        def handle_starttag(self, tag, attrs):
            self.hidden += tag in ("script", "style")
            if tag in _BLOCKS:
                self.out.append("\n")

        def handle_endtag(self, tag):
            self.hidden -= tag in ("script", "style") and self.hidden > 0
            if tag in _BLOCKS:
                self.out.append("\n")

        def handle_data(self, data):
            if not self.hidden:
                self.out.append(data)

    reader = Text()
    reader.feed(page)
    reader.close()
    return "".join(reader.out)
