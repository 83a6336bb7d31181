"""Writing files safely: atomically (temp file, fsync, rename) and never over a file unasked."""

import contextlib
import errno
import os
import tempfile

from ..core.errors import KhuyenCongError


def _umask():
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomic(path, data, force=False):
    """Write ``data`` (bytes) to ``path`` so that readers see the old file or the new, whole.

    Refuses an existing file unless ``force``. The temp file sits in the target's folder
    (so the rename cannot cross file systems) and is removed on any error.
    """
    path = os.fspath(path)
    folder = os.path.dirname(os.path.abspath(path))
    if os.path.isdir(path):
        raise KhuyenCongError("is a directory; give a file name", path=path)
    if not force and os.path.lexists(path):
        raise KhuyenCongError("already exists; use --force to overwrite it", path=path)
    if not os.path.isdir(folder):
        raise KhuyenCongError(f"cannot write: the folder {folder} does not exist", path=path)
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{os.path.basename(path)}.", suffix=".tmp")
    except OSError as e:
        raise KhuyenCongError(f"cannot write here ({e.strerror})", path=path) from None
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; a saved file is usually 0644
        if force:
            os.replace(tmp, path)
        else:
            _link_no_clobber(tmp, path)
    except OSError as e:
        _discard(tmp)
        raise KhuyenCongError(f"cannot write ({e.strerror or e})", path=path) from None
    except BaseException:  # our own refusal, an interrupt: the temp file goes too
        _discard(tmp)
        raise


def _link_no_clobber(tmp, path):
    """Move tmp to path unless path exists by then: a hard link fails if it does."""
    try:
        os.link(tmp, path)
    except FileExistsError:
        raise KhuyenCongError("already exists; use --force to overwrite it", path=path) from None
    except OSError as e:
        if e.errno not in (errno.EPERM, errno.ENOTSUP, errno.EXDEV, errno.EMLINK):
            raise
        os.replace(tmp, path)  # a file system without hard links: checked just before
        return
    os.unlink(tmp)


def _discard(tmp):
    with contextlib.suppress(OSError):
        os.unlink(tmp)
