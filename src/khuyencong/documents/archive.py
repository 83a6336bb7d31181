"""Zip containers (.docx, .xlsx): refused before anything is inflated if they would grow
past the limit (a zip bomb), or are broken."""

import io
import zipfile

from ..core.errors import KhuyenCongError
from ..core.i18n import _
from . import MAX_BYTES

#: the most entries a Word or Excel file may hold
MAX_ENTRIES = 10_000


def check_archive(data, name):
    """Return what a zip holds — "docx", "xlsx" or "zip" — by its parts, not by a byte
    pattern; raise unless it is a readable zip whose declared contents stay under the
    limit."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            entries = z.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as e:
        raise KhuyenCongError(
            _("is a broken zip container ({problem})").format(problem=e), path=name
        ) from None
    if len(entries) > MAX_ENTRIES:
        raise KhuyenCongError(
            _("holds {count} files; at most {limit} are read").format(
                count=len(entries), limit=MAX_ENTRIES
            ),
            path=name,
        )
    size = sum(e.file_size for e in entries)
    if size > MAX_BYTES:
        raise KhuyenCongError(
            _(
                "would inflate to {size} MiB; documents are limited to {limit} MiB "
                "uncompressed (a zip bomb?)"
            ).format(size=size // 1048576, limit=MAX_BYTES // 1048576),
            path=name,
        )
    names = {e.filename for e in entries}
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    return "zip"
