"""Files → scan rows or checked tables, one file or a folder, on every core the process
may use.

One standard mechanism for parallel work: ``concurrent.futures``. Each file is read and
scanned (or its tables checked) in a worker; what comes back is plain data, in the order the
files were named, so the output is byte for byte that of one process. A file that is broken,
too large or too slow (a per-file time limit) is reported and skipped; the others go on.
"""

import contextlib
import os
import signal
import sys

from ..core.errors import KhuyenCongError
from ..core.i18n import _

#: seconds one file may take before it is reported and skipped
FILE_SECONDS = 120


class Outcome:
    """What scanning one file gave: its rows (notes in the text's own notation), the notes
    on how it was read, or the one line that says why it could not be. Checking a file's
    tables gives its ``tables`` instead of rows."""

    __slots__ = ("document", "error", "locale", "name", "notes", "rows", "scanner", "tables")

    def __init__(self, name):
        self.name, self.error, self.locale, self.notes = name, None, None, []
        self.rows, self.scanner, self.tables = [], None, []
        self.document = None  # the annotated report's view of the text, when asked for


class _TooSlow(BaseException):
    """The per-file time limit: a BaseException, so that no reader's own ``except
    Exception`` (trafilatura has several) swallows it and runs on past the limit."""


def _alarm(signum, frame):
    raise _TooSlow


def scan_one(
    name, path, notation=None, mode="any", data=None, seconds=FILE_SECONDS, keep=False, report=False
):
    """Return the Outcome of scanning one file (``data``: its bytes, for standard input).

    ``keep``: keep the Scanner (for a draft data file); ``report``: make the annotated
    report's view of the text (plain data, so a worker process can send it back).
    """
    out = Outcome(name)

    def work():
        from ..documents import read_document
        from ..text.scan import scan_text
        from .scan_rows import scan_rows

        document = read_document(path, data, name)
        scanner = scan_text(document.text, name, notation, mode, places=document.blocks)
        out.locale, out.notes = scanner.locale, document.notes
        out.rows = scan_rows([scanner], scanner.locale)  # each number as its file writes it
        if keep:
            out.scanner = scanner
        if report:
            from .report import scanned_document

            out.document = scanned_document(scanner, name)

    slow = _("took more than {seconds} s to scan; skipped")
    return _bounded(out, work, seconds, slow)


def table_one(name, path, mode="any", sheets=(), seconds=FILE_SECONDS, stored=False):
    """Return the Outcome of checking the tables of one file: ``tables`` holds its
    [(grid, SheetResult)], of the sheets named in ``sheets`` (all when empty); ``stored``:
    the numbers a workbook stores checked too."""
    out = Outcome(name)

    def work():
        from ..tables.checks import check_sheets
        from ..tables.readers import read_tables

        try:
            grids = read_tables(path, name=name)
        except (KhuyenCongError, _TooSlow, RecursionError, MemoryError):
            raise
        except Exception as e:  # a reader library's own error: the file is broken
            raise KhuyenCongError(
                _("could not be read ({problem})").format(problem=type(e).__name__), path=name
            ) from None
        if sheets:
            grids = [g for g in grids if g.sheet in sheets]
        out.tables = check_sheets(grids, mode, stored)

    slow = _("took more than {seconds} s to check; skipped")
    return _bounded(out, work, seconds, slow)


def _bounded(out, work, seconds, slow):
    """Run ``work`` for ``out``'s file under the per-file time limit; what stops it (a
    broken file, the limit, nesting too deep, memory) becomes ``out.error``, one line."""
    name = out.name
    timed = seconds and hasattr(signal, "setitimer") and _main_thread()
    if timed:
        previous = signal.signal(signal.SIGALRM, _alarm)
        hook = sys.unraisablehook
        sys.unraisablehook = _quiet(hook)
        # again and again after the limit: an alarm raised where Python ignores exceptions
        # (a __del__, a garbage-collector callback) is lost, and the next one is not
        signal.setitimer(signal.ITIMER_REAL, seconds, min(seconds, 1))
    try:
        try:
            work()
        finally:
            if timed:  # no alarm while the outcome is said
                signal.setitimer(signal.ITIMER_REAL, 0)
    except KhuyenCongError as e:
        out.error = str(e)
    except _TooSlow:
        out.error = f"{name}: " + slow.format(seconds=seconds)
    except RecursionError:
        out.error = f"{name}: " + _("is nested too deeply to read; skipped")
    except MemoryError:  # "ulimit -v": this file does not fit; the others may
        out.error = f"{name}: " + _("needs more memory than this process may use; skipped")
    finally:
        if timed:
            signal.signal(signal.SIGALRM, previous)
            sys.unraisablehook = hook
    return out


def _quiet(hook):
    """Return an unraisable-exception hook that says nothing of a time limit lost where
    Python ignores exceptions (the limit fires again), and passes on everything else: no
    "Exception ignored in …" traceback on stderr for it."""

    def quiet(unraisable):
        if not isinstance(unraisable.exc_value, _TooSlow):
            hook(unraisable)

    return quiet


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
    files,
    notation=None,
    mode="any",
    jobs=1,
    seconds=FILE_SECONDS,
    progress=None,
    report=False,
    task=None,
    notes=None,
):
    """Return an Outcome per (name, path) in ``files``, in their order, scanned in ``jobs``
    processes (run_many). ``task``: what a worker runs on each file's arguments (for
    tests)."""
    tasks = [(name, path, notation, mode, None, seconds, False, report) for name, path in files]
    return run_many(tasks, jobs, task or _scan_task, progress, notes)


