"""Hostile files, terminals and environments: nothing breaks, nothing leaks, nothing is lost.

Each test is one finding of the probe that filed issue 15; each failed before its fix.
"""

import os
import signal
import stat
import subprocess
import sys
import time

import pytest

from .conftest import DATA, MINIMAL

EXE = [sys.executable, "-m", "khuyencong"]


def proc(*args, shell_tail="", env=None, timeout=60):
    """Run the command as a whole process (through sh when redirections are needed)."""
    if shell_tail:
        cmd = " ".join(f"'{a}'" for a in (*EXE, *args)) + " " + shell_tail
        return subprocess.run(
            ["sh", "-c", cmd], capture_output=True, text=True, env=env, timeout=timeout
        )
    return subprocess.run([*EXE, *args], capture_output=True, text=True, env=env, timeout=timeout)


# --- data loss and security -------------------------------------------------------------


@pytest.mark.parametrize("target", ["/dev/null", "fifo", "link"])
def test_force_never_replaces_what_is_not_a_regular_file(run, tmp_path, target):
    if target == "fifo":
        target = str(tmp_path / "fifo")
        os.mkfifo(target)
    elif target == "link":
        target = str(tmp_path / "link")
        os.symlink("/proc/self/fd/1", target)
    result = run("export", "--force", "-o", target)
    assert result.exit_code == 2
    assert "never replaced, even with --force" in result.stderr
    assert os.path.exists("/dev/null") and stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_force_keeps_the_mode_of_the_file_it_replaces(run, tmp_path):
    out = tmp_path / "out.csv"
    out.write_text("old", encoding="utf-8")
    out.chmod(0o600)
    assert run("export", "--force", "-o", str(out)).exit_code == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert out.read_text(encoding="utf-8").startswith("series,")


def test_a_very_long_output_name_is_written(run, tmp_path):
    out = tmp_path / ("x" * 245 + ".csv")
    assert run("export", "-o", str(out)).exit_code == 0
    assert out.exists() and [p.name for p in tmp_path.iterdir()] == [out.name]


def test_escape_sequences_are_shown_not_obeyed(run, write_data, tmp_path):
    path = write_data(
        'unit: t\nseries:\n  a: {label: "A \\e[2J\\e]0;pwned\\a \\u202eB", values: {2011: 1.5}}\n'
    )
    table = run("summary", "--data", path).stdout
    assert "\x1b" not in table and "\u202e" not in table
    assert "\\x1b[2J" in table and "\\u202e" in table
    data = run("summary", "--data", path, "--format", "csv").stdout_bytes
    assert b"\x1b[2J" in data  # data formats keep the text as it is
    out = tmp_path / "e.csv"
    run("export", "--data", path, "-o", str(out))
    assert out.read_bytes() == data  # the same bytes on a pipe and in a file
    named = tmp_path / "r\x1b[31m.txt"
    named.write_text("Thu 5 tỷ đồng.", encoding="utf-8")
    err = run("verify", "--data", str(named)).stderr
    assert "\x1b" not in err and "\\x1b[31m" in err


def test_years_that_differ_by_spaces_are_one_year_given_twice(run, write_data):
    result = run(
        "summary",
        "--data",
        write_data('unit: t\nseries:\n  a: {label: A, values: {2011: 1.5, " 2011": 2.5}}\n'),
    )
    assert result.exit_code == 2
    assert "year 2011 is given twice, as '2011' (line 3) and ' 2011'" in result.stderr


@pytest.mark.parametrize(
    "text",
    [
        '{"unit": "t", "series": {"a": {"label": "A", "values": {"2011": 1e999999999}}}}',
        '{"unit": "t", "series": {"a": {"label": "A", "values": {"2011": 1, "2012": 2}}}, '
        '"claims": [{"growth": "a", "from": 2011, "to": 2012, "reported": 1e-999999999}]}',
    ],
)
def test_exponents_in_json_are_refused_before_any_arithmetic(run, write_data, text):
    result = run("verify", "--data", write_data(text, "d.json"))
    assert result.exit_code == 2
    assert "has an exponent" in result.stderr and len(result.stderr) < 200


