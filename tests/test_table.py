"""khuyencong table: displayed figures, the structure read from the table, and the checks."""

import io
import json
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from khuyencong.core.interval import Interval
from khuyencong.tables.checks import check_grid
from khuyencong.tables.grid import Cell, Grid, notation_of, read_printed
from khuyencong.tables.numfmt import shown
from khuyencong.tables.readers import read_tables

from .conftest import ROOT

D = Decimal
TABLES = ROOT / "tests" / "tables"
MOF = ROOT.parent / "shared" / "tables" / "mof"


# --- the displayed value ------------------------------------------------------------


@pytest.mark.parametrize(
    ("stored", "fmt", "value", "percent"),
    [
        (44958.5, "#,##0", D("44959"), False),
        (0.2797, "0.0%", D("28.0"), True),
        (0.053557029154016784, "0.00%", D("5.36"), True),
        (991356407.4130001, "#,###;[Red]\\-#,###", D("991356407"), False),
        (-105000.4, '#,##0\\ ;[Red]\\ \\-\\ #,##0\\ ;"";', D("-105000"), False),
        (85.17, "0.000", D("85.170"), False),
        (1.5, "#,##0.##", D("1.5"), False),
        (1.0, "General", D("1"), False),
        (1234567, "#,##0,", D("1235"), False),
        (29664.9, '_(* #,##0_);_(* \\(#,##0\\);_(* "-"??_);_(@_)', D("29665"), False),
    ],
)
def test_a_number_is_read_as_its_format_shows_it(stored, fmt, value, percent):
    figure = shown(stored, fmt)
    assert figure.value == value
    assert figure.value.as_tuple().exponent == value.as_tuple().exponent  # its precision
    assert figure.percent is percent


def test_a_zero_section_of_nothing_shows_nothing():
    assert shown(0, '#,##0\\ ;[Red]\\ \\-\\ #,##0\\ ;"";').value is None


@pytest.mark.parametrize(
    ("text", "notation", "value"),
    [
        ("1.234,5", "vi", D("1234.5")),
        ("(105.000)", "vi", D("-105000")),
        ("-105.000", "vi", D("-105000")),
        ("1,234.5", "en", D("1234.5")),
        ("-", "vi", None),
        ("", "vi", None),
        ("(1)", "vi", D("-1")),
        # a footnote's mark beside a figure is not part of it
        ("(1) 419.278.223", "vi", D("419278223")),
        ("419.278.223 (2)", "vi", D("419278223")),
        ("12,5*", "vi", D("12.5")),
        ("1,234.5 (*)", "en", D("1234.5")),
        ("Chi thường xuyên (1)", "vi", None),
    ],
)
def test_printed_numbers(text, notation, value):
    assert read_printed(text, notation).value == value


def test_the_notation_is_told_by_shapes_only_one_writes():
    assert notation_of(["1.234.567", "12,5"]) == "vi"
    assert notation_of(["1,234,567", "12.5"]) == "en"
    assert notation_of(["1.234"]) == "vi"  # nothing tells: the tables this tool reads


# --- a table made here: every kind of relation, one planted error each ----------------


def _sheet():
    """Rows of a Vietnamese budget appendix: title, unit, a merged header with Chia ra, a
    printed column-number row, sections, a Trong đó list and a label formula."""
    return [
        ["BỘ TÀI CHÍNH", "", "", "", ""],
        ["DỰ TOÁN CHI NSNN NĂM 2015", "", "", "", ""],
        ["", "", "", "", "Đơn vị: Tỷ đồng"],
        ["STT", "Chỉ tiêu", "Dự toán", "Chia ra", ""],
        ["", "", "năm 2015", "NSTW", "NSĐP"],
        ["A", "B", "1 = 2 + 3", 2, 3],
        ["A", "TỔNG CHI CÂN ĐỐI", 1147100, 669914, 477186],
        ["I", "Chi đầu tư phát triển", 195000, 97306, 97694],
        ["", "Trong đó:", None, None, None],
        [1, "Chi giáo dục", 33756, 14096, 19660],
        [2, "Chi khoa học", 7600, 4130, 3470],
        ["II", "Chi trả nợ và viện trợ", 150000, 150000, None],
        ["III", "Chi thường xuyên", 767000, 399608, 367392],
        ["IV", "Chi cải cách tiền lương", 10000, 10000, None],
        ["V", "Chi bổ sung quỹ dự trữ tài chính", 100, None, 100],
        ["VI", "Dự phòng", 25000, 13000, 12000],
        ["B", "CHI TỪ CÁC KHOẢN THU QUẢN LÝ QUA NSNN", 109686, 85906, 23780],
        ["", "TỔNG SỐ (A+B)", 1256786, 755820, 500966],
    ]


