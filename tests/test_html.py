"""The annotated report (``scan --html``, ``verify --html``): what the page holds, that it is
safe with a hostile report, and that it is written like every other output. The same pages
are opened in a real browser in test_html_browser.py."""

import base64
import hashlib
import json
import re

import pytest

from .conftest import CORPUS, SOURCE

HOSTILE = (
    "Báo cáo <script>document.title='pwned';window.pwned=1</script> tháng 10\n"
    "Thu ngân sách đạt 120 tỷ đồng, tăng 20% so với cùng kỳ (100 tỷ đồng). "
    '<img src=x onerror="window.pwned=2"> Xem [chi tiết](javascript:alert(1)) và '
    '<a href="javascript:window.pwned=3">đây</a>; <style>body{display:none}</style> '
    "Chi đầu tư đạt 60 tỷ đồng, tăng 30% so với cùng kỳ (50 tỷ đồng).\n"
)


def _page(run, tmp_path, *args, name="out.html"):
    out = tmp_path / name
    result = run(*args, "--html", str(out))
    assert result.exit_code in (0, 1), result.stderr
    return out.read_text(encoding="utf-8"), result


def test_scan_html_marks_every_finding_with_its_verdict(run, tmp_path):
    page, result = _page(run, tmp_path, "scan", str(SOURCE), "-q")
    rows = json.loads(run("scan", str(SOURCE), "--format", "json").stdout)["rows"]
    marks = re.findall(r'<a class="m (\w+)" id=1-(\d+) href=#1-(\d+)>', page)
    assert [int(n) for _css, n, _h in marks] == list(range(1, len(rows) + 1))
    assert all(n == h for _c, n, h in marks)  # each mark is its own target: its card opens
    css = {"consistent": "ok", "inconsistent": "bad", "base not in text": "nb"}
    assert [c for c, _n, _h in marks] == [css[r["verdict"]] for r in rows]
    # a symbol as well as the colour (greyscale, print), and the word for a screen reader
    assert '.m.bad::after{content:"✗";content:"✗"/" inconsistent"}' in page
    assert "wrote " in result.stderr and "(annotated report, 7 percentages)" in result.stderr


def test_the_card_of_the_seed_s_error_says_what_would_make_it_true(run, tmp_path):
    page, _r = _page(run, tmp_path, "scan", str(SOURCE), "-q")
    card = re.search(r"id=1-4 href=#1-4>40,08%</a><span class=c>(.*?)</span>", page)[1]
    fields = dict(re.findall(r"<i class=f(\w)>(.*?)</i>", card))
    # in the text's own notation, with the words in the language in use
    assert fields["r"] == "40,08%"
    assert fields["c"] == "40,82% = 44,485 / 108,989"
    assert fields["i"] == "40,81539% – 40,81670%"
    assert fields["f"] == (
        "off by -0,74 percentage points (-74 units of 0,01); 40,08% would need a whole of "
        "110,991 tỷ đồng (110,975–111,006) or a part of 43,683 tỷ đồng (43,677–43,689)"
    )
    assert fields["w"] == "against the total its list is under (Trong đó / gồm / Cụ thể)"
    # the labels, once for the page
    assert '.c>.fi::before{content:"Exact interval"}' in page
    assert '.c>.ff::before{content:"What would make it true"}' in page
    # its figures are marked
    assert "<u>44,485 tỷ đồng</u>" in page and "<u>108,989 tỷ đồng</u>" in page
    # first in the list of problems, linked to its place
    problems = page[page.index('<ol class="problems">') :]
    assert problems.index('href="#1-4"') < problems.index("</ol>")
    # a percentage whose whole is not in the text: what it implies
    implied = re.search(r"id=1-3 href=#1-3>55,86%</a><span class=c>(.*?)</span>", page)[1]
    assert implied == (
        "<i class=fr>55,86%</i><i class=fm>≈ 79,637 tỷ đồng (79,628–79,645); no amount in "
        "the text fits</i>"
    )
    # a base the list derives, the one figure that fits: confirmed, and said how
    agreed = re.search(r"id=1-5 href=#1-5>23,51%</a><span class=c>(.*?)</span>", page)[1]
    assert agreed == (
        "<i class=fr>23,51%</i><i class=fc>23,51% = 64,504 / 52,224 − 1</i>"
        "<i class=fi>23,51077% – 23,51742%</i><i class=fw>confirmed by agreement with "
        "85,170 − 32,946 = 52,224 (line 8): the only figure of the text in the interval it "
        "implies</i>"
    )


