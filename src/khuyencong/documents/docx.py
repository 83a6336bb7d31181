"""Word (.docx) → its paragraphs and tables, in document order (python-docx).

A paragraph is a block ("paragraph 14"); a table row is a block with its cells joined by
" | " ("table 2, row 5"), as a table pasted into text reads.
"""

import io

from ..core.errors import KhuyenCongError
from ..core.i18n import _
from . import Block, Document


def read_docx(data, name):
    """Return the Document of a Word file."""
    import docx
    from docx.oxml.ns import qn

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as e:
        raise KhuyenCongError(
            _("is a broken Word file ({problem})").format(problem=type(e).__name__), path=name
        ) from None
    blocks, paragraph, table = [], 0, 0
    for child in document.element.body.iterchildren():
        if child.tag == qn("w:p"):
            paragraph += 1
            text = "".join(t.text or "" for t in child.iter(qn("w:t")))
            if text.strip():
                blocks.append(Block(" ".join(text.split()), f"paragraph {paragraph}"))
        elif child.tag == qn("w:tbl"):
            table += 1
            for row_number, row in enumerate(child.iter(qn("w:tr")), start=1):
                cells = [
                    " ".join("".join(t.text or "" for t in cell.iter(qn("w:t"))).split())
                    for cell in row.iter(qn("w:tc"))
                ]
                if any(cells):
                    blocks.append(
                        Block("| " + " | ".join(cells) + " |", f"table {table}, row {row_number}")
                    )
    return Document(name, "docx", blocks)