def _xlsx(path, rows, merges=("D4:E4", "A4:A5", "B4:B5")):
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "M04"
    for row in rows:
        sheet.append(row)
    for r in sheet.iter_rows():
        for cell in r:
            if isinstance(cell.value, (int, float)):
                cell.number_format = "#,##0"
    for m in merges:
        sheet.merge_cells(m)
    book.save(path)
    return path


def _checks(path, sheet=None):
    grids = read_tables(str(path))
    return [c for g in grids if sheet is None or g.sheet == sheet for c in check_grid(g).checks]


def test_a_table_that_adds_up_is_consistent_everywhere(tmp_path):
    checks = _checks(_xlsx(tmp_path / "m04.xlsx", _sheet()))
    assert {c.verdict for c in checks} == {"consistent"}
    kinds = {(c.kind, c.source) for c in checks}
    assert kinds == {
        ("sum", "numbered"),  # A = I … VI
        ("partial", "numbered"),  # Trong đó under I
        ("column-sum", "printed"),  # 1 = 2 + 3
        ("sum", "printed"),  # TỔNG SỐ (A+B)
    }
    top = [c for c in checks if c.row == 7 and c.kind == "sum" and c.column.startswith("(1)")]
    assert [(c.written, c.low, c.high) for c in top] == [(D(1147100), D(1147097), D(1147103))]


def test_displayed_figures_may_miss_their_total_by_their_rounding(tmp_path):
    rows = _sheet()
    rows[6][2] = 1147103  # six parts of ± 0.5 and a total of ± 0.5: 3.5 units of room
    checks = _checks(_xlsx(tmp_path / "m04.xlsx", rows))
    numbered = [c for c in checks if c.row == 7 and c.source == "numbered"]
    assert [c.verdict for c in numbered if c.column.startswith("(1)")] == ["consistent"]
    # while 1 = 2 + 3 has two parts: 1.5 units of room, and 3 is too many
    assert [c.verdict for c in checks if c.row == 7 and c.kind == "column-sum"] == ["inconsistent"]


@pytest.mark.parametrize(
    ("row", "column", "value", "kind", "difference"),
    [
        (7, 2, 1147105, "sum", D("5")),  # A's total, against I … VI (and 2 + 3)
        (10, 4, 99660, "partial", None),  # a Trong đó part larger than its whole
        (12, 4, 5, "column-sum", D("-5")),  # 1 = 2 + 3 in row II
        (18, 2, 1256789, "sum", D("3")),  # TỔNG SỐ (A+B)
    ],
)
def test_each_planted_error_is_found(tmp_path, row, column, value, kind, difference):
    rows = _sheet()
    rows[row - 1][column] = value
    checks = _checks(_xlsx(tmp_path / "m04.xlsx", rows))
    wrong = [c for c in checks if c.verdict == "inconsistent"]
    assert wrong, checks
    at = 8 if kind == "partial" else row  # a partial list is checked at its whole, I
    assert any(c.kind == kind and c.row == at for c in wrong)
    if difference is not None:
        assert next(c.difference for c in wrong if c.kind == kind and c.row == row) == difference


def test_a_blank_part_is_zero_and_a_dash_is_zero(tmp_path):
    rows = _sheet()
    rows[11][4] = "-"
    checks = _checks(_xlsx(tmp_path / "m04.xlsx", rows))
    assert {c.verdict for c in checks} == {"consistent"}


def test_a_note_in_place_of_a_figure_is_unknown_not_zero(tmp_path):
    rows = _sheet()
    rows[9][3] = "(1)"  # the NSTW part of item 1 is a footnote mark
    checks = _checks(_xlsx(tmp_path / "m04.xlsx", rows))
    assert not [c for c in checks if c.row == 10 and c.kind == "column-sum"]
    assert {c.verdict for c in checks} == {"consistent"}


