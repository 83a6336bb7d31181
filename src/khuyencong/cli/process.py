"""The process around a command: its entry point, its streams, its signals and its exit.

A command ends with the exit code its outcome gives (0, 1 inconsistent, 2 bad input);
an interrupt or a signal ends it with the code shells expect (130, 143, 129), having
cleaned up; a bug is one line and exit 3.
"""

import contextlib
import sys

import click

from ..core.i18n import _
from .commands import main
from .options import error_line


def run():
    """Entry point: run the CLI, ending quietly when the reader of a pipe goes away.

    A bug is one line too, with exit 3; KHUYENCONG_DEBUG=1 shows the traceback.
    """
    import gc
    import os

    # A command is a short batch whose data holds no reference cycles, so reference
    # counting frees all of it; the cyclic collector would only re-walk every live object of
    # a big dataset again and again (measured: 100 000 figures of YAML parse in 7.2 s with
    # it, 1.9 s without).
    gc.disable()
    if not _streams_ready():
        _leave(2)
    _on_signals()
    try:
        main(prog_name="khuyencong", standalone_mode=True)
    except SystemExit as e:
        code = e.code
    except BrokenPipeError:
        code = 1
    except KeyboardInterrupt:  # what shells expect of an interrupt: 128 + SIGINT
        code = 130
    except OSError as e:  # the user's disk or terminal, not a bug: a full disk, an I/O error
        _say(error_line(_("cannot write the output ({problem})").format(problem=e.strerror or e)))
        code = 2
    except Exception as e:
        if os.environ.get("KHUYENCONG_DEBUG"):
            raise
        click.echo(
            error_line(
                _(
                    "internal error ({problem}); please report it "
                    "(KHUYENCONG_DEBUG=1 shows the traceback)"
                ).format(problem=f"{type(e).__name__}: {e}")
            ),
            err=True,
        )
        code = 3
    else:
        code = 0
    _leave(code)


def _leave(code):
    """End the process with ``code`` once what was written is flushed.

    The command's data is left for the system to take back with the process: a national
    dataset is millions of objects, and freeing them one by one (what a normal exit does)
    took 0.05–0.15 s of a 1.4 s verify at 100 000 figures. Nothing else waits for exit
    here: files are written and closed by the commands, and no atexit handler is ours.
    """
    import os

    if code is None:
        code = 0
    elif not isinstance(code, int):  # sys.exit("message")
        print(code, file=sys.stderr)
        code = 1
    try:
        if sys.stdout is not None:
            sys.stdout.flush()
    except BrokenPipeError:  # the reader went away: end quietly, as `head` expects
        code = 1
    except OSError as e:  # "> /dev/full": the user's disk is full
        _say(error_line(_("cannot write the output ({problem})").format(problem=e.strerror or e)))
        code = 2
    with contextlib.suppress(OSError, ValueError, AttributeError):
        sys.stderr.flush()
    os._exit(code)


def _say(message):
    """Write one line to stderr if there is one to write to."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        print(message, file=sys.stderr, flush=True)


def _streams_ready():
    """Make the standard streams safe to use; return False if the command cannot run.

    A closed stderr goes to the null device (messages are lost, exit codes are not); a
    closed stdout is said and refused; an encoding that cannot show Vietnamese replaces what
    it cannot show, and says once how to get UTF-8.
    """
    import os

    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    if sys.stdout is None:
        _say(error_line(_("standard output is closed: nothing can be written")))
        return False
    odd = [
        s
        for s in (sys.stdout, sys.stderr)
        if "utf" not in (getattr(s, "encoding", "") or "utf-8").lower().replace("-", "")
    ]
    for stream in odd:
        with contextlib.suppress(AttributeError, ValueError):
            stream.reconfigure(errors="replace")  # type: ignore[union-attr]
    if odd:
        _say(
            f"khuyencong: the output's encoding is {odd[0].encoding}: letters it cannot show "
            "are replaced by '?'; set PYTHONIOENCODING=utf-8 (or a UTF-8 locale) to see them"
        )
    return True


def _on_signals():
    """Turn SIGINT (Ctrl-C), SIGTERM and SIGHUP into exits that clean up (a temp file of an
    export goes, worker processes stop) and end with the codes shells expect: 130, 143 and
    129 — never click's "Aborted!" and exit 1, the code of "inconsistent"."""
    import signal

    def leave(signum, _frame):
        raise SystemExit(128 + signum)

    for name in ("SIGINT", "SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            with contextlib.suppress(ValueError, OSError):
                signal.signal(getattr(signal, name), leave)
