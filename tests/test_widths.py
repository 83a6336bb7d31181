"""Tables that fit a terminal: no line longer than COLUMNS, no word or number cut."""

import pytest

from .conftest import SOURCE

COMMANDS = [
    ["verify"],
    ["summary", "--bars"],
    ["scan", str(SOURCE)],
    ["--help"],
    ["scan", "--help"],
    ["check", "growth", "--help"],
]


@pytest.mark.parametrize("columns", [80, 100, 120, 200])
@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: " ".join(a)[-20:])
def test_no_line_is_longer_than_the_terminal(run, monkeypatch, columns, args):
    monkeypatch.setenv("COLUMNS", str(columns))
    out = run(*args).stdout
    longest = max(len(line.rstrip()) for line in out.splitlines())
    assert longest <= columns, out


def test_verify_at_80_columns_is_short_and_cuts_no_word(run, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    out = run("verify").stdout
    assert len(out.splitlines()) <= 40
    words = out.split()
    for whole in (
        "national_nationwide",
        "local_nationwide",
        "27.96508%–",
        "40.81670%",
        "inconsistent",
    ):
        assert whole in words, whole


def test_a_quote_is_shortened_at_a_word_boundary():
    from khuyencong.present.render import _shorten

    text = "kinh phí khuyến công quốc gia hỗ trợ là 44,485 tỷ đồng, tăng 35,02% so với"
    short = _shorten(text, 40)
    assert short.endswith(" …") and text.startswith(short[:-2]) and len(short) <= 42
    assert short[:-2].split()[-1] in text.split()


def test_notes_wrap_at_spaces():
    from khuyencong.present.render import _wrap_lines

    wrapped = _wrap_lines("[1] " + "tỷ đồng " * 30 + "a_very_long_identifier_" * 5, 40)
    assert all(len(line) <= 40 for line in wrapped.splitlines()[:-1])
    assert "a_very_long_identifier_" * 5 in wrapped  # a long word is never cut