def test_a_refund_among_the_parts_lets_one_part_exceed_the_whole(tmp_path):
    rows = _sheet()
    rows[9][2:5] = [80000, 60340, 19660]
    rows[10][2:5] = [-46244, -46210, -34]  # a refund: Trong đó gross and refunds
    checks = _checks(_xlsx(tmp_path / "m04.xlsx", rows))
    assert not [c for c in checks if c.kind == "partial" and c.verdict != "consistent"]


def test_a_large_shortfall_in_an_inferred_list_is_unclear_not_an_error(tmp_path):
    rows = _sheet()
    rows[6][2:5] = [1500000, 1022814, 477186]  # A misses I … VI by a quarter in one column
    rows[17][2:5] = [1609686, 1108720, 500966]
    checks = _checks(_xlsx(tmp_path / "m04.xlsx", rows))
    numbered = [c for c in checks if c.row == 7 and c.source == "numbered"]
    assert {c.verdict for c in numbered} == {"consistent", "unclear"}
    assert [c.why for c in numbered if c.verdict == "unclear"] == ["gap too large for a slip"] * 2
    printed = [c for c in checks if c.row == 7 and c.source == "printed"]
    assert {c.verdict for c in printed} == {"consistent"}


def test_a_printed_column_formula_is_firm_whatever_the_gap(tmp_path):
    rows = _sheet()
    rows[7][2] = 295000  # I's total misses 2 + 3 by 100 000
    checks = _checks(_xlsx(tmp_path / "m04.xlsx", rows))
    assert [c.verdict for c in checks if c.row == 8 and c.kind == "column-sum"] == ["inconsistent"]


def test_merged_header_total_beside_its_parts(tmp_path):
    rows = [
        ["Đơn vị: triệu đồng", "", "", "", "", ""],
        ["STT", "TỈNH", "BỔ SUNG TỪ NSTW", "", "", ""],
        ["", "", "TỔNG SỐ", "BỔ SUNG CÂN ĐỐI", "BỔ SUNG CÓ MỤC TIÊU", ""],
        ["", "", "", "", "Vốn ngoài nước", "Nhiệm vụ"],
        [1, "HÀ GIANG", 7463200, 4062917, 29665, 3370618],
        [2, "TUYÊN QUANG", 4017458, 2155048, 44413, 1817988],
    ]
    path = _xlsx(tmp_path / "m09.xlsx", rows, ("C2:F2", "E3:F3", "C3:C4", "D3:D4"))
    checks = _checks(path)
    assert [(c.row, c.kind, c.source, c.verdict) for c in checks] == [
        (5, "column-sum", "header", "consistent"),
        (6, "column-sum", "header", "inconsistent"),
    ]
    assert checks[1].difference == D("9")


# --- other formats ------------------------------------------------------------------


def _csv_text(rows, notation="vi"):
    def cell(v):
        if v is None:
            return ""
        if isinstance(v, int):
            text = f"{v:,}"
            return text.replace(",", ".") if notation == "vi" else text
        return str(v)

    import csv

    out = io.StringIO()
    csv.writer(out, delimiter=";" if notation == "vi" else ",").writerows(
        [[cell(v) for v in row] for row in rows]
    )
    return out.getvalue()


@pytest.mark.parametrize("notation", ["vi", "en"])
def test_a_csv_as_printed(tmp_path, notation):
    rows = _sheet()
    rows[6][2] = 1147105
    path = tmp_path / "m04.csv"
    path.write_text(_csv_text(rows, notation), encoding="utf-8")
    checks = _checks(path)
    wrong = [(c.row, c.kind) for c in checks if c.verdict == "inconsistent"]
    assert (7, "sum") in wrong and (7, "column-sum") in wrong


