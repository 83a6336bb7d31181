"""Export and every --format: read back with csv and json, safe for Excel, never clobbering."""

import csv
import io
import json
import os
from decimal import Decimal

import pytest

from khuyencong.cli.options import TABLE_FORMATS
from khuyencong.core.errors import KhuyenCongError
from khuyencong.datafile.output import write_atomic

HOSTILE = """\
unit: tỷ đồng
series:
  total:
    label: "=HYPERLINK(\\"http://x\\",\\"click\\")"
    values: {2011: 10.0, 2012: 5.0}
    parts: [a, b]
  a: {label: "+cmd|' /C calc'!A0", values: {2011: 4.0, 2012: 2.0}}
  b: {label: "@SUM(1+1)", values: {2011: 6.0, 2012: 3.0}}
"""


def test_csv_reads_back_with_written_digits(run):
    out = run("export", "--format", "csv").stdout
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["series"] for r in rows] == ["total", "national", "local"]
    assert rows[0]["value_2011"] == "85.170"
    assert rows[2]["value_2011"] == "52.224" and rows[2]["derived"] == "2011 = total − national"
    assert rows[1]["share_pct"] == "40.82"
    assert list(rows[0]) == [
        "series",
        "label",
        "value_2011",
        "value_2012",
        "change",
        "growth_pct",
        "share_pct",
        "derived",
    ]


def test_json_numbers_keep_their_digits(run):
    out = run("export", "--format", "json", "-o", "-").stdout
    doc = json.loads(out, parse_float=Decimal)
    assert doc["unit"] == "tỷ đồng"
    assert doc["source"]["published"] == "2012-11-17"
    assert str(doc["rows"][0]["value_2011"]) == "85.170"
    assert '"value_2011": 85.170' in out


def test_markdown_is_a_table(run):
    out = run("export", "--format", "markdown", "-o", "-").stdout
    lines = out.splitlines()
    assert lines[2] == "| Series | Label | 2011 | 2012 | Change | Growth % | Share % |"
    assert lines[3] == "|---|---|---:|---:|---:|---:|---:|"
    assert (
        "| local | Kinh phí khuyến công địa phương | 52.224* | 64.504 | 12.280 | 23.51 | 59.18 |"
        in lines
    )


@pytest.mark.parametrize("command", [["summary"], ["verify"], ["export"]])
@pytest.mark.parametrize("fmt", TABLE_FORMATS)
def test_every_format_of_every_command(run, command, fmt):
    if command == ["export"] and fmt == "table":
        result = run(*command, "--format", fmt)
        assert result.exit_code == 2  # export writes data formats only
        return
    result = run(*command, "--format", fmt)
    assert result.exit_code in (0, 1)
    out = result.stdout
    assert "40.82" in out
    readers = {
        "csv": lambda: len(list(csv.reader(io.StringIO(out)))) >= 4,
        "json": lambda: bool(json.loads(out)["rows"]),
        "markdown": lambda: out.count("\n|") >= 4,
        "table": lambda: "Hội nghị" in out,
    }
    assert readers[fmt]()  # a KeyError here: a new format needs a reader in this test


def test_summary_format_and_export_print_the_same_bytes(run):
    for fmt in ("csv", "json", "markdown"):
        assert run("summary", "--format", fmt).stdout == run("export", "--format", fmt).stdout


def test_verify_csv_rows(run):
    rows = list(csv.DictReader(io.StringIO(run("verify", "--format", "csv").stdout)))
    bad = next(r for r in rows if r["verdict"] == "inconsistent")
    assert (bad["reported"], bad["recomputed"], bad["low"], bad["high"]) == (
        "40.08",
        "40.82",
        "40.81539",
        "40.81670",
    )


@pytest.mark.parametrize(
    "locale, delimiter, figure", [("en", ",", "108.989"), ("vi", ";", "108,989")]
)
def test_excel_has_a_bom_and_the_locale_delimiter(run, tmp_path, locale, delimiter, figure):
    path = tmp_path / "x.csv"
    result = run("export", "--excel", "--locale", locale, "-o", str(path))
    assert result.exit_code == 0
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    assert rows[0][0] == "series" and figure in rows[1]
    assert oct(path.stat().st_mode & 0o777) == oct(0o666 & ~_umask())


def _umask():
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_excel_on_stdout_has_no_bom(run):
    out = run("export", "--excel").stdout
    assert not out.startswith("\ufeff")


