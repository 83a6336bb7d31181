"""Fuzz the document readers and scan with mutated PDF, Word, Excel and web-page bytes.

Every outcome must be a scan or the one line of a file that cannot be read (an Outcome
with an error): an exception escaping ``scan_one`` is exit 3 for a user, a case that runs
past its time limit is a hang, and the process's peak memory must stay under 1 GiB.

    python bench/fuzz_documents.py --count 4000 --seed 1
    python bench/fuzz_documents.py --count 4000 --seed 1 --tables   # table's readers

With ``--tables`` the same is asked of ``table_one`` (``khuyencong table``), on the kinds it
reads: an Excel 97–2003 workbook of the Ministry's (tests/tables), .xlsx, Word and web
tables, a ruled PDF table and CSV.

Mutations, seeded: flipped bytes, cut files, repeated or inserted chunks, and for Word and
Excel the same inside the inflated XML of their parts, zipped again (so the mutation
reaches the parser instead of failing the zip's checksum).
"""

import argparse
import io
import os
import random
import resource
import sys
import tempfile
import time
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "src"))

from khuyencong.results.scanning import scan_one, table_one  # noqa: E402

TEXT = (
    "Thu ngân sách năm 2023 đạt 15.234 tỷ đồng, bằng 105,2% dự toán (14.480 tỷ đồng), "
    "tăng 12,1% so với năm 2022 (13.590 tỷ đồng). Trong đó thu nội địa đạt 12.100 tỷ "
    "đồng, chiếm 79,4%."
)
INSERTS = [b"<div>" * 50, b"\x00" * 64, b"%" * 30, b"9" * 200, b"\xff\xfe", b"]]>", b"&#0;"]


def seeds():
    """Return {kind: bytes}: one small valid document of each kind, made here."""
    import docx
    import matplotlib
    import openpyxl
    from fpdf import FPDF

    out = {}
    pdf = FPDF()
    font = os.path.join(os.path.dirname(matplotlib.__file__), "mpl-data", "fonts", "ttf")
    pdf.add_font("DejaVu", "", os.path.join(font, "DejaVuSans.ttf"))
    pdf.set_font("DejaVu", size=11)
    pdf.add_page()
    pdf.multi_cell(0, 6, TEXT)
    out["pdf"] = bytes(pdf.output())
    document = docx.Document()
    document.add_paragraph(TEXT)
    table = document.add_table(rows=2, cols=3)
    for j, text in enumerate(["Chỉ tiêu", "Năm 2022", "Năm 2023"]):
        table.cell(0, j).text = text
    buffer = io.BytesIO()
    document.save(buffer)
    out["docx"] = buffer.getvalue()
    book = openpyxl.Workbook()
    book.active.append(["Chỉ tiêu", 2022, 2023])
    book.active.append(["Thu ngân sách", 13590, 15234])
    book.active.append(["Tăng trưởng", None, 0.121])
    book.active["C3"].number_format = "0.0%"
    buffer = io.BytesIO()
    book.save(buffer)
    out["xlsx"] = buffer.getvalue()
    page = f"<html><body><nav>Menu 99%</nav><article><p>{TEXT}</p></article></body></html>"
    out["html"] = page.encode()
    return out


def table_seeds():
    """Return {kind: bytes}: the seeds of scan, a table in each, and a workbook and CSV."""
    from fpdf import FPDF

    out = seeds()
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=9)
    rows = [["STT", "Chi tieu", "Du toan"], ["A", "Tong so", "300"], ["1", "Thu", "100"]]
    rows += [["2", "Chi", "200"]]
    for row in rows:
        for text in row:
            pdf.cell(40, 6, text, border=1)
        pdf.ln(6)
    out["pdf"] = bytes(pdf.output())
    with open(os.path.join(ROOT, "tests", "tables", "Plan_2004.xls"), "rb") as f:
        out["xls"] = f.read()
    csv = "STT;Chỉ tiêu;Dự toán\nA;Tổng số;1.147.100\n1;Thu;669.914\n2;Chi;477.186\n"
    out["csv"] = csv.encode()
    page = "<table><tr><td>STT</td><td>Chỉ tiêu</td><td colspan=2>Dự toán</td></tr>"
    page += "<tr><td>A</td><td>Tổng số</td><td>300</td><td>3</td></tr></table>"
    out["html"] = page.encode()
    return out


def mutate(data, rng):
    """Return bytes changed in one to four ways."""
    data = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        how = rng.randrange(5)
        at = rng.randrange(max(1, len(data)))
        if how == 0 and data:
            data[at] = rng.randrange(256)
        elif how == 1:
            del data[at:]
        elif how == 2:
            data[at:at] = rng.choice(INSERTS) * rng.randint(1, 20)
        elif how == 3 and data:
            chunk = data[at : at + rng.randint(1, 200)]
            data[at:at] = chunk * rng.randint(1, 50)
        else:
            del data[at : at + rng.randint(1, 100)]
    return bytes(data)


def mutate_zip(data, rng):
    """Return a zip whose XML parts (one or more) are mutated, then zipped again."""
    with zipfile.ZipFile(io.BytesIO(data)) as src:
        parts = {name: src.read(name) for name in src.namelist()}
    xml = [n for n in parts if n.endswith(".xml")]
    for name in rng.sample(xml, rng.randint(1, min(3, len(xml)))):
        parts[name] = mutate(parts[name], rng)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        for name, body in parts.items():
            out.writestr(name, body)
    return buffer.getvalue()


def fuzz(count, seed, seconds=20, keep=True, tables=False):
    """Run ``count`` seeded cases; return (read, refused in one line, [escaped], slow)."""
    rng = random.Random(seed)
    made = table_seeds() if tables else seeds()
    bugs, slow, read, refused = [], 0, 0, 0
    with tempfile.TemporaryDirectory() as folder:
        for n in range(count):
            kind = rng.choice(sorted(made))
            inside = kind in ("docx", "xlsx") and rng.random() < 0.7
            data = mutate_zip(made[kind], rng) if inside else mutate(made[kind], rng)
            path = os.path.join(folder, f"case.{kind}")
            with open(path, "wb") as f:
                f.write(data)
            began = time.monotonic()
            try:
                if tables:
                    outcome = table_one(f"case-{n}.{kind}", path, seconds=seconds, stored=True)
                else:
                    outcome = scan_one(f"case-{n}.{kind}", path, seconds=seconds)
            except BaseException as e:  # any escape is what this looks for
                bugs.append((n, kind, f"{type(e).__name__}: {str(e)[:120]}"))
                if keep:
                    with open(os.path.join(ROOT, "bench", f"fuzz-case-{n}.{kind}"), "wb") as f:
                        f.write(data)
                continue
            slow += time.monotonic() - began > seconds
            refused += outcome.error is not None
            read += outcome.error is None
    return read, refused, bugs, slow


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--count", type=int, default=4000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--seconds", type=int, default=20, help="per-case time limit (a hang)")
    ap.add_argument("--tables", action="store_true", help="fuzz table's readers instead")
    a = ap.parse_args()
    start = time.monotonic()
    read, refused, bugs, slow = fuzz(a.count, a.seed, a.seconds, tables=a.tables)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"{a.count} cases in {time.monotonic() - start:.0f} s: {read} read, {refused} refused "
        f"in one line, {len(bugs)} escaped, {slow} past {a.seconds} s; peak {peak:.0f} MiB"
    )
    for bug in bugs[:20]:
        print("escaped:", *bug)
    return 1 if bugs or slow or peak > 1024 else 0


if __name__ == "__main__":
    sys.exit(main())
