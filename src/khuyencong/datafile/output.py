"""Writing files safely: atomically (temp file, fsync, rename) and never over a file unasked."""

import contextlib
import errno
import os
import stat
import tempfile

from ..core.errors import KhuyenCongError
from ..core.i18n import _


def _umask():
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_all(stream, data):
    """Write every byte of ``data`` to a binary stream, or raise: a write may take only part
    ("ulimit -f", a full disk) and say so by its count alone, not by an error."""
    import errno

    view = memoryview(data)
    while view:
        written = stream.write(view)
        if not written:
            raise OSError(errno.EIO, _("the output was cut short"))
        view = view[written:]


def writable(path, force=False):
    """Refuse, before any work is done, a target ``write_atomic`` would refuse: a folder,
    an existing file without ``force``, a missing folder. Return the existing file's
    status (None if there is none)."""
    path = os.fspath(path)
    folder = os.path.dirname(os.path.abspath(path))
    if os.path.isdir(path):
        raise KhuyenCongError(_("is a directory; give a file name"), path=path)
    old = _existing(path)
    if old is not None and not force:
        raise KhuyenCongError(_("already exists; use --force to overwrite it"), path=path)
    if not os.path.isdir(folder):
        raise KhuyenCongError(
            _("cannot write: the folder {folder} does not exist").format(folder=folder), path=path
        )
    if not os.access(folder, os.W_OK):
        raise KhuyenCongError(
            _("cannot write: the folder {folder} is read-only to this user").format(folder=folder),
            path=path,
        )
    return old


def targets_apart(outputs, inputs, force=False):
    """Refuse, before any work, outputs that would be one another or an input: each
    (option, path) of ``outputs`` is written once, and never over a file being read;
    then check each is ``writable``."""
    seen: dict[str, str] = {}
    read = {_same(p): p for p in inputs if p is not None}
    for option, path in outputs:
        if not path:
            continue
        key = _same(path)
        if key in seen:
            raise KhuyenCongError(
                _("is given to both {first} and {second}: give each its own file").format(
                    first=seen[key], second=option
                ),
                path=path,
            )
        if key in read:
            raise KhuyenCongError(
                _("is an input too: {option} would overwrite what is being read").format(
                    option=option
                ),
                path=path,
            )
        seen[key] = option
        writable(path, force)


def _same(path):
    """Return what tells two names of one file apart from two files: its real path."""
    return os.path.normcase(os.path.realpath(os.fspath(path)))


def write_atomic(path, data, force=False):
    """Write ``data`` (bytes) to ``path`` so that readers see the old file or the new, whole.

    Refuses an existing file unless ``force``. The temp file sits in the target's folder
    (so the rename cannot cross file systems) and is removed on any error.
    """
    path = os.fspath(path)
    folder = os.path.dirname(os.path.abspath(path))
    old = writable(path, force)
    try:  # the temp name fits the folder's limit however long the target's is
        prefix = "." + os.path.basename(path)[:100] + "."
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=prefix, suffix=".tmp")
    except OSError as e:
        raise KhuyenCongError(
            _("cannot write here ({problem})").format(problem=e.strerror), path=path
        ) from None
    try:
        with os.fdopen(fd, "wb") as f:
            write_all(f, data)
            f.flush()
            os.fsync(f.fileno())
        if old is None:  # mkstemp makes 0600; a new file gets what the umask gives
            os.chmod(tmp, 0o666 & ~_umask())
        else:  # a replaced file keeps its mode, and its owner where we may
            os.chmod(tmp, stat.S_IMODE(old.st_mode))
            with contextlib.suppress(OSError):
                os.chown(tmp, old.st_uid, old.st_gid)
        if force:
            os.replace(tmp, path)
        else:
            _link_no_clobber(tmp, path)
    except OSError as e:
        _discard(tmp)
        raise KhuyenCongError(
            _("cannot write ({problem})").format(problem=e.strerror or e), path=path
        ) from None
    except BaseException:  # our own refusal, an interrupt: the temp file goes too
        _discard(tmp)
        raise


def _existing(path):
    """Return the stat of an existing target (not following a symlink), refusing any that
    is not a regular file: --force replaces files, never devices, FIFOs or links."""
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return None
    except OSError as e:
        raise KhuyenCongError(
            _("cannot be checked ({problem})").format(problem=e.strerror or e), path=path
        ) from None
    if not stat.S_ISREG(st.st_mode):
        what = _("a symbolic link") if stat.S_ISLNK(st.st_mode) else _("not a regular file")
        raise KhuyenCongError(
            _("exists and is {what}; it is never replaced, even with --force").format(what=what),
            path=path,
        )
    return st


def _link_no_clobber(tmp, path):
    """Move tmp to path unless path exists by then: a hard link fails if it does."""
    try:
        os.link(tmp, path)
    except FileExistsError:
        raise KhuyenCongError(_("already exists; use --force to overwrite it"), path=path) from None
    except OSError as e:
        if e.errno not in (errno.EPERM, errno.ENOTSUP, errno.EXDEV, errno.EMLINK):
            raise
        os.replace(tmp, path)  # a file system without hard links: checked just before
        return
    os.unlink(tmp)


def _discard(tmp):
    with contextlib.suppress(OSError):
        os.unlink(tmp)