def test_a_word_table_and_a_web_table(tmp_path):
    import docx

    rows = _sheet()[3:]
    rows[3][2] = 1147105
    document = docx.Document()
    table = document.add_table(rows=len(rows), cols=5)
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            text = "" if v is None else (f"{v:,}".replace(",", ".") if isinstance(v, int) else v)
            table.cell(r, c).text = str(text)
    table.cell(0, 3).merge(table.cell(0, 4))
    document.save(tmp_path / "m04.docx")
    html = (
        "<table>"
        + "".join(
            "<tr>" + "".join(f"<td>{'' if v is None else v}</td>" for v in row) + "</tr>"
            for row in rows
        )
        + "</table>"
    )
    (tmp_path / "m04.html").write_text(f"<html><body>{html}</body></html>", encoding="utf-8")
    for name in ("m04.docx", "m04.html"):
        checks = _checks(tmp_path / name)
        assert (4, "sum") in [(c.row, c.kind) for c in checks if c.verdict == "inconsistent"]


# --- the rounding rule for sums, for all inputs --------------------------------------


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=10**9), min_size=1, max_size=30))
def test_a_total_of_hidden_decimals_never_raises_a_false_alarm(hidden):
    """Figures stored with hidden decimals (thousandths) and shown rounded: the shown total
    always agrees with its shown parts, however the roundings fall."""
    from decimal import ROUND_HALF_UP

    values = [D(h).scaleb(-3) for h in hidden]
    shown_parts = [v.quantize(D(1), rounding=ROUND_HALF_UP) for v in values]
    total = sum(values).quantize(D(1), rounding=ROUND_HALF_UP)
    summed = Interval.total(Interval.unround(p) for p in shown_parts)
    assert Interval.unround(total).meets(summed)


def test_grid_rows_are_padded_and_trailing_blanks_dropped():
    grid = Grid("x", "s", [[Cell("a")], [Cell("b"), Cell("1", D(1))], [Cell("")]])
    assert grid.width == 2 and len(grid.rows) == 2


# --- real tables of the Ministry of Finance ------------------------------------------


@pytest.mark.parametrize(("name", "checks"), [("Plan_2004.xls", 32), ("Final_2006.xls", 118)])
def test_real_ministry_sheets_add_up(name, checks):
    found = _checks(TABLES / name)
    assert len(found) == checks
    assert {c.verdict for c in found} == {"consistent"}


#: every inconsistency found in the Ministry's 21 workbooks, each examined (README)
KNOWN = {
    ("Final_2009.xls", "M07+", 36, "column-sum"),
    ("Plan_2010.xls", "Sheet1", 13, "sum"),
    ("Plan_2010.xls", "Sheet1", 29, "sum"),
    ("Plan_2011.xls", "M09(R)", 58, "column-sum"),
}


@pytest.mark.skipif(not MOF.is_dir(), reason="the shared tables are not beside the checkout")
def test_the_ministry_folder_has_only_the_known_mismatches():
    found = set()
    for path in sorted(MOF.glob("*.xls")):
        for grid in read_tables(str(path)):
            for c in check_grid(grid).checks:
                if c.verdict == "inconsistent":
                    found.add((path.name, grid.sheet, c.row, c.kind))
    assert found == KNOWN


# --- the command ---------------------------------------------------------------------


def test_the_command_exit_codes_and_json(run, tmp_path):
    good = _xlsx(tmp_path / "good.xlsx", _sheet())
    result = run("table", str(good))
    assert result.exit_code == 0
    assert "consistent" in result.stdout
    rows = _sheet()
    rows[6][2] = 1147105
    bad = _xlsx(tmp_path / "bad.xlsx", rows)
    result = run("table", str(bad), "--format", "json", "--only", "inconsistent")
    assert result.exit_code == 1
    doc = json.loads(result.stdout)
    fields = {"file", "sheet", "row", "label", "column", "kind", "written", "low", "high"}
    assert fields | {"verdict", "rule", "difference", "fix"} <= set(doc["rows"][0])
    # A's own checks, and TỔNG SỐ (A+B), which adds A in
    assert {(r["row"], r["kind"]) for r in doc["rows"]} == {
        (7, "sum"),
        (7, "column-sum"),
        (18, "sum"),
    }
    first = next(r for r in doc["rows"] if r["kind"] == "sum")
    assert (first["written"], first["low"], first["high"]) == (1147105, 1147097, 1147103)
    assert first["difference"] == 5


def test_the_command_in_vietnamese(run, tmp_path):
    rows = _sheet()
    rows[6][2] = 1147105
    bad = _xlsx(tmp_path / "bad.xlsx", rows)
    result = run("table", str(bad), "--locale", "vi", "--only", "inconsistent")
    assert result.exit_code == 1
    assert "1.147.105" in result.stdout
    assert "không khớp" in result.stdout
    assert "dòng 7" in result.stdout