def test_a_huge_json_number_is_quoted_short(run, write_data):
    text = '{"unit": "t", "series": {"a": {"label": "A", "values": {"2011": %s}}}}' % ("9" * 5000)
    result = run("verify", "--data", write_data(text, "d.json"))
    assert result.exit_code == 2 and "more than 30 digits" in result.stderr
    assert len(result.stderr) < 200


@pytest.mark.parametrize(
    "args",
    [
        ["check", "growth", "١٠٨.٩٨٩", "८५.१७०", "27.97"],
        ["check", "growth", "108.989", "৪5.170", "27.97"],
        ["check", "growth", "--", "-0", "100", "-100"],
        ["check", "growth", "2", "1", "9" * 4400],
    ],
)
def test_only_ascii_digits_and_sane_amounts_are_numbers(run, args):
    result = run(*args)
    assert result.exit_code == 2
    assert len(result.stderr.splitlines()) == 1 and len(result.stderr) < 220


# --- resources ---------------------------------------------------------------------------


def test_a_fifo_as_data_is_refused_at_once(tmp_path):
    fifo = tmp_path / "data.yaml"
    os.mkfifo(fifo)
    result = proc("verify", "--data", str(fifo), timeout=20)
    assert result.returncode == 2 and "not a regular file" in result.stderr


def test_a_fifo_in_a_folder_is_skipped_and_said(run, tmp_path):
    os.mkfifo(tmp_path / "x.txt")
    (tmp_path / "a.txt").write_text(
        "Chi là 80 tỷ đồng, giảm 20% so với năm 2012 (100 tỷ đồng).", encoding="utf-8"
    )
    result = run("scan", str(tmp_path), "--format", "csv", "--jobs", "1")
    assert result.exit_code == 2
    assert "x.txt: is not a regular file" in result.stderr and "consistent" in result.stdout


def test_a_chart_draws_labels_short_and_dollars_as_text(tmp_path):
    pytest.importorskip("matplotlib")
    from khuyencong.present.chart import render_chart

    rows = [
        {
            "series": "a",
            "label": "Vốn $5 và $6 triệu " + "x" * 100_000,
            "value_2011": 1,
            "value_2012": 2,
        }
    ]
    svg = render_chart(rows, [2011, 2012], [], "Tiêu đề $x$", "Nguồn", "tỷ đồng", fmt="svg")
    assert b"$5 v\xc3\xa0 $6" in svg and len(svg) < 200_000


def test_a_chart_of_too_many_series_is_refused():
    pytest.importorskip("matplotlib")
    from khuyencong.core.errors import KhuyenCongError
    from khuyencong.present.chart import render_chart

    rows = [{"series": f"s{i}", "label": f"s{i}", "value_2011": 1} for i in range(61)]
    with pytest.raises(KhuyenCongError, match="61 series cannot be read"):
        render_chart(rows, [2011], [], "t", "c", "u")


# --- the user's environment is never a bug (exit 3) ----------------------------------------


def test_a_closed_stdout_is_said_with_exit_2():
    for args in (["summary"], ["--help"]):
        result = proc(*args, shell_tail=">&-")
        assert result.returncode == 2, result.stderr
        assert result.stderr == "Error: standard output is closed: nothing can be written\n"


def test_a_closed_stderr_does_not_fail_a_good_command():
    result = proc("summary", "--format", "csv", shell_tail="2>&-")
    assert result.returncode == 0 and result.stdout.startswith("series,")


def test_a_full_disk_is_the_users_not_a_bug():
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full here")
    result = proc("summary", shell_tail="> /dev/full")
    assert result.returncode == 2
    assert "No space left on device" in result.stderr and "internal error" not in result.stderr


@pytest.mark.parametrize("encoding", ["ascii", "latin-1"])
def test_an_output_that_cannot_show_vietnamese_still_works(encoding):
    env = dict(os.environ, PYTHONIOENCODING=encoding)
    result = subprocess.run([*EXE, "summary"], capture_output=True, env=env, timeout=60)
    assert result.returncode == 0
    assert b"set PYTHONIOENCODING=utf-8" in result.stderr
    assert b"108.989" in result.stdout


def test_scanning_a_closed_stdin_is_said():
    result = proc("scan", "-", shell_tail="<&-")
    assert result.returncode == 2 and "standard input is closed" in result.stderr


