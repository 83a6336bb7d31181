"""Work done in forked children gives exactly what doing it here in order gives."""

import os
import sys
from functools import partial

import pytest

from khuyencong import workers
from khuyencong.errors import KhuyenCongError

from .conftest import DATA, ROOT

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="children on Linux only")


@pytest.fixture
def two_workers(monkeypatch):
    """Children for any size of work, on any machine."""
    monkeypatch.setenv("KHUYENCONG_WORKERS", "2")
    monkeypatch.setattr(workers, "MIN_WORK", 0)


def _where(tag):
    return tag, os.getpid()


def test_tasks_after_the_first_run_in_children_and_results_keep_their_order(two_workers):
    results = workers.run_all([partial(_where, t) for t in "abc"])
    assert [tag for tag, _ in results] == ["a", "b", "c"]
    pids = [pid for _, pid in results]
    assert pids[0] == os.getpid() and os.getpid() not in pids[1:] and len(set(pids)) == 3


def test_small_work_or_one_worker_stays_here(two_workers, monkeypatch):
    monkeypatch.setattr(workers, "MIN_WORK", 100)
    assert {pid for _, pid in workers.run_all([partial(_where, 1)] * 2, work=99)} == {os.getpid()}
    monkeypatch.setenv("KHUYENCONG_WORKERS", "1")
    assert {pid for _, pid in workers.run_all([partial(_where, 1)] * 2)} == {os.getpid()}


def _fail_in_a_child(parent):
    if os.getpid() != parent:
        raise RuntimeError("only in the child")
    return "done here"


def _always_fail():
    raise KhuyenCongError("bad data", path="x.yaml", line=3)


def test_a_task_that_fails_in_a_child_runs_again_here(two_workers):
    here = os.getpid()
    assert workers.run_all([partial(_where, 0), partial(_fail_in_a_child, here)])[1] == "done here"
    with pytest.raises(KhuyenCongError, match="bad data"):  # the error a user would have seen
        workers.run_all([partial(_where, 0), _always_fail])


def test_no_child_is_left_behind(two_workers):
    workers.run_all([partial(_where, t) for t in range(4)])
    with pytest.raises(ChildProcessError):
        os.waitpid(-1, os.WNOHANG)


@pytest.mark.parametrize("fmt", ["json", "csv", "markdown"])
@pytest.mark.parametrize("locale", ["en", "vi"])
def test_verify_written_in_pieces_is_the_same_bytes(run, two_workers, monkeypatch, tmp_path,
                                                    fmt, locale):
    import importlib.util

    spec = importlib.util.spec_from_file_location("generate", ROOT / "bench" / "generate.py")
    generate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generate)
    (_, big), _, _ = generate.write(600, 5, str(tmp_path))
    for data in (str(DATA), big):
        args = ("verify", "--format", fmt, "--locale", locale, "--data", data)
        parallel = run(*args)
        monkeypatch.setenv("KHUYENCONG_WORKERS", "1")
        alone = run(*args)
        monkeypatch.setenv("KHUYENCONG_WORKERS", "2")
        assert parallel.exit_code == alone.exit_code == 1
        assert parallel.stdout == alone.stdout == _in_one_go(data, fmt, locale)
        assert parallel.stderr == alone.stderr


def _in_one_go(data, fmt, locale):
    """verify's document written from all its rows at once, not in pieces."""
    from khuyencong.cli import _render
    from khuyencong.compute import open_dataset
    from khuyencong.rows import VERIFY_COLUMNS, VERIFY_MARKDOWN_COLUMNS, verify_rows

    dataset = open_dataset(data)
    text = _render(fmt, VERIFY_COLUMNS, verify_rows(dataset, "any", locale), dataset, locale,
                   VERIFY_MARKDOWN_COLUMNS)
    return text.replace("\r\n", "\n")  # as click's Result.stdout shows CSV's line ends


@pytest.fixture(scope="module")
def big_json(tmp_path_factory):
    """A generated dataset big enough for verify to share its work out (20 000 and more)."""
    from khuyencong.dump import json_text

    generate = _generator()
    path = tmp_path_factory.mktemp("big") / "figures.json"
    doc = generate.build(18_000, 7)
    path.write_text(json_text(doc) + "\n", encoding="utf-8")
    return path


def _generator():
    import importlib.util

    spec = importlib.util.spec_from_file_location("generate", ROOT / "bench" / "generate.py")
    generate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generate)
    return generate


def _khuyencong(*args, workers="2", **kw):
    import subprocess

    env = dict(os.environ, KHUYENCONG_WORKERS=workers)
    return subprocess.run([sys.executable, "-m", "khuyencong", *args], env=env,
                          capture_output=True, timeout=120, **kw)


def test_a_whole_process_with_children_writes_everything_before_it_leaves(big_json):
    # the process ends with os._exit: nothing may be left in a buffer, in one process or two
    two = _khuyencong("verify", "--format", "csv", "--data", str(big_json))
    one = _khuyencong("verify", "--format", "csv", "--data", str(big_json), workers="1")
    assert two.returncode == one.returncode == 1
    assert two.stdout == one.stdout and two.stderr == one.stderr
    assert two.stdout.count(b"\r\n") == 10_410  # 1.4 MB: far more than a pipe holds
    assert two.stderr.decode().startswith("3984 claims, 5140 sums checked: ")


def test_a_reader_that_goes_away_ends_it_quietly(big_json):
    import subprocess

    proc = subprocess.Popen([sys.executable, "-m", "khuyencong", "verify", "--format", "json",
                             "--data", str(big_json)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    proc.stdout.readline()
    proc.stdout.close()  # like `| head -1`
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 1
    assert b"Traceback" not in err and b"Exception ignored" not in err


def test_when_the_system_refuses_a_child_the_work_is_done_here(two_workers, monkeypatch):
    def no_fork():
        raise OSError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(os, "fork", no_fork)
    results = workers.run_all([partial(_where, t) for t in "ab"])
    assert results == [("a", os.getpid()), ("b", os.getpid())]
