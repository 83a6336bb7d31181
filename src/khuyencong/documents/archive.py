"""Zip containers (.docx, .xlsx): refused before anything is inflated if they would grow
past the limit (a zip bomb), or are broken."""

import io
import zipfile

from ..core.errors import KhuyenCongError
from . import MAX_BYTES

#: the most entries a Word or Excel file may hold
MAX_ENTRIES = 10_000


def check_archive(data, name):
    """Raise unless ``data`` is a readable zip whose declared contents stay under the limit."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            entries = z.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as e:
        raise KhuyenCongError(f"is a broken zip container ({e})", path=name) from None
    if len(entries) > MAX_ENTRIES:
        raise KhuyenCongError(
            f"holds {len(entries)} files; at most {MAX_ENTRIES} are read", path=name
        )
    size = sum(e.file_size for e in entries)
    if size > MAX_BYTES:
        raise KhuyenCongError(
            f"would inflate to {size // 1048576} MiB; documents are limited to "
            f"{MAX_BYTES // 1048576} MiB uncompressed (a zip bomb?)",
            path=name,
        )
