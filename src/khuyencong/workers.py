"""Independent pieces of work, done at once in forked processes where the system allows.

``verify`` on a national dataset spends most of its time checking and writing rows, and its
claims and its sums are independent: on two cores they take about half the time side by
side. The rule that keeps this safe is simple: the result is always exactly what running
the tasks one after another here would give. A child only ever computes and hands back a
value (pickled, through a file in memory); it never prints, never writes a user's file, and leaves by ``os._exit``, so nothing
of this process (buffers, atexit handlers) runs twice. A task that fails in a child is run
again here, where its error surfaces as it would have without children.
"""

import os
import pickle
import signal
import sys

#: below this much work (claims and figures), a fork costs more than it saves
MIN_WORK = 20_000
_FAILED = 70  # a child's exit status when its task raised


def available():
    """Return how many processes may run at once: ``KHUYENCONG_WORKERS``, else the CPUs.

    ``KHUYENCONG_WORKERS=1`` turns the children off. Children are forked on Linux only:
    Windows has no fork, and on macOS a forked child of a process that loaded system
    frameworks may crash, so there it is always 1.
    """
    if not sys.platform.startswith("linux") or not hasattr(os, "fork"):
        return 1
    wanted = os.environ.get("KHUYENCONG_WORKERS", "").strip()
    if wanted.isdigit() and int(wanted) >= 1:
        return int(wanted)
    return len(os.sched_getaffinity(0))  # the CPUs this process may use


def worth_it(work):
    """Return whether work of this size (claims plus figures) is shared out to children."""
    return work >= MIN_WORK and available() >= 2


def run_all(tasks, work=MIN_WORK):
    """Return ``[task() for task in tasks]``, the tasks after the first run in children.

    ``work``: a measure of the job's size (claims plus figures); unless it is worth_it,
    everything runs here. Results must be picklable.
    """
    tasks = list(tasks)
    if len(tasks) < 2 or not worth_it(work):
        return [task() for task in tasks]
    sys.stdout.flush()
    sys.stderr.flush()
    children = []  # (pid, file the child writes its result to, task); pid None: no child
    try:
        for task in tasks[1:]:
            children.append(_start(task))
        results = [tasks[0]()]
        while children:
            results.append(_collect(*children.pop(0)))
        return results
    finally:
        for pid, out, _ in children:  # interrupted: stop and reap the children left
            if pid is not None:
                try:
                    os.kill(pid, signal.SIGKILL)
                    os.waitpid(pid, 0)
                except OSError:
                    pass
                out.close()


def _start(task):
    """Fork a child for ``task``; if the system refuses (no memory, no memfd), there is none."""
    try:
        out = os.fdopen(os.memfd_create("khuyencong-piece"), "w+b")  # a file in memory
    except OSError:
        return None, None, task
    try:
        pid = os.fork()
    except OSError:
        out.close()
        return None, None, task
    if pid == 0:  # pragma: no cover  (runs in the child, which never returns)
        _child(task, out)
    return pid, out, task


def _child(task, out):  # pragma: no cover  (runs in the child)
    status = _FAILED
    try:
        pickle.dump(task(), out, protocol=pickle.HIGHEST_PROTOCOL)
        out.flush()
        status = 0
    finally:
        os._exit(status)


def _collect(pid, out, task):
    """Return a child's result, or the task's result computed here if the child failed."""
    if pid is None:
        return task()
    _, status = os.waitpid(pid, 0)
    with out:
        if os.waitstatus_to_exitcode(status) == 0:
            out.seek(0)
            try:
                return pickle.load(out)
            except (EOFError, pickle.UnpicklingError):
                pass
    return task()
