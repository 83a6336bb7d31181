"""Tables in a PDF's text layer: ruled and unruled, made here with fpdf2 and read back."""

import json

import pytest

from khuyencong.tables.checks import check_grid
from khuyencong.tables.readers import read_tables

from .test_documents import font, make_pdf

#: an appendix as a ministry prints it: STT, label, a total and its split, a printed
#: column-number row, Trong đó, dashes for none
ROWS = [
    ["STT", "Chỉ tiêu", "Dự toán", "NSTW", "NSĐP"],
    ["A", "B", "1 = 2 + 3", "2", "3"],
    ["A", "TỔNG CHI CÂN ĐỐI", "1.147.100", "669.914", "477.186"],
    ["I", "Chi đầu tư phát triển", "195.000", "97.306", "97.694"],
    ["", "Trong đó:", "", "", ""],
    ["1", "Chi giáo dục", "33.756", "14.096", "19.660"],
    ["2", "Chi khoa học", "7.600", "4.130", "3.470"],
    ["II", "Chi trả nợ và viện trợ", "150.000", "150.000", "-"],
    ["III", "Chi thường xuyên", "767.000", "399.608", "367.392"],
    ["IV", "Chi cải cách tiền lương", "10.000", "10.000", "-"],
    ["V", "Chi bổ sung quỹ dự trữ tài chính", "100", "-", "100"],
    ["VI", "Dự phòng", "25.000", "13.000", "12.000"],
]
WIDTHS = [14, 70, 30, 30, 30]


def _pdf(path, ruled, rows=ROWS, note=True):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("DejaVu", "", font())
    pdf.set_font("DejaVu", size=9)
    pdf.cell(0, 8, "DỰ TOÁN CHI NSNN NĂM 2015", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 6, "Đơn vị: Tỷ đồng", align="R", new_x="LMARGIN", new_y="NEXT")
    for row in rows:
        for i, (width, text) in enumerate(zip(WIDTHS, row, strict=True)):
            pdf.cell(width, 6, text, border=1 if ruled else 0, align="L" if i < 2 else "R")
        pdf.ln(6)
    if note:  # prose under the table, whose words may line up with its columns
        pdf.ln(4)
        pdf.multi_cell(0, 5, "Ghi chú: số liệu dự toán Quốc hội quyết định; chi tiết tại phụ lục.")
    pdf.output(str(path))
    return path


def _merged_pdf(path):
    """A ruled table with a two-row header: "Chia ra" merged over NSTW | NSĐP, and STT,
    Chỉ tiêu and Dự toán merged down both rows."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("DejaVu", "", font())
    pdf.set_font("DejaVu", size=9)
    x, y = pdf.get_x(), pdf.get_y()
    for width, text in zip(WIDTHS[:3], ["STT", "Chỉ tiêu", "Dự toán"], strict=True):
        pdf.cell(width, 12, text, border=1, align="C")
    pdf.cell(WIDTHS[3] + WIDTHS[4], 6, "Chia ra", border=1, align="C")
    pdf.set_xy(x + sum(WIDTHS[:3]), y + 6)
    pdf.cell(WIDTHS[3], 6, "NSTW", border=1, align="C")
    pdf.cell(WIDTHS[4], 6, "NSĐP", border=1, align="C")
    pdf.set_xy(x, y + 12)
    for row in [ROWS[2], ROWS[3], ["1", "Chi giáo dục", "195.000", "97.306", "97.694"]]:
        for i, (width, text) in enumerate(zip(WIDTHS, row, strict=True)):
            pdf.cell(width, 6, text, border=1, align="L" if i < 2 else "R")
        pdf.ln(6)
    pdf.output(str(path))
    return path


def _texts(grid):
    return [[cell.text for cell in row] for row in grid.rows]


@pytest.mark.parametrize("ruled", [True, False], ids=["ruled", "unruled"])
def test_a_pdf_table_is_read_cell_for_cell(tmp_path, ruled):
    grids = read_tables(str(_pdf(tmp_path / "t.pdf", ruled)))
    table = next(g for g in grids if any(r and r[0].text == "STT" for r in g.rows))
    texts = _texts(table)
    start = next(i for i, row in enumerate(texts) if row[0] == "STT")
    assert texts[start : start + len(ROWS)] == ROWS
    assert table.sheet == "page 1, table 1"
    checks = check_grid(table).checks
    assert {c.verdict for c in checks} == {"consistent"}
    assert {(c.kind, c.source) for c in checks} == {
        ("sum", "numbered"),
        ("partial", "numbered"),
        ("column-sum", "printed"),
    }


def test_a_merged_header_in_a_ruled_pdf_is_a_merge(tmp_path):
    (grid,) = read_tables(str(_merged_pdf(tmp_path / "m.pdf")))
    assert sorted(grid.merged) == [(0, 1, 3, 5), (0, 2, 0, 1), (0, 2, 1, 2), (0, 2, 2, 3)]
    columns = {c.column for c in check_grid(grid).checks}
    assert {"Chia ra / NSTW", "Chia ra / NSĐP"} <= columns


@pytest.mark.parametrize("ruled", [True, False], ids=["ruled", "unruled"])
def test_a_planted_error_in_a_pdf_table_is_found(run, tmp_path, ruled):
    rows = [list(r) for r in ROWS]
    rows[8][2] = "767.020"  # III: 20 more than its split, and A's parts 20 more
    path = _pdf(tmp_path / "bad.pdf", ruled, rows)
    result = run("table", str(path), "--format", "json", "--only", "inconsistent")
    assert result.exit_code == 1
    found = {(r["label"], r["kind"]) for r in json.loads(result.stdout)["rows"]}
    assert found == {("Chi thường xuyên", "column-sum"), ("TỔNG CHI CÂN ĐỐI", "sum")}


def test_a_pdf_without_a_text_layer_or_broken_is_one_line(run, tmp_path):
    from fpdf import FPDF

    blank = FPDF()
    blank.add_page()
    blank.output(str(tmp_path / "scan.pdf"))
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
    for name, said in [("scan.pdf", "no text layer"), ("broken.pdf", "PDF")]:
        result = run("table", str(tmp_path / name))
        assert result.exit_code == 2, result.stderr
        assert said in result.stderr
        assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_prose_alone_gives_no_checks(run, tmp_path):
    path = make_pdf(tmp_path / "p.pdf", ["Kinh phí khuyến công năm 2012 tăng so với năm 2011."])
    result = run("table", str(path))
    assert result.exit_code == 0
    assert result.stdout == "no checks to show\n"


def test_a_folder_reads_its_pdfs_too(run, tmp_path):
    _pdf(tmp_path / "a.pdf", True)
    result = run("table", str(tmp_path), "--format", "csv", "-q")
    assert result.exit_code == 0
    assert result.stdout.count("a.pdf") == 15