def test_sigterm_ends_with_143_and_leaves_no_temp_file(tmp_path):
    big = tmp_path / "big.json"
    subprocess.run(
        [
            sys.executable,
            "bench/generate.py",
            "--figures",
            "60000",
            "--seed",
            "1",
            "--out",
            str(tmp_path),
        ],
        check=True,
        capture_output=True,
        cwd=os.path.dirname(os.path.dirname(__file__)),
    )
    big = tmp_path / "figures-60000.json"
    out = tmp_path / "out"
    out.mkdir()
    child = subprocess.Popen(
        [*EXE, "verify", "--data", str(big), "--format", "json"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        cwd=out,
    )
    time.sleep(0.4)
    child.send_signal(signal.SIGTERM)
    assert child.wait(timeout=60) == 143
    assert list(out.iterdir()) == []


def test_an_interrupted_write_leaves_no_temp_file(tmp_path, monkeypatch):
    from khuyencong.datafile import output

    def stop(_fd):
        raise SystemExit(143)

    monkeypatch.setattr(output.os, "fsync", stop)
    with pytest.raises(SystemExit):
        output.write_atomic(tmp_path / "x.csv", b"data")
    assert list(tmp_path.iterdir()) == []


# --- smaller -------------------------------------------------------------------------------


def test_data_formats_neutralise_formulas_and_nul(run, write_data):
    path = write_data(
        'unit: t\nseries:\n  a: {label: " =1+1", values: {2011: 1.5}}\n'
        '  b: {label: "＝HYPERLINK()", values: {2011: 1.5}}\n'
        '  c: {label: "\\u200b@SUM(A1)", values: {2011: 1.5}}\n'
    )
    csv_text = run("summary", "--data", path, "--format", "csv").stdout
    assert "' =1+1" in csv_text and "'＝HYPERLINK()" in csv_text and "'\u200b@SUM" in csv_text
    json_path = write_data(
        '{"unit": "t", "series": {"a": {"label": "A\\u0000B", "values": {"2011": 1.5}}}}', "n.json"
    )
    assert "\x00" not in run("summary", "--data", json_path, "--format", "csv").stdout


def test_markdown_cells_escape_html_and_carriage_returns(run, write_data):
    path = write_data(
        'unit: t\nseries:\n  a: {label: "A\\r<script>alert(1)</script>", values: {2011: 1.5}}\n'
    )
    md = run("summary", "--data", path, "--format", "markdown").stdout
    assert "<script>" not in md and "&lt;script&gt;" in md and "\r" not in md


def test_a_huge_yaml_key_and_a_cyrillic_key_say_what_is_wrong(run, write_data):
    big = write_data("unit: t\nseries:\n  " + "a" * 20_000 + ": {label: A}\n", "big.yaml")
    assert "longer than the 1024 characters" in run("summary", "--data", big).stderr
    cyr = write_data("unit: t\nseries:\n  тотал: {label: A, values: {2011: 1.5}}\n", "c.yaml")
    assert "ASCII letters" in run("summary", "--data", cyr).stderr


def test_minimal_and_bundled_data_still_load(run, write_data):
    assert run("summary", "--data", write_data(MINIMAL)).exit_code == 0
    assert run("verify", "--data", str(DATA)).exit_code == 1


def test_a_bad_file_in_a_folder_does_not_leave_the_cursor_hidden(tmp_path):
    import shutil

    if shutil.which("script") is None:
        pytest.skip("util-linux's script is not here to give the command a terminal")
    (tmp_path / "a.txt").write_text(
        "Chi là 80 tỷ đồng, giảm 20% so với năm 2012 (100 tỷ đồng).", encoding="utf-8"
    )
    (tmp_path / "b.pdf").write_bytes(b"%PDF-1.4 broken")
    (tmp_path / "c.txt").write_text("Thu 5 tỷ đồng.", encoding="utf-8")
    log = tmp_path / "typescript"
    command = " ".join([*EXE, "scan", str(tmp_path), "--format", "csv", "--jobs", "1"])
    subprocess.run(
        ["script", "-qc", f"{command} > /dev/null", str(log)], capture_output=True, timeout=60
    )
    seen = log.read_bytes()
    if b"\x1b[?25l" in seen:  # the bar hid the cursor: it must show it again
        assert seen.rindex(b"\x1b[?25h") > seen.rindex(b"\x1b[?25l")
