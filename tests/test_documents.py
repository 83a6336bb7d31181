"""Real documents, made here: each scans to the findings of the same report as plain text."""

import io
import json
import os
import unicodedata
import zipfile

import pytest

from khuyencong.core.errors import KhuyenCongError
from khuyencong.documents import read_document, sniff
from khuyencong.documents.plaintext import to_tcvn3, to_vni
from khuyencong.text.scan import scan_text

from .conftest import CORPUS, ROOT

REPORT = (CORPUS / "001.txt").read_text(encoding="utf-8")


def findings(path_or_text, places=None):
    if os.path.exists(str(path_or_text)):
        doc = read_document(str(path_or_text))
        found = scan_text(doc.text, "x", places=doc.blocks).findings
    else:
        found = scan_text(path_or_text, "x").findings
    return [(f.text, f.status, f.recomputed) for f in found]


PLAIN = findings(REPORT)


def font():
    import matplotlib

    return os.path.join(
        os.path.dirname(matplotlib.__file__), "mpl-data", "fonts", "ttf", "DejaVuSans.ttf"
    )


def make_pdf(path, paragraphs, pages=1):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("DejaVu", "", font())
    pdf.set_font("DejaVu", size=11)
    for _ in range(pages):
        pdf.add_page()
        for text in paragraphs:
            pdf.multi_cell(0, 6, text)
            pdf.ln(4)
    pdf.output(str(path))
    return path


def test_a_pdf_scans_like_its_text(tmp_path):
    path = make_pdf(tmp_path / "r.pdf", REPORT.split("\n\n"))
    assert findings(path) == PLAIN
    doc = read_document(str(path))
    assert doc.kind == "pdf"
    f = scan_text(doc.text, "r.pdf", places=doc.blocks).findings
    assert f[4].where.startswith("page 1, line ")  # each finding keeps its own line


def test_a_paragraph_running_over_a_page_is_mended(tmp_path):
    from khuyencong.documents.pdf import paragraphs

    blocks = paragraphs(
        "Thu ngân sách đạt 250.466 tỷ đồng, giảm 14,66% so với cùng\n"
        "kỳ năm trước (293.477 tỷ đồng). Chi đạt\n80%.",
        3,
    )
    assert blocks[0].text.startswith(
        "Thu ngân sách đạt 250.466 tỷ đồng, giảm 14,66% so với cùng kỳ năm trước"
    )
    assert (
        blocks[0].where(len("Thu ngân sách đạt 250.466 tỷ đồng, giảm 14,66% so với cùng "))
        == "page 3, line 2"
    )


