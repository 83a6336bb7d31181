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


@pytest.fixture(scope="module")
def documents(tmp_path_factory):
    """A Word file (the seed's text and a table) and an Excel sheet, as a user has them."""
    import openpyxl

    from .conftest import GROWTH_ROWS, word_file

    folder = tmp_path_factory.mktemp("mine")
    word_file(folder / "mine.docx", SOURCE.read_text(encoding="utf-8"), GROWTH_ROWS)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Thu NS"
    sheet.append(["Chỉ tiêu", "Năm 2011", "Năm 2012"])
    sheet.append(["Tổng kế hoạch kinh phí", 85.17, 108.989])
    sheet["B2"].number_format = sheet["C2"].number_format = "0.000"
    sheet.append(["Tăng trưởng", None, 0.2797])
    sheet["C3"].number_format = "0.00%"
    book.save(folder / "mine.xlsx")
    return folder


@pytest.mark.parametrize("columns", [80, 100, 120])
@pytest.mark.parametrize("language", [[], ["--locale", "vi"]], ids=["en", "vi"])
@pytest.mark.parametrize("names", [["mine.docx"], ["mine.xlsx"], ["seed", "mine.docx"]])
def test_scan_of_documents_fits_the_terminal(run, monkeypatch, documents, columns, language, names):
    monkeypatch.setenv("COLUMNS", str(columns))
    paths = [str(SOURCE) if n == "seed" else str(documents / n) for n in names]
    out = run("scan", *paths, *language).stdout
    longest = max(len(line.rstrip()) for line in out.splitlines())
    assert longest <= columns, out


def test_an_excerpt_too_narrow_to_read_goes(run, monkeypatch):
    # at 100 columns an excerpt would get under USEFUL_WIDTH characters a line: it goes
    # (the data formats keep it), and every row stays at most two lines tall
    monkeypatch.setenv("COLUMNS", "100")
    out = run("scan", str(SOURCE)).stdout
    header = next(line for line in out.splitlines() if "Kind" in line)
    assert "Excerpt" not in header
    table = out[: out.index("[1] ")].splitlines()
    assert len(table) <= 4 + 2 * 7
    monkeypatch.setenv("COLUMNS", "200")  # with room, it stays
    assert "Excerpt" in run("scan", str(SOURCE)).stdout


@pytest.mark.parametrize("said", ["0", "²", "abc", "-5", "99999999"])
def test_a_columns_that_is_no_width_is_ignored(run, monkeypatch, said):
    monkeypatch.setenv("COLUMNS", said)
    result = run("summary")
    assert result.exit_code == 0, result.output
    assert max(len(line.rstrip()) for line in result.stdout.splitlines()) <= 100


def test_many_files_give_a_table_each_with_notes_numbered_on(run, monkeypatch, documents):
    monkeypatch.setenv("COLUMNS", "80")
    out = run("scan", str(SOURCE), str(documents / "mine.docx")).stdout
    titles = [line.strip() for line in out.splitlines() if "khuyencong scan:" in line]
    assert titles == [f"khuyencong scan: {SOURCE}", f"khuyencong scan: {documents / 'mine.docx'}"]
    second = out[out.index("mine.docx") :]
    assert "paragraph 1" in second and "[8]" in second and "[1]" not in second
    assert "line 8 " in out[: out.index("mine.docx")]  # its places without the file's name


def test_bars_asked_for_that_cannot_fit_are_said_to_go(run, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    result = run("summary", "--bars")
    assert "█" not in result.stdout
    assert "the bars need" in result.stderr and "the table has 80" in result.stderr
    monkeypatch.setenv("COLUMNS", "140")
    wide = run("summary", "--bars")
    assert "█" in wide.stdout and wide.stderr == ""