def test_a_folder_and_a_broken_file(run, tmp_path):
    _xlsx(tmp_path / "good.xlsx", _sheet())
    (tmp_path / "broken.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    result = run("table", str(tmp_path))
    assert result.exit_code == 2
    assert result.stderr.count("broken.xls") == 1
    assert "consistent" in result.stdout


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1garbage", "is a broken Excel file"),
        (b"PK\x03\x04broken", "is a broken zip container"),
        (b"%PDF-1.4\n", "is a truncated PDF"),
    ],
)
def test_bad_files_are_one_line_and_exit_2(run, tmp_path, content, said):
    path = tmp_path / "x.xls"
    path.write_bytes(content)
    result = run("table", str(path))
    assert result.exit_code == 2
    assert said in result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_no_such_sheet(run, tmp_path):
    path = _xlsx(tmp_path / "good.xlsx", _sheet())
    result = run("table", str(path), "--sheet", "Nope")
    assert result.exit_code == 2
    assert "no sheet named Nope" in result.stderr


def test_an_empty_result_says_so_in_one_line(run, tmp_path):
    path = _xlsx(tmp_path / "good.xlsx", _sheet())
    result = run("table", str(path), "--only", "inconsistent")
    assert result.exit_code == 0
    assert result.stdout == "no checks to show\n"