def test_a_pdf_without_text_says_to_ocr_it(tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(10, 10, 50, 50)  # a scan has pictures, not text
    pdf.output(str(tmp_path / "scan.pdf"))
    with pytest.raises(KhuyenCongError, match=r"no text layer.*ocrmypdf -l vie"):
        read_document(str(tmp_path / "scan.pdf"))


def test_an_encrypted_pdf_is_refused(tmp_path):
    import pypdf

    make_pdf(tmp_path / "open.pdf", ["Thu 5 tỷ đồng."])
    writer = pypdf.PdfWriter(clone_from=str(tmp_path / "open.pdf"))
    writer.encrypt("secret")
    writer.write(str(tmp_path / "locked.pdf"))
    with pytest.raises(KhuyenCongError, match="encrypted PDF"):
        read_document(str(tmp_path / "locked.pdf"))


def test_a_broken_pdf_and_a_pdf_claiming_a_million_pages(tmp_path):
    data = make_pdf(tmp_path / "r.pdf", ["Thu 5 tỷ đồng."]).read_bytes()
    (tmp_path / "cut.pdf").write_bytes(data[: len(data) // 3])
    with pytest.raises(KhuyenCongError, match=r"cut\.pdf"):
        read_document(str(tmp_path / "cut.pdf"))
    huge = data.replace(b"/Count 1", b"/Count 1000000")
    assert huge != data
    (tmp_path / "huge.pdf").write_bytes(huge)
    with pytest.raises(KhuyenCongError, match="1000000 pages; at most 2000"):
        read_document(str(tmp_path / "huge.pdf"))


def make_docx(path, paragraphs, table=None):
    import docx

    d = docx.Document()
    for text in paragraphs:
        d.add_paragraph(text)
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        for i, row in enumerate(table):
            for j, value in enumerate(row):
                t.cell(i, j).text = value
    d.save(str(path))
    return path


TABLE = [
    ["", "Năm 2012", "Năm 2013", "Năm 2014"],
    ["Mỹ", "2.425.582", "2.294.199", "2.103.270"],
    ["Tỷ lệ tăng trưởng", "", "(4,42%)", "(8,33%)"],
]


def test_a_word_file_scans_like_its_text_with_its_table(tmp_path):
    path = make_docx(tmp_path / "r.docx", REPORT.split("\n\n"), TABLE)
    doc = read_document(str(path))
    found = scan_text(doc.text, "r.docx", places=doc.blocks).findings
    assert [(f.text, f.status, f.recomputed) for f in found[: len(PLAIN)]] == PLAIN
    table = found[len(PLAIN) :]
    assert [(f.where, f.status, str(f.recomputed)) for f in table] == [
        ("table 1, row 3", "inconsistent", "-5.42"),
        ("table 1, row 3", "inconsistent", "-8.32"),
    ]
    assert found[0].where == "paragraph 1"


def test_a_web_page_gives_its_article_not_its_menus(tmp_path):
    article = "".join(f"<p>{p}</p>" for p in REPORT.split("\n\n"))
    decoys = "Lãi suất tăng 99,9% so với năm 2019 (10 tỷ đồng)"
    page = (
        f"<!doctype html><html><head><title>Tin</title></head><body><nav>{decoys}</nav>"
        f"<main><article><h1>Thu ngân sách</h1>{article}</article></main>"
        f"<aside>{decoys.replace('99,9', '77')}</aside><footer>{decoys.replace('99,9', '88')}"
        "</footer></body></html>"
    )
    path = tmp_path / "r.html"
    path.write_text(page, encoding="utf-8")
    got = findings(path)
    assert [g for g in got if g[0] in ("99,9%", "77%", "88%")] == []
    assert got[-len(PLAIN) + 1 :] == PLAIN[1:]  # the headline may be read with the article


def test_an_excel_sheet_keeps_its_digits_and_percentages(tmp_path):
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Thu NS"
    ws.append(["Chỉ tiêu", "Năm 2011", "Năm 2012"])
    ws.append(["Tổng kế hoạch kinh phí", 85.17, 108.989])
    for cell in ("B2", "C2"):
        ws[cell].number_format = "0.000"
    ws.append(["Tăng trưởng", None, 0.2797])
    ws["C3"].number_format = "0.00%"
    wb.save(tmp_path / "r.xlsx")
    doc = read_document(str(tmp_path / "r.xlsx"))
    assert [b.text for b in doc.blocks][1] == "| Tổng kế hoạch kinh phí | 85,170 | 108,989 |"
    f = scan_text(doc.text, "r.xlsx", places=doc.blocks).findings
    assert [(x.where, x.status, str(x.recomputed)) for x in f] == [
        ("sheet Thu NS, row 3", "consistent", "27.97")
    ]


def test_excel_years_stored_as_numbers_are_years(tmp_path):
    # General shows 2021 as 2021 (it groups no thousands): the header reads as years
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Chỉ tiêu", 2021, 2022, 2023])
    ws.append(["Thu ngân sách (tỷ đồng)", 1250, 1375, 1512.5])
    ws.append(["Tốc độ tăng", None, 0.1, 0.1])
    ws["C3"].number_format = ws["D3"].number_format = "0.0%"
    ws.append(["Vốn (triệu đồng)", 1234567, 2345678, 3456789])
    for cell in ("B4", "C4", "D4"):
        ws[cell].number_format = "#,##0"
    wb.save(tmp_path / "y.xlsx")
    doc = read_document(str(tmp_path / "y.xlsx"))
    texts = [b.text for b in doc.blocks]
    assert texts[0] == "| Chỉ tiêu | 2021 | 2022 | 2023 |"
    assert texts[1] == "| Thu ngân sách (tỷ đồng) | 1250 | 1375 | 1512,5 |"
    assert texts[3] == "| Vốn (triệu đồng) | 1.234.567 | 2.345.678 | 3.456.789 |"
    f = scan_text(doc.text, "y.xlsx", places=doc.blocks).findings
    assert [(x.status, str(x.recomputed)) for x in f] == [
        ("consistent", "10.0"),
        ("consistent", "10.0"),
    ]


@pytest.mark.parametrize(
    "value, fmt, shown",
    [
        (float("nan"), "General", ""),
        (float("inf"), "0.00", ""),
        (85.17, "0." + "0" * 30, "85,17" + "0" * 28),
        (1.08989e20, "#,##0.00000000", None),
    ],
)
def test_excel_numbers_at_the_edges_are_read_or_left_blank(tmp_path, value, fmt, shown):
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Thu ngân sách", value])
    ws["B1"].number_format = fmt
    wb.save(tmp_path / "e.xlsx")
    doc = read_document(str(tmp_path / "e.xlsx"))
    text = doc.blocks[0].text
    if shown is not None:
        assert text == f"| Thu ngân sách | {shown} |".replace(" |  |", " |")
    else:
        assert text == "| Thu ngân sách | 108.989.000.000.000.000.000,00000000 |"


@pytest.mark.parametrize(
    "encode, note",
    [
        (lambda t: t.encode("utf-8"), None),
        (lambda t: b"\xef\xbb\xbf" + t.encode("utf-8"), None),
        (lambda t: t.encode("utf-16"), "read as UTF-16"),
        (lambda t: unicodedata.normalize("NFD", t).encode("utf-8"), "NFC-normalised"),
        (lambda t: _cp1258(t), "converted from Windows-1258"),
        (lambda t: to_tcvn3(t), "converted from TCVN3 (ABC)"),
        (lambda t: to_vni(t), "converted from VNI"),
    ],
    ids=["utf-8", "utf-8 bom", "utf-16", "nfd", "cp1258", "tcvn3", "vni"],
)
def test_every_vietnamese_encoding_reads_the_same(tmp_path, encode, note):
    path = tmp_path / "r.txt"
    path.write_bytes(encode(REPORT))
    doc = read_document(str(path))
    assert findings(path) == PLAIN
    assert (note is None and doc.notes == []) or any(note in n for n in doc.notes)


def _cp1258(text):
    """Windows-1258 writes tone marks as combining characters after the letter."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", ch)
        tone = "".join(c for c in parts if c in "\u0300\u0301\u0303\u0309\u0323")
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tone))
        out.append(base + tone)
    return "".join(out).encode("cp1258")


def test_a_zip_bomb_is_refused_before_it_is_inflated(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", b"\0" * (60 * 1024 * 1024))  # 60 MiB of zeros
    data = buffer.getvalue()
    assert len(data) < 200_000 and sniff(data) == "docx"
    (tmp_path / "bomb.docx").write_bytes(data)
    with pytest.raises(KhuyenCongError, match="would inflate to 60 MiB"):
        read_document(str(tmp_path / "bomb.docx"))


def test_a_broken_word_file_is_one_line(tmp_path):
    (tmp_path / "broken.docx").write_bytes(b"PK\x03\x04" + b"x" * 100)
    with pytest.raises(KhuyenCongError, match="broken"):
        read_document(str(tmp_path / "broken.docx"))


def test_kinds_are_told_by_content_not_by_ending(tmp_path):
    path = make_docx(
        tmp_path / "report.txt", ["Thu 100 tỷ đồng, giảm 20% so với năm trước (125 tỷ đồng)."]
    )
    assert read_document(str(path)).kind == "docx"


def test_a_folder_on_two_cores_gives_the_same_bytes_as_one(run, tmp_path):
    (tmp_path / "sub").mkdir()
    for i in range(6):
        (tmp_path / ("sub" if i % 2 else ".") / f"{i}.txt").write_text(
            (CORPUS / f"00{i + 1}.txt").read_text(encoding="utf-8"), encoding="utf-8"
        )
    make_pdf(tmp_path / "r.pdf", REPORT.split("\n\n"))
    one = run("scan", str(tmp_path), "--format", "json", "--jobs", "1")
    two = run("scan", str(tmp_path), "--format", "json", "--jobs", "2")
    assert one.stdout == two.stdout and one.exit_code == two.exit_code == 1
    files = [r["file"].rsplit("/", 1)[-1] for r in json.loads(one.stdout)["rows"]]
    assert sorted(set(files)) == ["0.txt", "1.txt", "2.txt", "3.txt", "4.txt", "5.txt", "r.pdf"]


def test_a_bad_file_in_a_folder_is_reported_and_skipped(run, tmp_path):
    (tmp_path / "a.txt").write_text(
        "Chi là 80 tỷ đồng, giảm 20% so với năm 2012 (100 tỷ đồng).", encoding="utf-8"
    )
    (tmp_path / "b.pdf").write_bytes(b"%PDF-1.4 broken")
    result = run("scan", str(tmp_path), "--format", "csv", "--jobs", "2")
    assert result.exit_code == 2
    assert "b.pdf: is a truncated PDF" in result.stderr
    assert "1 percentage in 1 file: 1 consistent; 1 file not read" in result.stderr
    assert "consistent" in result.stdout


def test_a_slow_file_is_stopped_and_skipped(tmp_path, monkeypatch):
    from khuyencong.results import scanning

    def slow(*args, **kwargs):
        import time

        time.sleep(5)

    monkeypatch.setattr("khuyencong.text.scan.scan_text", slow)
    (tmp_path / "a.txt").write_text("Thu 5 tỷ đồng.", encoding="utf-8")
    out = scanning.scan_one("a.txt", str(tmp_path / "a.txt"), seconds=0.2)
    assert out.error == "a.txt: took more than 0.2 s to scan; skipped"


def test_standard_input_has_the_size_limit_too(monkeypatch):
    from khuyencong import documents

    monkeypatch.setattr(documents, "MAX_BYTES", 1000)
    with pytest.raises(KhuyenCongError, match="larger than the 0 MiB limit"):
        documents.read_stream(io.BytesIO(b"x" * 5000))
    assert documents.read_stream(io.BytesIO(b"x" * 1000)) == b"x" * 1000


def test_a_pdf_headline_is_a_paragraph_of_its_own(tmp_path):
    headline = "Thu ngân sách nhà nước trên địa bàn tỉnh tăng mạnh trong năm 2023"
    body = (
        "Năm 2023, tổng thu ngân sách nhà nước trên địa bàn tỉnh đạt 15.234 tỷ đồng, bằng "
        "105,2% dự toán Trung ương giao và tăng 12,1% so với năm 2022."
    )
    path = make_pdf(tmp_path / "h.pdf", [headline, body])
    blocks = read_document(str(path)).blocks
    assert blocks[0].text == headline
    assert blocks[1].text.startswith("Năm 2023, tổng thu")
    from khuyencong.results.report import report_title, scanned_document

    scanner = scan_text(read_document(str(path)).text, "h.pdf", places=blocks)
    assert report_title([scanned_document(scanner, "h.pdf")]) == headline


def test_a_malformed_pdf_says_so_in_one_line_not_thousands(tmp_path, run):
    good = make_pdf(
        tmp_path / "r.pdf", ["Thu ngân sách đạt 12 tỷ đồng, tăng 20% so với năm 2022 (10 tỷ đồng)."]
    )
    data = good.read_bytes()
    data = data.replace(b"xref", b"xref\n0 9999\n" + b"0000000000 65535 f \n" * 50, 1)
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(data.replace(b"/Length", b"/Lngth"))
    result = run("scan", str(bad))
    assert result.exit_code == 0
    assert result.stderr.splitlines()[0].endswith("problems in its structure")
    assert len(result.stderr.splitlines()) == 2  # the note, then the tally
    assert "consistent" in result.stdout


def test_a_text_of_many_lines_keeps_its_lines_not_an_object_each(tmp_path):
    from khuyencong.documents import Lines

    path = tmp_path / "blank.txt"
    path.write_text("Thu 5 tỷ đồng.\n" + "\n" * 100_000 + "Chi 4 tỷ đồng.", encoding="utf-8")
    doc = read_document(str(path))
    assert isinstance(doc.blocks, Lines) and len(doc.blocks) == 100_002
    assert doc.blocks[0].text == "Thu 5 tỷ đồng." and doc.blocks[-1].where() == "line 100002"
    assert [b.text for b in doc.blocks[:2]] == ["Thu 5 tỷ đồng.", ""]
    assert doc.text == path.read_text(encoding="utf-8")


def test_a_document_s_kind_is_told_by_its_structure(tmp_path):
    import zipfile

    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["Thu", 5])
    book.save(tmp_path / "plain.xlsx")
    with (
        zipfile.ZipFile(tmp_path / "plain.xlsx") as src,
        zipfile.ZipFile(tmp_path / "odd.xlsx", "w", zipfile.ZIP_DEFLATED) as out,
    ):  # a part named word/… first: still a workbook, by the parts it holds
        out.writestr("customXml/word/notes.txt", "notes")
        for item in src.infolist():
            out.writestr(item, src.read(item.filename))
    assert b"word/" in (tmp_path / "odd.xlsx").read_bytes()[:4096]
    assert read_document(str(tmp_path / "odd.xlsx")).kind == "xlsx"
    md = tmp_path / "notes.md"  # opens with a tag, holds "</p>": still the text its ending says
    md.write_text(
        "<b>Báo cáo</b>\n\nThu đạt 12 tỷ đồng, tăng 20% so với năm 2022 (10 tỷ đồng).</p>"
    )
    doc = read_document(str(md))
    assert doc.kind == "text"
    assert [f.status for f in scan_text(doc.text).findings] == ["consistent"]


def test_a_sentence_in_the_other_language_keeps_its_own_notation(tmp_path):
    text = (
        "Thu ngân sách đạt 12 tỷ đồng, tăng 20,5% so với năm 2022 (10 tỷ đồng).\n\n"
        "Exports rose 10.5% to 11.05 billion USD from 10 billion USD.\n"
    )
    found = scan_text(text).findings
    assert [(f.text, f.status) for f in found] == [("20,5%", "consistent"), ("10.5%", "consistent")]


@pytest.mark.parametrize("depth", [300, 200_000])
def test_a_page_nested_past_any_parser_s_depth_is_still_read(tmp_path, depth):
    sentence = "Thu ngân sách đạt 12 tỷ đồng, tăng 20% so với năm 2022 (10 tỷ đồng)."
    page = tmp_path / "deep.html"
    page.write_text(
        "<html><body>"
        + "<div>" * depth
        + f"<p>{sentence}</p>"
        + "</div>" * depth
        + "</body></html>"
    )
    doc = read_document(str(page))
    assert doc.text.strip() == sentence
    assert [f.status for f in scan_text(doc.text).findings] == ["consistent"]


def _pdf_with_stream(content, pages=1):
    """A minimal PDF whose pages all draw one content stream, ``content`` deflated: the
    writer bench/document_shapes.py measures with."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "document_shapes", ROOT / "bench" / "document_shapes.py"
    )
    shapes = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(shapes)
    return shapes.pdf(content, pages)


def test_a_pdf_bomb_is_refused_in_bounded_memory(tmp_path, run):
    bomb = tmp_path / "bomb.pdf"
    bomb.write_bytes(_pdf_with_stream(b"BT /F1 12 Tf 72 720 Td (Thu) Tj ET\n" + b" " * 40_000_000))
    assert bomb.stat().st_size < 100_000
    result = run("scan", str(bomb))
    assert result.exit_code == 2
    assert "has a stream that would inflate past 16 MB (a PDF bomb?)" in result.stderr


@pytest.mark.parametrize(
    "old, new",
    [
        ('<c r="B1" t="n"><v>5</v>', '<c r="B1" t="n"><v>NaN</v>'),
        ('<c r="B1" t="n"><v>5</v>', '<c r="B1" t="n"><v>12abc</v>'),
        ('<c r="B1" t="n"><v>5</v>', '<c r="B1" t="d"><v>notadate</v>'),
        ('r="B1"', 'r="ZZZZZZZ1"'),
        ('<c r="B2" t="inlineStr"><is><t>x</t></is></c>', '<c r="B2" t="s"><v>999</v></c>'),
    ],
    ids=["nan", "12abc", "date", "reference", "shared-string"],
)
@pytest.mark.parametrize("command", ["scan", "table"])
def test_a_broken_excel_cell_is_a_broken_file(run, tmp_path, old, new, command):
    import zipfile

    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["Thu ngân sách", 5])
    book.active.append(["Chi", "x"])
    book.save(tmp_path / "base.xlsx")
    with (
        zipfile.ZipFile(tmp_path / "base.xlsx") as src,
        zipfile.ZipFile(tmp_path / "bad.xlsx", "w", zipfile.ZIP_DEFLATED) as out,
    ):
        for name in src.namelist():
            data = src.read(name)
            if name == "xl/worksheets/sheet1.xml":
                assert old.encode() in data
                data = data.replace(old.encode(), new.encode())
            out.writestr(name, data)
    result = run(command, str(tmp_path / "bad.xlsx"))
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "is a broken Excel file" in result.stderr
