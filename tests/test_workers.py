"""Worker processes (scan --jobs): a worker that dies costs only its file; a pool that
cannot start leaves the scan to this process; an interrupt stops everything at once."""

import os
import signal
import subprocess
import sys
import time

import pytest

from khuyencong.results import scanning

from .conftest import SOURCE


def killing_task(args):
    """What a worker runs, except that a file named kill-… kills its worker outright, as
    the kernel's out-of-memory killer does."""
    if args[0].startswith("kill"):
        os.kill(os.getpid(), signal.SIGKILL)
    return scanning.scan_one(*args)


def dying_mid_result(args):
    """What a worker runs, except that for a file named half-… it sends half its result and
    is killed, as the out-of-memory killer may kill a worker in the middle of a write."""
    if args[0].startswith("half"):
        import multiprocessing.connection
        import struct

        def send_bytes(self, buf, offset=0, size=None):
            data = bytes(buf)
            self._send(struct.pack("!i", len(data)) + data[: len(data) // 2])
            os.kill(os.getpid(), signal.SIGKILL)

        multiprocessing.connection.Connection.send_bytes = send_bytes
    return scanning.scan_one(*args)


def test_a_worker_killed_while_sending_its_result_costs_only_its_file():
    names = [f"half-{i}" if i == 2 else f"f{i}" for i in range(6)]
    start = time.monotonic()
    out = scanning.scan_many([(n, str(SOURCE)) for n in names], jobs=2, task=dying_mid_result)
    assert time.monotonic() - start < 30  # it used to wait for the rest of the message
    assert [o.name for o in out if o.error] == ["half-2"]
    assert all(len(o.rows) == 7 for o in out if not o.error)
    import threading
    from concurrent.futures.process import _ExecutorManagerThread

    # no pool's thread is left waiting, which would hold the interpreter at exit
    assert [t for t in threading.enumerate() if isinstance(t, _ExecutorManagerThread)] == []


def test_a_killed_worker_costs_only_its_file():
    names = [f"kill-{i}" if i in (3, 8) else f"f{i}" for i in range(12)]
    out = scanning.scan_many([(n, str(SOURCE)) for n in names], jobs=2, task=killing_task)
    assert [o.name for o in out] == names
    assert [o.name for o in out if o.error] == ["kill-3", "kill-8"]
    assert "worker process was killed" in out[3].error
    assert all(len(o.rows) == 7 for o in out if not o.error)


def test_a_pool_that_cannot_start_leaves_the_work_to_this_process(monkeypatch):
    import concurrent.futures

    def refuse(*args, **kwargs):
        raise OSError(24, "Too many open files")

    monkeypatch.setattr(concurrent.futures.ProcessPoolExecutor, "__init__", refuse)
    notes: list = []
    out = scanning.scan_many([(f"f{i}", str(SOURCE)) for i in range(3)], jobs=2, notes=notes)
    assert [len(o.rows) for o in out] == [7, 7, 7]
    assert notes == [
        "could not start worker processes (Too many open files); going on in this process"
    ]


def test_jobs_beyond_the_cpus_are_capped_and_said(run, tmp_path):
    for i in range(2):
        (tmp_path / f"r{i}.txt").write_text(SOURCE.read_text(encoding="utf-8"), "utf-8")
    result = run("scan", str(tmp_path), "--jobs", "10000", "--format", "csv")
    assert result.exit_code == 1  # the seed's 40,08%
    cpus = scanning.default_jobs()
    assert f"--jobs 10000 is more than the {cpus} CPUs this process may use" in result.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize("sig, code", [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_an_interrupt_ends_at_once_with_the_shells_code(tmp_path, sig, code):
    text = SOURCE.read_text(encoding="utf-8") * 200
    for i in range(40):
        (tmp_path / f"r{i}.txt").write_text(text, "utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "khuyencong", "scan", str(tmp_path), "--jobs", "2", "-q"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    time.sleep(1.5)
    os.killpg(process.pid, sig)  # as a terminal does: the whole group
    start = time.monotonic()
    _out, err = process.communicate(timeout=30)
    assert process.returncode == code, err
    assert time.monotonic() - start < 5
    assert b"Aborted" not in err and b"Traceback" not in err
    left = subprocess.run(["pgrep", "-g", str(process.pid)], capture_output=True, text=True)
    assert left.stdout.strip() == ""  # no worker left behind


def test_a_folder_says_what_it_did_not_read(run, tmp_path):
    outside = tmp_path / "secret.txt"
    outside.write_text("root:x:0:0:root:/root:/bin/bash\n", "utf-8")
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "seed.txt").write_text(SOURCE.read_text(encoding="utf-8"), "utf-8")
    (folder / "notes.txt").symlink_to(outside)  # a link out of the folder: not followed
    first = run("scan", str(folder), "--html", str(folder / "r1.html"), "-q")
    assert first.exit_code == 1
    again = run("scan", str(folder), "--html", str(folder / "r2.html"), "--format", "csv")
    assert again.exit_code == 1
    assert "root:x" not in again.stdout and "root:x" not in (folder / "r2.html").read_text("utf-8")
    assert f"khuyencong: {folder / 'notes.txt'}: a link out of the folder, not followed" in (
        again.stderr
    )
    assert f"khuyencong: {folder / 'r1.html'}: a page khuyencong wrote, not read" in again.stderr
    assert len(again.stdout.splitlines()) == 1 + 7  # the seed's seven, no phantom findings
    named = run("scan", str(folder / "notes.txt"), "--format", "csv")  # named: read as asked
    assert named.exit_code == 0


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every folder")
def test_an_unreadable_subfolder_is_said_and_the_rest_scanned(run, tmp_path):
    (tmp_path / "seed.txt").write_text(SOURCE.read_text(encoding="utf-8"), "utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "x.txt").write_text("Thu 5 tỷ đồng.", "utf-8")
    locked.chmod(0)
    try:
        result = run("scan", str(tmp_path), "--format", "csv")
    finally:
        locked.chmod(0o755)
    assert result.exit_code == 2
    assert "locked: cannot be read" in result.stderr
    assert len(result.stdout.splitlines()) == 1 + 7


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX resource limits")
@pytest.mark.parametrize("fmt", ["csv", "json", "markdown", "table"])
def test_output_cut_short_is_exit_2_not_success(tmp_path, fmt):
    import resource

    text = tmp_path / "big.txt"
    text.write_text(SOURCE.read_text(encoding="utf-8") * 100, "utf-8")

    def small_files():
        resource.setrlimit(resource.RLIMIT_FSIZE, (40_000, 40_000))

    with open(tmp_path / "out", "wb") as out:
        result = subprocess.run(
            [sys.executable, "-m", "khuyencong", "scan", str(text), "--format", fmt, "-q"],
            stdout=out,
            stderr=subprocess.PIPE,
            preexec_fn=small_files,
            timeout=120,
        )
    assert result.returncode == 2, result.stderr
    assert b"cannot write the output (File too large)" in result.stderr


def test_names_are_written_out_not_obeyed(run, tmp_path):
    name = tmp_path / "r\x1b[2J\u202e\nx.txt"
    name.write_text(SOURCE.read_text(encoding="utf-8"), "utf-8")
    page = tmp_path / "out\x1b]0;title\x07.html"
    result = run("scan", str(name), "--html", str(page), "-q", "--format", "csv")
    assert "\x1b" not in result.stderr and "\u202e" not in result.stderr
    assert "out\\x1b]0;title\\x07.html" in result.stderr
    missing = run("scan", str(tmp_path / "no\x1b[2J\nsuch.txt"))
    assert missing.exit_code == 2
    assert missing.stderr.count("\n") == 1 and "no\\x1b[2J\\x0asuch.txt" in missing.stderr


def test_the_time_limit_holds_inside_a_reader_that_catches_everything(monkeypatch):
    # a reader that swallows every Exception (as trafilatura's do) and would run on
    import khuyencong.documents as documents

    def stubborn(path, data=None, name=None):
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                time.sleep(0.01)
            except Exception:  # a reader that swallows errors: the point of the test
                continue
        raise AssertionError("the limit did not hold")

    monkeypatch.setattr(documents, "read_document", stubborn)
    start = time.monotonic()
    out = scanning.scan_one("slow.html", str(SOURCE), seconds=1)
    assert time.monotonic() - start < 5
    assert out.error == "slow.html: took more than 1 s to scan; skipped"


def test_table_jobs_give_the_output_of_one_process(run, tmp_path):
    from .test_table import _sheet, _xlsx

    for i in range(4):
        rows = _sheet()
        rows[6][2] += i  # 0 … 3 more than the parts: three inconsistent files
        _xlsx(tmp_path / f"m{i}.xlsx", rows)
    (tmp_path / "broken.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    one = run("table", str(tmp_path), "--jobs", "1", "--format", "csv")
    many = run("table", str(tmp_path), "--jobs", "2", "--format", "csv")
    assert one.exit_code == many.exit_code == 2  # the broken file; the others are checked
    assert one.stdout == many.stdout
    assert many.stderr.count("broken.xls") == 1
    assert [f"m{i}.xlsx" in one.stdout for i in range(4)] == [True] * 4


def test_a_table_file_too_slow_to_check_is_reported_and_skipped(tmp_path):
    path = tmp_path / "big.csv"
    lines = ["STT;Chỉ tiêu;Dự toán", "A;Tổng số;" + str(3 * 20_000)]
    lines += [f"{i};Dòng {i};3" for i in range(1, 20_001)]
    path.write_text("\n".join(lines), encoding="utf-8")
    whole = scanning.table_one("big.csv", str(path))
    assert whole.error is None and whole.tables
    out = scanning.table_one("big.csv", str(path), seconds=0.01)
    assert out.error == "big.csv: took more than 0.01 s to check; skipped"
    assert out.tables == []


def test_the_time_limit_holds_when_an_alarm_is_lost(monkeypatch):
    """An alarm that fires inside a __del__ is ignored by Python ("Exception ignored in"):
    the limit must fire again until it stops the work, and no note of the lost one reaches
    the unraisable-exception hook (which prints a traceback on stderr)."""
    seen = []
    monkeypatch.setattr(sys, "unraisablehook", seen.append)

    def busy(seconds):
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            pass

    class Slow:
        def __del__(self):
            busy(0.002)

    def work():
        end = time.monotonic() + 5
        while time.monotonic() < end:
            Slow()  # half the time in its __del__, where an alarm is lost
            busy(0.002)

    start = time.monotonic()
    out = scanning._bounded(scanning.Outcome("x"), work, 0.05, "took more than {seconds} s")
    assert out.error == "x: took more than 0.05 s"
    assert time.monotonic() - start < 4
    assert sys.unraisablehook == seen.append  # given back
    assert [u for u in seen if isinstance(u.exc_value, scanning._TooSlow)] == []


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX resource limits")
def test_a_file_that_does_not_fit_in_memory_is_skipped_and_the_rest_scanned(tmp_path):
    """Under "ulimit -v", a document that needs more memory than the process may have is
    reported in one line and skipped; the others are scanned; exit 2."""
    import resource

    (tmp_path / "seed.txt").write_text(SOURCE.read_text(encoding="utf-8"), "utf-8")
    page = "<html><body>" + "<p>Dòng.</p>" * 200_000 + "</body></html>"
    (tmp_path / "huge.html").write_text(page, "utf-8")  # 2.6 MB that reads into ~500 MB

    def little_memory():
        resource.setrlimit(resource.RLIMIT_AS, (300 << 20, 300 << 20))

    result = subprocess.run(
        [sys.executable, "-m", "khuyencong", "scan", str(tmp_path), "--jobs", "1"],
        capture_output=True,
        text=True,
        preexec_fn=little_memory,
        timeout=120,
        env=dict(os.environ, COLUMNS="200"),
    )
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.count("huge.html") == 1
    assert "40,08%" in result.stdout  # the seed's error, from the file that fits
