"""Bad input never hurts: each bad file gives exit 2, one short located message, nothing written."""

import random
import time
from pathlib import Path

import pytest

from .conftest import DATA

CORPUS = sorted((Path(__file__).parent / "bad_data").glob("*.yaml"))
COMMANDS = {
    "summary": ["summary"],
    "verify": ["verify"],
    "export": ["export", "-o", "{out}"],
    "check": ["check", "growth", "total", "5"],
}


def expected(path):
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# expect: ")
    return first[len("# expect: ") :]


def test_the_corpus_is_large_enough():
    assert len(CORPUS) >= 30


def assert_refused(run, tmp_path, data, command, message=None):
    out = tmp_path / "out.csv"
    args = [a.format(out=out) for a in COMMANDS[command]] + ["--data", str(data)]
    started = time.monotonic()
    result = run(*args)
    assert time.monotonic() - started < 10
    assert result.exit_code == 2, (result.stdout, result.stderr)
    assert result.stdout == ""
    assert result.stderr.startswith(f"Error: {data}")
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") <= 3
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out")] == []
    if message is not None:
        assert message in result.stderr, result.stderr
    return result.stderr


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("path", CORPUS, ids=[p.stem for p in CORPUS])
def test_corpus(run, tmp_path, path, command):
    assert_refused(run, tmp_path, path, command, expected(path))


HOSTILE = {
    "random_bytes": lambda p: p.write_bytes(random.Random(7).randbytes(4096)),
    "latin1": lambda p: p.write_bytes("unit: tỷ đồng\n".encode()[:7] + b"\xe1\n"),
    "utf16": lambda p: p.write_text("unit: tỷ đồng\n", encoding="utf-16"),
    "empty": lambda p: p.write_bytes(b""),
    "whitespace": lambda p: p.write_bytes(b"  \n\n\t\n"),
    "directory": lambda p: p.mkdir(),
    "missing": lambda p: None,
    "json_garbage": lambda p: p.write_text('{"unit": "x", "series": [1, 2', encoding="utf-8"),
    "json_nan": lambda p: p.write_text(
        '{"unit": "x", "series": {"t": {"label": "T", "values": {"2011": NaN}}}}', encoding="utf-8"
    ),
    "json_list": lambda p: p.write_text("[1, 2, 3]", encoding="utf-8"),
    "json_duplicate": lambda p: p.write_text('{"unit": "x", "unit": "y"}', encoding="utf-8"),
}


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_files(run, tmp_path, name, command):
    folder = tmp_path / "in"
    folder.mkdir()
    path = folder / (name + (".json" if name.startswith("json") else ".yaml"))
    HOSTILE[name](path)
    assert_refused(run, tmp_path, path, command)


def test_a_60_mb_file_is_refused_before_parsing(run, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    big = folder / "big.yaml"
    with open(big, "wb") as f:
        f.truncate(60 * 1024 * 1024)
    message = assert_refused(run, tmp_path, big, "verify")
    assert "limited to 50 MiB" in message


def test_an_unreadable_file(run, tmp_path, monkeypatch):
    from khuyencong.datafile import load

    folder = tmp_path / "in"
    folder.mkdir()
    path = folder / "secret.yaml"
    path.write_text(DATA.read_text(encoding="utf-8"), encoding="utf-8")

    def denied(*args, **kwargs):  # as chmod 0 would, even for root (who CI runs as)
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(load, "open", denied, raising=False)
    assert "permission denied" in assert_refused(run, tmp_path, path, "summary")


def test_a_bom_is_fine(run, tmp_path):
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + DATA.read_bytes())
    assert run("summary", "--data", str(path)).exit_code == 0


@pytest.mark.parametrize("command", ["table", "scan"])
def test_a_password_protected_workbook_is_said_so(run, tmp_path, command):
    import io

    import msoffcrypto.format.ooxml
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["Thu ngân sách", 13590, 15234])
    plain = io.BytesIO()
    book.save(plain)
    plain.seek(0)
    locked = io.BytesIO()
    msoffcrypto.format.ooxml.OOXMLFile(plain).encrypt("mật khẩu", locked)
    path = tmp_path / "locked.xlsx"
    path.write_bytes(locked.getvalue())
    result = run(command, str(path))
    assert result.exit_code == 2
    assert result.stderr.endswith(
        "locked.xlsx: is password-protected: save a copy without a password and check that\n"
    )
    assert result.stderr.count("\n") == 1


def test_scan_says_what_to_do_with_an_office_97_2003_file(run):
    from .conftest import ROOT

    result = run("scan", str(ROOT / "tests" / "tables" / "Plan_2004.xls"))
    assert result.exit_code == 2
    assert "is an Office 97–2003 document (.doc, .xls): save it as .docx or .xlsx" in result.stderr