def test_injected_labels_are_neutralised_and_negative_numbers_stay_numbers(run, write_data):
    path = write_data(HOSTILE)
    rows = list(csv.DictReader(io.StringIO(run("export", "--data", path).stdout)))
    labels = [r["label"] for r in rows]
    assert labels == ['\'=HYPERLINK("http://x","click")', "'+cmd|' /C calc'!A0", "'@SUM(1+1)"]
    assert rows[0]["change"] == "-5.0"
    assert rows[0]["growth_pct"] == "-50.00"


def test_overwrite_is_refused_and_the_file_untouched(run, tmp_path):
    path = tmp_path / "a.csv"
    assert run("export", "-o", str(path)).exit_code == 0
    before = path.read_bytes()
    result = run("export", "--locale", "vi", "-o", str(path))
    assert result.exit_code == 2
    assert result.stderr == f"Lỗi: {path}: đã có; dùng --force để ghi đè\n"
    assert path.read_bytes() == before
    assert run("export", "--locale", "vi", "-o", str(path), "--force").exit_code == 0
    assert path.read_bytes() != before


@pytest.mark.parametrize("name, start", [("o.json", b"{"), ("o.md", b"###"), ("o.csv", b"series")])
def test_the_format_follows_the_files_ending(run, tmp_path, name, start):
    assert run("export", "-o", str(tmp_path / name)).exit_code == 0
    assert (tmp_path / name).read_bytes().startswith(start)


def test_a_format_that_contradicts_the_ending_is_refused(run, tmp_path):
    result = run("export", "--format", "json", "-o", str(tmp_path / "o.csv"))
    assert result.exit_code == 2 and "--format json contradicts the ending" in result.stderr
    assert not (tmp_path / "o.csv").exists()


def test_excel_without_a_file_is_refused(run):
    result = run("export", "--excel")
    assert result.exit_code == 2 and "give -o FILE" in result.stderr


def test_unwritable_path_is_one_line(run):
    result = run("export", "-o", "/nonexistent/x.csv")
    assert result.exit_code == 2
    assert result.stderr == (
        "Error: /nonexistent/x.csv: cannot write: the folder /nonexistent does not exist\n"
    )


def test_a_write_that_fails_half_way_leaves_nothing(tmp_path, monkeypatch):
    def broken_fsync(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(KhuyenCongError, match="No space left"):
        write_atomic(tmp_path / "x.csv", b"a,b\n")
    assert list(tmp_path.iterdir()) == []


def test_a_failed_forced_write_keeps_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "x.csv"
    target.write_bytes(b"old")
    monkeypatch.setattr(os, "replace", lambda *a: (_ for _ in ()).throw(OSError(5, "I/O error")))
    with pytest.raises(KhuyenCongError):
        write_atomic(target, b"new", force=True)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["x.csv"]


def test_excel_needs_csv(run):
    result = run("export", "--excel", "--format", "json")
    assert result.exit_code == 2
    assert "--excel applies to CSV only" in result.stderr


def test_a_directory_is_not_a_file_name(tmp_path):
    with pytest.raises(KhuyenCongError, match="is a directory"):
        write_atomic(tmp_path, b"x")


def test_a_folder_that_refuses_files(tmp_path, monkeypatch):
    import tempfile

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(KhuyenCongError, match=r"cannot write here \(Permission denied\)"):
        write_atomic(tmp_path / "x.csv", b"x")


def test_a_file_that_appears_while_writing_is_not_clobbered(tmp_path, monkeypatch):
    target = tmp_path / "x.csv"
    real_link = os.link

    def racing_link(src, dst):
        target.write_bytes(b"theirs")  # another program got there first
        return real_link(src, dst)

    monkeypatch.setattr(os, "link", racing_link)
    with pytest.raises(KhuyenCongError, match="already exists"):
        write_atomic(target, b"ours")
    assert target.read_bytes() == b"theirs"
    assert [p.name for p in tmp_path.iterdir()] == ["x.csv"]


def test_a_file_system_without_hard_links(tmp_path, monkeypatch):
    def no_links(src, dst):
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    write_atomic(tmp_path / "x.csv", b"data")
    assert (tmp_path / "x.csv").read_bytes() == b"data"
    assert [p.name for p in tmp_path.iterdir()] == ["x.csv"]


def test_an_interrupt_leaves_no_temp_file(tmp_path, monkeypatch):
    def interrupted(fd):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(tmp_path / "x.csv", b"data")
    assert list(tmp_path.iterdir()) == []