def test_the_table_fits_80_columns(run, tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    rows = _sheet()
    rows[6][2] = 1147105
    result = run("table", str(_xlsx(tmp_path / "bad.xlsx", rows)))
    assert max(len(line) for line in result.stdout.splitlines()) <= 80


def test_the_csv_is_stable(run, tmp_path):
    rows = _sheet()
    rows[6][2] = 1147105
    result = run("table", str(_xlsx(tmp_path / "bad.xlsx", rows)), "--format", "csv")
    import csv

    table = list(csv.DictReader(io.StringIO(result.stdout)))
    assert list(table[0])[:9] == [
        "file",
        "sheet",
        "row",
        "label",
        "column",
        "kind",
        "written",
        "low",
        "high",
    ]


def test_a_ratio_column_named_by_its_header_may_confirm_never_accuse(tmp_path, run):
    sheet = tmp_path / "ratio.csv"
    sheet.write_text(
        "STT;Nội dung;Dự toán năm;Ước thực hiện;So sánh (%)\n"
        "A;TỔNG THU;1.000.000;1.050.000;105,0\n"
        "1;Thu nội địa;800.000;820.000;102,5\n"
        "2;Thu dầu thô;200.000;230.000;117,0\n"
        "3;Tỷ lệ điều tiết;;;\n",
        encoding="utf-8",
    )
    result = run("table", str(sheet), "--format", "json")
    ratios = [r for r in json.loads(result.stdout)["rows"] if r["kind"] == "ratio"]
    assert [(r["written"], r["verdict"]) for r in ratios] == [
        (105.0, "consistent"),
        (102.5, "consistent"),
        (117.0, "unclear"),  # 230 000 / 200 000 is 115,0%: which columns, the header only says
    ]
    assert "read from the header" in ratios[2]["note"]
    assert result.exit_code == 0


def test_the_same_line_on_two_sheets_is_checked_against_its_first_printing(tmp_path, run):
    import openpyxl

    book = openpyxl.Workbook()
    first = book.active
    first.title = "M01"
    for sheet, total in ((first, 911100), (book.create_sheet("M03"), 911200)):
        sheet.append(["CÂN ĐỐI NGÂN SÁCH NHÀ NƯỚC NĂM 2015"])
        sheet.append(["Đơn vị: tỷ đồng"])
        sheet.append(["STT", "Nội dung", "Dự toán năm 2015"])
        sheet.append(["A", "TỔNG THU CÂN ĐỐI NGÂN SÁCH NHÀ NƯỚC", total])
        sheet.append(["1", "Thu nội địa", 638600])
        sheet.append(["2", "Thu từ dầu thô", 93000])
        sheet.append(["3", "Thu cân đối từ hoạt động xuất nhập khẩu", 175000 + total - 911100])
        sheet.append(["4", "Thu viện trợ", 4500])
    book.save(tmp_path / "plan.xlsx")
    rows = json.loads(run("table", str(tmp_path / "plan.xlsx"), "--format", "json").stdout)["rows"]
    across = {r["label"]: (r["verdict"], r["written"]) for r in rows if r["kind"] == "cross-sheet"}
    assert across["Thu từ dầu thô"] == ("consistent", 93000)
    assert "Thu nội địa" not in across  # too short a label to name one item for sure
    assert across["TỔNG THU CÂN ĐỐI NGÂN SÁCH NHÀ NƯỚC"] == ("unclear", 911200)
    note = next(
        r["note"]
        for r in rows
        if r["label"].startswith("TỔNG THU") and r["sheet"] == "M03" and r["kind"] == "cross-sheet"
    )
    assert "Sheet M01 prints 911100." in note


def test_a_change_column_named_by_its_header(tmp_path, run):
    sheet = tmp_path / "change.csv"
    sheet.write_text(
        "STT;Nội dung;Năm 2023;Năm 2024;Tăng/giảm (%)\n"
        "A;TỔNG THU;1.000.000;1.050.000;5,0\n"
        "1;Thu nội địa;800.000;820.000;2,5\n"
        "2;Thu xuất nhập khẩu;200.000;230.000;17,0\n",
        encoding="utf-8",
    )
    rows = json.loads(run("table", str(sheet), "--format", "json").stdout)["rows"]
    ratios = [(r["written"], r["verdict"]) for r in rows if r["kind"] == "ratio"]
    assert ratios == [(5.0, "consistent"), (2.5, "consistent"), (17.0, "unclear")]
    assert "230000 against 200000 is a change of 15.0%." in rows[-1]["note"]


def _noted(column, mark="(1)", header_mark=True):
    """The appendix with a note under it, "(1) Bao gồm …", the NSĐP header carrying its mark
    (or not), and 100 added to row III's figure in ``column`` (3: NSTW, 4: NSĐP)."""
    rows = [list(r) for r in _sheet()]
    if header_mark:
        rows[4][4] = f"NSĐP {mark}"
    rows[12][column] += 100
    rows.append(["", "", None, None, None])
    rows.append(
        [f"{mark} Bao gồm 100 tỷ đồng chưa phân bổ cho các địa phương", "", None, None, None]
    )
    return rows


def _verdicts(tmp_path, rows):
    checks = _checks(_xlsx(tmp_path / "noted.xlsx", rows))
    return {
        (c.row, c.column[:3], c.kind): (c.verdict, c.why)
        for c in checks
        if c.verdict != "consistent"
    }


def test_a_numbered_note_qualifies_only_what_carries_its_mark(tmp_path):
    # NSTW carries no mark: A = I … VI is an error there, as is row III's printed 1 = 2 + 3
    assert _verdicts(tmp_path, _noted(3)) == {
        (7, "(2)", "sum"): ("inconsistent", None),
        (13, "(1)", "column-sum"): ("inconsistent", None),
    }
    # NSĐP (1): what its sums include is said under the table, so they are not called errors;
    # the printed formula of row III still is one
    qualified = ("unclear", "a note under the table qualifies totals")
    assert _verdicts(tmp_path, _noted(4)) == {
        (7, "(3)", "sum"): qualified,
        (13, "(1)", "column-sum"): ("inconsistent", None),
    }


def test_a_note_whose_mark_nothing_carries_qualifies_every_figure(tmp_path):
    verdicts = _verdicts(tmp_path, _noted(3, header_mark=False))
    assert verdicts[(7, "(2)", "sum")] == ("unclear", "a note under the table qualifies totals")


def test_a_spreadsheet_figure_with_a_mark_beside_it_is_read_and_carries_the_mark(tmp_path):
    rows = _noted(4, header_mark=False)
    rows[6][4] = "(1) 477.186"  # NSĐP of A, as text, with its note's mark
    checks = _checks(_xlsx(tmp_path / "marked.xlsx", rows))
    got = {(c.row, c.column[:3], c.kind): (c.written, c.verdict, c.why) for c in checks}
    qualified = "a note under the table qualifies totals"
    # A = I … VI in NSĐP misses by row III's 100: A carries the note's mark, so not an error
    assert got[(7, "(3)", "sum")] == (D("477186"), "unclear", qualified)
    assert got[(7, "(1)", "column-sum")] == (D("1147100"), "consistent", None)
    assert got[(13, "(1)", "column-sum")][1] == "inconsistent"  # printed 1 = 2 + 3: firm


def test_text_typed_in_a_tcvn3_font_is_read_as_vietnamese(tmp_path):
    from khuyencong.documents.plaintext import to_tcvn3

    def lower(rows):
        return [[t.lower() if isinstance(t, str) else t for t in row] for row in rows]

    unicode_rows = lower(_sheet())
    # what a .VnTime workbook holds: TCVN3 bytes a reader library takes for Latin-1
    legacy = [
        [to_tcvn3(t).decode("latin-1") if isinstance(t, str) else t for t in row]
        for row in unicode_rows
    ]
    assert legacy[6][1] == "tæng chi c©n ®èi"
    (grid,) = read_tables(str(_xlsx(tmp_path / "abc.xlsx", legacy)))
    assert grid.rows[6][1].text == "tổng chi cân đối"
    assert grid.notes == ["letters converted from TCVN3 (ABC): check them"]
    expected = _checks(_xlsx(tmp_path / "unicode.xlsx", unicode_rows))
    got = check_grid(grid).checks
    assert [(c.row, c.label, c.kind, c.verdict) for c in got] == [
        (c.row, c.label, c.kind, c.verdict) for c in expected
    ]
    # a table in Unicode is left as it is
    (plain,) = read_tables(str(_xlsx(tmp_path / "m.xlsx", _sheet())))
    assert plain.notes == [] and plain.rows[6][1].text == "TỔNG CHI CÂN ĐỐI"


def test_a_column_number_over_a_column_of_marks_belongs_to_the_figures_beside_it(tmp_path):
    """NSTW and NSĐP each span a column of footnote marks and a column of figures, and the
    printed column numbers stand over the marks (as the Ministry's Plan_2016 M04 prints)."""
    rows = [
        ["", "", "", "", "", "", "Đơn vị: Tỷ đồng"],
        ["STT", "Chỉ tiêu", "Dự toán", "Chia ra", "", "", ""],
        ["", "", "năm 2016", "NSTW", "", "NSĐP", ""],
        ["A", "B", "1 = 2 + 3", "2", "", "3", ""],
        ["A", "TỔNG CHI", 1273200, "(1)", 723060, "(2)", 550140],
        ["I", "Chi đầu tư phát triển", 254950, "(3)", 123750, None, 131200],
        ["II", "Chi trả nợ và viện trợ", 155100, None, 155100, None, None],
        ["III", "Chi thường xuyên", 863150, "(4)", 444210, None, 418940],
    ]
    merges = ("D2:G2", "D3:E3", "F3:G3", "D4:E4", "F4:G4")
    checks = _checks(_xlsx(tmp_path / "marks.xlsx", rows, merges))
    split = [(c.row, c.column, c.verdict) for c in checks if c.kind == "column-sum"]
    assert split == [
        (5, "(1) Dự toán / năm 2016", "consistent"),
        (6, "(1) Dự toán / năm 2016", "consistent"),
        (7, "(1) Dự toán / năm 2016", "consistent"),
        (8, "(1) Dự toán / năm 2016", "consistent"),
    ]
    rows[7][2] = 863250  # 100 more than its split
    checks = _checks(_xlsx(tmp_path / "bad.xlsx", rows, merges))
    bad = [(c.row, c.kind, c.source) for c in checks if c.verdict == "inconsistent"]
    assert (8, "column-sum", "printed") in bad


def test_formulas_with_no_saved_value_are_said(run, tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    for row in (["STT", "Chỉ tiêu", "Dự toán"], ["A", "Tổng", "=C3+C4"], ["1", "Thu", 100]):
        sheet.append(row)
    sheet.append(["2", "Chi", "=C3*2"])
    book.save(tmp_path / "formulas.xlsx")  # written by a program: no value saved
    result = run("table", str(tmp_path / "formulas.xlsx"))
    assert result.exit_code == 0
    assert "2 formulas have no value saved with them" in result.stderr
