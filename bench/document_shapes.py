"""Scan's cost on documents whose shape, not their text, is large: time and memory must grow
with what a document holds, linearly, whatever its shape (issue #23, items 1–3).

    python bench/document_shapes.py --out bench/out             # writes the inputs
    python bench/document_shapes.py --out bench/out --measure   # and measures each

Each shape is written at 1x and 4x:

- ``docx-empty``: a Word file of empty paragraphs (100 000 and 400 000) around one sentence;
- ``pdf-inflate``: a PDF whose one content stream inflates to 2 MB and 8 MB of blanks;
- ``pdf-shared``: a PDF of 250 and 1 000 pages that all draw one content stream;
- ``html-paragraphs``: a web page of 50 000 and 200 000 short paragraphs;
- ``text-blank``: plain text of 2.5 and 10 million blank lines around one sentence.

``--measure`` runs ``khuyencong scan FILE --format csv -q`` on each under ``/usr/bin/time``
and prints seconds, peak memory and the 4x/1x ratios (time within 4.6x: linear; memory
well under 1 GiB). For paired timing, as the other benches do:

    for s in docx-empty pdf-inflate pdf-shared html-paragraphs text-blank; do
        farm-bench -n 3 --vs "khuyencong scan OUT/$s-1x.EXT --format csv -q" -- \\
            khuyencong scan OUT/$s-4x.EXT --format csv -q
    done
"""

import argparse
import os
import subprocess
import sys
import zipfile
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SENTENCE = "Thu ngân sách đạt 12 tỷ đồng, tăng 20% so với năm 2022 (10 tỷ đồng)."


def docx(paragraphs):
    """Return a Word file: one sentence among ``paragraphs`` empty paragraphs."""
    body = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body>"
        + "<w:p/>" * (paragraphs // 2)
        + f"<w:p><w:r><w:t>{SENTENCE}</w:t></w:r></w:p>"
        + "<w:p/>" * (paragraphs // 2)
        + "</w:body></w:document>"
    )
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/'
            'vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
        ),
        "word/document.xml": body,
    }
    import io

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            z.writestr(name, text)
    return buffer.getvalue()


def pdf(content, pages=1):
    """Return a PDF of ``pages`` pages that all draw one deflated content stream."""
    packed = zlib.compress(content, 9)
    kids = " ".join(f"{5 + i} 0 R" for i in range(pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids.encode(), pages),
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed) + packed + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    objects += [
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R "
        b"/Resources << /Font << /F1 4 0 R >> >> >>"
    ] * pages
    out, offsets = b"%PDF-1.4\n", []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return out


TEXT = b"BT /F1 12 Tf 72 720 Td (Thu ngan sach dat 12 ty dong, tang 20%) Tj ET\n"
SHAPES = {  # name: (ending, maker of the n-times input)
    "docx-empty": ("docx", lambda n: docx(100_000 * n)),
    "pdf-inflate": ("pdf", lambda n: pdf(TEXT + b" " * (2_000_000 * n))),
    "pdf-shared": ("pdf", lambda n: pdf(TEXT, pages=250 * n)),
    "html-paragraphs": (
        "html",
        lambda n: (
            "<html><body>" + "<p>Dòng.</p>" * (50_000 * n) + f"<p>{SENTENCE}</p></body></html>"
        ).encode(),
    ),
    "text-blank": ("txt", lambda n: (SENTENCE + "\n" * (2_500_000 * n)).encode()),
}


def measure(path):
    """Return (seconds, peak MiB) of scanning one file as a whole process."""
    result = subprocess.run(
        ["/usr/bin/time", "-f", "%e %M", "khuyencong", "scan", path, "--format", "csv", "-q"],
        capture_output=True,
        text=True,
        check=False,
    )
    seconds, kib = result.stderr.strip().splitlines()[-1].split()
    return float(seconds), int(kib) / 1024


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=os.path.join(ROOT, "bench", "out"))
    ap.add_argument("--measure", action="store_true")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    written = {}
    for name, (ending, make) in SHAPES.items():
        for n in (1, 4):
            path = os.path.join(a.out, f"{name}-{n}x.{ending}")
            with open(path, "wb") as f:
                f.write(make(n))
            written[name, n] = path
    print(f"wrote {len(written)} inputs in {a.out}")
    if not a.measure:
        return 0
    print("| shape | 1x s | 4x s | time 4x/1x | 1x MiB | 4x MiB |")
    print("|---|---:|---:|---:|---:|---:|")
    for name in SHAPES:
        (t1, m1), (t4, m4) = measure(written[name, 1]), measure(written[name, 4])
        print(f"| {name} | {t1:.2f} | {t4:.2f} | {t4 / max(t1, 0.01):.1f} | {m1:.0f} | {m4:.0f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