def test_scan_html_in_vietnamese(run, tmp_path):
    page, _r = _page(run, tmp_path, "scan", str(SOURCE), "--locale", "vi", "-q")
    assert '<html lang="vi">' in page
    assert "Tỷ lệ không khớp" in page and "Chỉ hiện chỗ có vấn đề" in page
    assert '.m.bad::after{content:"✗";content:"✗"/" không khớp"}' in page
    assert '.c>.fc::before{content:"Tính lại"}' in page
    assert "<i class=fc>40,82% = 44,485 / 108,989</i>" in page
    assert "<small>dòng 8</small>" in page  # places in Vietnamese, like the table's
    assert '<a href="#1-4">dòng 8 — 40,08% ✗, tính lại 40,82%</a>' in page
    assert "một số viết 108,989 có thể là bất kỳ giá trị nào từ 108,9885 đến 108,9895" in page


def test_the_page_loads_nothing_and_runs_nothing(run, tmp_path):
    page, _r = _page(run, tmp_path, "scan", str(SOURCE), "-q")
    csp = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', page)[1]
    assert csp.startswith("default-src 'none'; style-src 'sha256-")
    style = re.search(r"<style>(.*?)</style>", page, re.S)[1]
    digest = base64.b64encode(hashlib.sha256(style.encode()).digest()).decode()
    assert f"'sha256-{digest}'" in csp  # the one style sheet, by hash
    assert "<script" not in page and "javascript:" not in page
    assert not re.search(r"(?:src|href)=(?!\"?#)", page)  # every link stays in the page
    assert "http://" not in page and "https://" not in page and "@import" not in page


def test_a_hostile_report_shows_as_text(run, tmp_path):
    report = tmp_path / "hostile.txt"
    report.write_text(HOSTILE, encoding="utf-8")
    page, _r = _page(run, tmp_path, "scan", str(report), "-q")
    body = page[page.index("<body") :]
    for raw in ("<script>", "<img", ' onerror="', "<style>body", 'href="javascript'):
        assert raw not in body
    assert "&lt;script&gt;document.title=&#39;pwned&#39;" in body
    assert "&lt;img src=x onerror=&#34;window.pwned=2&#34;&gt;" in body
    assert "[chi tiết](javascript:alert(1))" in body  # as text
    assert body.count('<a class="m ok"') == 1 and body.count('<a class="m bad"') == 1


def test_the_html_file_is_never_clobbered(run, tmp_path):
    out = tmp_path / "report.html"
    out.write_text("keep me", encoding="utf-8")
    refused = run("scan", str(SOURCE), "--html", str(out))
    assert refused.exit_code == 2
    assert refused.stderr == (f"Error: {out}: already exists; use --force to overwrite it\n")
    assert refused.stdout == ""  # refused before the scan, not after
    assert out.read_text(encoding="utf-8") == "keep me"
    forced = run("scan", str(SOURCE), "--html", str(out), "--force", "-q")
    assert forced.exit_code == 1
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]  # no temp file left
    missing = run("verify", "--html", str(tmp_path / "no" / "such" / "x.html"))
    assert missing.exit_code == 2 and "does not exist" in missing.stderr


def test_many_files_in_workers_give_the_same_page(run, tmp_path):
    names = sorted(CORPUS.glob("*.txt"))[:6]
    one, _r = _page(run, tmp_path, "scan", *map(str, names), "--jobs", "1", "-q", name="a.html")
    two, _r = _page(run, tmp_path, "scan", *map(str, names), "--jobs", "2", "-q", name="b.html")
    assert one == two
    assert [f'<h2 id="doc{i}">' in one for i in range(1, 7)] == [True] * 6
    assert "<h1>6 files: 001.txt, 002.txt, 003.txt, 004.txt, 005.txt, …</h1>" in one
    assert '<li><a href="#1-' in one  # the problems list names each finding's file
    assert re.search(r'<li><a href="#\d+-\d+">00\d\.txt: line \d+ — ', one)


def test_the_page_costs_a_bounded_amount_per_percentage(run, tmp_path):
    """The development corpus is the densest real text there is: a percentage every 114
    bytes (a report has one every one or two thousand). Its page is the text, marked, plus
    at most 240 bytes for each percentage's mark and card (the card's words are the notes
    every output gives), and so within 3.2× the text."""
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt")))
    report = tmp_path / "all.txt"
    report.write_text(text, encoding="utf-8")
    page, _r = _page(run, tmp_path, "scan", str(report), "-q")
    rows = json.loads(run("scan", str(report), "--format", "json").stdout)["rows"]
    size, source = len(page.encode()), len(text.encode())
    assert source > 50_000 and len(rows) > 500
    assert size - source <= 240 * len(rows), (size, source, len(rows))
    assert size <= 3.2 * source, (size, source)


