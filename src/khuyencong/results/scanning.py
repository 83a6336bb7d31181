"""Files → scan rows, one file or a folder, on every core the process may use.

One standard mechanism for parallel work: ``concurrent.futures``. Each file is read and
scanned in a worker; what comes back is plain rows, in the order the files were named, so
the output is byte for byte that of one process. A file that is broken, too large or too
slow (a per-file time limit) is reported and skipped; the others go on.
"""

import os
import signal

from ..core.errors import KhuyenCongError
from ..core.i18n import _

#: seconds one file may take before it is reported and skipped
FILE_SECONDS = 120


class Outcome:
    """What scanning one file gave: its rows (notes in the text's own notation), the notes
    on how it was read, or the one line that says why it could not be."""

    __slots__ = ("document", "error", "locale", "name", "notes", "rows", "scanner")

    def __init__(self, name):
        self.name, self.error, self.locale, self.notes = name, None, None, []
        self.rows, self.scanner = [], None
        self.document = None  # the annotated report's view of the text, when asked for


class _TooSlow(Exception):
    pass


def _alarm(signum, frame):
    raise _TooSlow


def scan_one(
    name, path, notation=None, mode="any", data=None, seconds=FILE_SECONDS, keep=False, report=False
):
    """Return the Outcome of scanning one file (``data``: its bytes, for standard input).

    ``keep``: keep the Scanner (for a draft data file); ``report``: make the annotated
    report's view of the text (plain data, so a worker process can send it back).
    """
    from ..documents import read_document
    from ..text.scan import scan_text
    from .scan_rows import scan_rows

    out = Outcome(name)
    timed = seconds and hasattr(signal, "setitimer") and _main_thread()
    if timed:
        previous = signal.signal(signal.SIGALRM, _alarm)
        signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        document = read_document(path, data, name)
        scanner = scan_text(document.text, name, notation, mode, places=document.blocks)
        out.locale, out.notes = scanner.locale, document.notes
        out.rows = scan_rows([scanner], scanner.locale)  # each number as its file writes it
        if keep:
            out.scanner = scanner
        if report:
            from .report import scanned_document

            out.document = scanned_document(scanner, name)
    except KhuyenCongError as e:
        out.error = str(e)
    except _TooSlow:
        out.error = f"{name}: " + _("took more than {seconds} s to scan; skipped").format(
            seconds=seconds
        )
    except RecursionError:
        out.error = f"{name}: " + _("is nested too deeply to read; skipped")
    finally:
        if timed:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
    return out


def _main_thread():
    import threading

    return threading.current_thread() is threading.main_thread()


def _scan_task(args):
    return scan_one(*args)


def default_jobs():
    """Return the CPUs this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def scan_many(
    files, notation=None, mode="any", jobs=1, seconds=FILE_SECONDS, progress=None, report=False
):
    """Return an Outcome per (name, path) in ``files``, in their order.

    ``jobs`` > 1 scans them in that many worker processes; ``progress`` is called once a
    file is done.
    """
    tasks = [(name, path, notation, mode, None, seconds, False, report) for name, path in files]
    if jobs <= 1 or len(tasks) <= 1:
        results = []
        for task in tasks:
            results.append(scan_one(*task))
            if progress:
                progress()
        return results
    from concurrent.futures import ProcessPoolExecutor

    results = []
    from ..core import i18n

    with ProcessPoolExecutor(
        max_workers=min(jobs, len(tasks)), initializer=i18n.use, initargs=(i18n.language(),)
    ) as pool:
        for outcome in pool.map(_scan_task, tasks, chunksize=max(1, len(tasks) // (jobs * 8))):
            results.append(outcome)
            if progress:
                progress()
    return results