def _table_task(args):
    return table_one(*args)


def table_many(
    files, mode="any", sheets=(), jobs=1, seconds=FILE_SECONDS, notes=None, stored=False
):
    """Return an Outcome per (name, path) in ``files``, its tables checked, in their order."""
    tasks = [(name, path, mode, tuple(sheets), seconds, stored) for name, path in files]
    return run_many(tasks, jobs, _table_task, None, notes)


def run_many(tasks, jobs, task, progress=None, notes=None):
    """Return ``task(t)`` for each tuple ``t`` of ``tasks`` (its first item the file's
    name), in their order.

    ``jobs`` > 1 runs them in that many worker processes; ``progress`` is called once a file
    is done. A worker that dies (killed, as the kernel's out-of-memory killer does) costs
    only its file: it is reported as failed and the rest go on in a fresh pool. A pool that
    cannot start (no processes, no shared memory, no file descriptors left) leaves the work
    to this process, and ``notes`` (a list) says so. An interrupt stops the workers at once.
    """
    if jobs <= 1 or len(tasks) <= 1:
        return _in_process(tasks, task, progress)
    results: dict[int, Outcome] = {}
    pending, width = list(range(len(tasks))), jobs
    while pending:
        try:
            done, lost = _pool_pass(tasks, pending, width, task, progress)
        except OSError as e:  # the pool could not start: work in this process instead
            if notes is not None:
                problem = e.strerror or type(e).__name__
                notes.append(
                    _(
                        "could not start worker processes ({problem}); going on in this process"
                    ).format(problem=problem)
                )
            rest = _in_process([tasks[i] for i in pending], task, progress)
            results.update(zip(pending, rest, strict=True))
            break
        results.update(done)
        if not lost:
            break
        if width == 1:  # one worker, files in order: the first not done is the one it died on
            results[lost[0]] = _died(tasks[lost[0]][0])
            if progress:
                progress()
            pending, width = lost[1:], jobs
        else:  # which of the files in flight was it? again, one at a time
            pending, width = lost, 1
    return [results[i] for i in range(len(tasks))]


def _in_process(tasks, task, progress):
    results = []
    for args in tasks:
        results.append(task(args))
        if progress:
            progress()
    return results


def _died(name):
    out = Outcome(name)
    out.error = f"{name}: " + _(
        "its worker process was killed (out of memory?) while reading it; skipped"
    )
    return out


def _pool_pass(tasks, indices, jobs, task, progress):
    """Run ``tasks[i]`` for ``i`` in ``indices`` in a pool; return ({i: Outcome}, [i lost to a
    worker that died]). The pool's processes are stopped whatever happens."""
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    from ..core import i18n

    done: dict[int, Outcome] = {}
    lost: list[int] = []
    pool = ProcessPoolExecutor(
        max_workers=min(jobs, len(indices)),
        initializer=_worker_start,
        initargs=(i18n.language(),),
    )
    try:
        futures = [(i, pool.submit(task, tasks[i])) for i in indices]
        for i, future in futures:
            try:
                done[i] = _result(pool, future)
            except BrokenProcessPool:
                lost.append(i)
                continue
            if progress:
                progress()
    finally:
        _stop(pool)
    return done, lost


#: how often, while waiting for a result, the workers are looked at
WATCH_SECONDS = 0.25


def _result(pool, future):
    """Return a future's result; raise BrokenProcessPool if a worker has died.

    The pool notices a worker that dies between tasks, but not one killed while it was
    sending a large result: its reader then waits for the rest of the message for ever.
    So the workers are looked at while waiting, and a dead one breaks the pool here."""
    from concurrent.futures import TimeoutError as Waited
    from concurrent.futures.process import BrokenProcessPool

    while True:
        try:
            return future.result(timeout=WATCH_SECONDS)
        except Waited:
            processes = (getattr(pool, "_processes", None) or {}).values()
            if any(p.exitcode is not None for p in list(processes)) and not future.done():
                raise BrokenProcessPool("a worker process died") from None


def _worker_start(language):
    """Set a worker up: the language in use, and the signals as the system has them: an
    interrupt is the parent's to handle (it stops the workers), and a worker told to end
    ends at once, whatever it is writing."""
    from ..core import i18n

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_DFL)
    i18n.use(language)


def _stop(pool):
    """Shut a pool down now: queued work cancelled, its processes ended, none left behind."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    queue = getattr(pool, "_result_queue", None)  # shutdown() lets go of these
    thread = getattr(pool, "_executor_manager_thread", None)
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        with contextlib.suppress(Exception):
            process.terminate()
    for process in processes:
        with contextlib.suppress(Exception):
            process.join(2)
            if process.is_alive():
                process.kill()
                process.join(2)
    # a worker killed while sending a result leaves the pool's reader waiting for the rest
    # of it; with every worker gone, closing this end of the pipe lets it see the end, and
    # the pool's thread end (else the interpreter would wait for it at exit, for ever)
    with contextlib.suppress(Exception):
        queue._writer.close()  # type: ignore[union-attr]
    with contextlib.suppress(Exception):
        thread.join(5)  # type: ignore[union-attr]