def test_verify_html_holds_claims_quotes_sums_and_series(run, tmp_path):
    page, result = _page(run, tmp_path, "verify", "--quiet")
    assert result.exit_code == 1
    claims = re.findall(r'<article class="claim( x)?" id="c(\d+)">', page)
    assert [n for _x, n in claims] == ["1", "2", "3", "4", "5", "6"]
    assert [bool(x) for x, _n in claims] == [False, False, False, True, False, False]
    # the quote, with its percentage marked where it is written
    assert '<mark class="m bad">40,08%</mark>' in page
    assert "<td>52.224*</td>" in page and '<th scope="col">2012</th>' in page
    assert "<i class=fc>40.82% = 44.485 / 108.989</i>" in page
    assert "no figure in the data matches" in page  # verify's data are searched
    assert 'href="#c4"' in page
    vi, _r = _page(run, tmp_path, "verify", "--locale", "vi", "-q", name="vi.html")
    assert "tỷ trọng national / total 2012 <span" in vi  # the kind is a word to translate


def test_merge_keeps_percentages_over_amounts_and_names_shared_figures():
    from khuyencong.results.report import _cut, _merge

    marks = _merge(
        [
            (10, 20, "op", [1]),
            (30, 35, "pct", [1]),
            (10, 20, "op", [2]),
            (33, 40, "op", [2]),  # overlaps the percentage: dropped
        ]
    )
    assert marks == [(10, 20, "op", [1, 2]), (30, 35, "pct", [1])]
    text = "0123456789" * 5
    parts = _cut(text, marks)
    assert parts == [
        "0123456789",
        {"text": "0123456789", "kind": "op", "numbers": [1, 2]},
        "0123456789",
        {"text": "01234", "kind": "pct", "numbers": [1]},
        "567890123456789",
    ]
    assert "".join(p if isinstance(p, str) else p["text"] for p in parts) == text


@pytest.mark.parametrize("locale", ["en", "vi"])
def test_every_word_of_the_page_is_in_the_catalog(run, tmp_path, locale):
    page, _r = _page(run, tmp_path, "verify", "--locale", locale, "-q")
    if locale == "vi":
        for english in ("Reported", "Recomputed", "What the marks mean", "Claims", "Series"):
            assert f">{english}<" not in page and f'"{english}"' not in page
    else:
        assert '.c>.fr::before{content:"Reported"}' in page


def test_a_pdf_s_page_shows_with_its_places(run, tmp_path):
    from .test_documents import make_pdf

    pdf = tmp_path / "report.pdf"
    make_pdf(
        pdf,
        [
            "Thu ngân sách đạt 120 tỷ đồng, tăng 30% so với cùng kỳ (100 tỷ đồng).",
            "Chi đầu tư đạt 60 tỷ đồng, tăng 20% so với cùng kỳ (50 tỷ đồng).",
        ],
    )
    page, result = _page(run, tmp_path, "scan", str(pdf), "--locale", "vi", "-q")
    assert result.exit_code == 1
    assert re.findall(r"<small>(trang 1, dòng \d+)</small>", page) == [
        "trang 1, dòng 1",
        "trang 1, dòng 2",
    ]
    assert '<a class="m bad" id=1-1 href=#1-1>30%</a>' in page
    assert '<a class="m ok" id=1-2 href=#1-2>20%</a>' in page


@pytest.mark.parametrize(
    "args",
    [
        ["verify", "--html", ""],
        ["scan", str(SOURCE), "--html", " "],
        ["scan", str(SOURCE), "--emit-yaml", ""],
        ["export", "-o", ""],
        ["chart", "-o", ""],
    ],
)
def test_an_empty_file_name_is_refused_not_taken_for_no_file(run, args):
    out = run(*args)
    assert out.exit_code == 2 and out.stdout == ""
    assert out.stderr.splitlines()[-1].endswith(" needs a file name")


def test_a_page_names_its_files_without_their_folders(run, tmp_path):
    from .conftest import SOURCE

    verify_page, _v = _page(run, tmp_path, "verify", name="v.html")
    assert '<p class="sub">khuyencong verify · budget_2012.yaml</p>' in verify_page
    assert str(tmp_path) not in verify_page and "/data/" not in verify_page
    scan_page, _s = _page(run, tmp_path, "scan", str(SOURCE), name="s.html")
    assert f'<p class="sub">khuyencong scan · {SOURCE.name}</p>' in scan_page
