"""scan: the source report and short snippets, both notations, every wording."""

import csv
import io
import json
from decimal import Decimal

import pytest

from khuyencong.core.errors import KhuyenCongError
from khuyencong.text.notes import describe_finding
from khuyencong.text.scan import BASE_NOT_IN_TEXT, UNPAIRED, scan_text

from .conftest import SOURCE


def only(text, locale=None):
    found = scan_text(text, locale=locale).findings
    assert len(found) == 1, [(f.kind, f.reported) for f in found]
    return found[0]


def test_the_source_report():
    scanner = scan_text(SOURCE.read_text(encoding="utf-8"), "source")
    assert scanner.locale == "vi"
    got = {f.text: f for f in scanner.findings}
    assert list(got) == ["27,97%", "35,02%", "55,86%", "40,08%", "23,51%", "45,56%", "100%"]

    growth = got["27,97%"]
    assert (growth.kind, growth.status, growth.recomputed) == (
        "growth",
        "consistent",
        Decimal("27.97"),
    )
    assert [a.text for a in growth.operands] == ["108,989 tỷ đồng", "85,170 tỷ đồng"]
    assert got["35,02%"].status == "consistent"
    assert [a.written for a in got["35,02%"].operands] == [Decimal("44.485"), Decimal("32.946")]

    wrong = got["40,08%"]
    assert (wrong.kind, wrong.status, wrong.recomputed) == (
        "share",
        "inconsistent",
        Decimal("40.82"),
    )
    assert wrong.operands[1].written == Decimal("108.989")
    assert "the total its list is under" in wrong.note

    # local 2011 is the one figure in the interval 23,51% implies, derived from the list:
    # confirmed by that agreement, against its exact interval (85,170 − 32,946, ± 0,001)
    local = got["23,51%"]
    assert local.status == "consistent"
    assert local.reading.strength == "agreement"
    assert [a.text for a in local.operands] == ["64,504 tỷ đồng", "85,170 − 32,946 = 52,224"]
    assert (local.verdict.low, local.verdict.high) == (Decimal("23.51077"), Decimal("23.51742"))
    assert local.note.startswith("confirmed by agreement with 85,170 − 32,946 = 52,224")

    for text, low, high in (("55,86%", "79.628", "79.645"), ("45,56%", "141.563", "141.597")):
        assert got[text].status == BASE_NOT_IN_TEXT
        assert (got[text].implied.low, got[text].implied.high) == (Decimal(low), Decimal(high))
        assert got[text].candidates == []


def test_scan_command_on_the_source(run):
    table = run("scan", str(SOURCE))
    assert table.exit_code == 1
    assert "40,82%" in table.stdout and "inconsistent [4]" in table.stdout
    result = run("scan", str(SOURCE), "--format", "markdown")  # notes unwrapped
    assert result.exit_code == 1
    out = result.stdout
    for shown in (
        "27,97%",
        "35,02%",
        "40,08%",
        "40,82%",
        "23,51077%–23,51742%",
        "79,628–79,645",
        "141,563–141,597",
        "confirmed by agreement with 85,170 − 32,946 = 52,224 (line 8)",
        "108,989 tỷ đồng vs 85,170 tỷ đồng",
        "44,485 tỷ đồng of 108,989 tỷ đồng",
    ):
        assert shown in out, shown
    assert result.stderr == (
        "7 percentages in 1 file: 3 consistent, 3 base not in text, 1 inconsistent\n"
    )


def test_emitted_yaml_passes_verify_with_the_same_verdicts(run, tmp_path):
    draft = tmp_path / "draft.yaml"
    result = run("scan", str(SOURCE), "--emit-yaml", str(draft), "--format", "json")
    assert result.exit_code == 1
    scanned = {r["reported"]: r["verdict"] for r in json.loads(result.stdout)["rows"]}
    checked = run("verify", "--data", str(draft), "--format", "json")
    assert checked.exit_code == 1
    verified = {
        r["reported"]: r["verdict"]
        for r in json.loads(checked.stdout)["rows"]
        if r["kind"] in ("growth", "share")
    }
    assert verified == {
        27.97: "consistent",
        35.02: "consistent",
        55.86: "implied",
        40.08: "inconsistent",
        23.51: "consistent",
        45.56: "implied",
    }
    for value, verdict in verified.items():  # what scan decided, verify decides alike
        if scanned[value] in ("consistent", "inconsistent"):
            assert scanned[value] == verdict
        else:  # scan would not rule without the base in the text; verify derives it
            assert scanned[value] == BASE_NOT_IN_TEXT
    again = run("scan", str(SOURCE), "--emit-yaml", str(draft))
    assert again.exit_code == 2 and "already exists" in again.stderr


@pytest.mark.parametrize(
    "text, kind, reported, status, recomputed",
    [
        (
            "Doanh thu năm 2013 đạt 120,5 tỷ đồng, tăng 20,5% so với năm 2012 (100,0 tỷ đồng).",
            "growth",
            "20.5",
            "consistent",
            "20.5",
        ),
        (
            "Chi phí năm 2013 là 80 tỷ đồng, giảm 20% so với năm 2012 (100 tỷ đồng).",
            "growth",
            "-20",
            "consistent",
            "-20",
        ),
        (
            "Chi phí năm 2013 là 80 tỷ đồng, giảm 25% so với năm 2012 (100 tỷ đồng).",
            "growth",
            "-25",
            "inconsistent",
            "-20",
        ),
        (
            "Chi phí năm 2013 là 72,220 tỷ đồng, giảm 27,77% so với năm 2012 (100,000 tỷ đồng).",
            "growth",
            "-27.77",
            "consistent (truncated)",
            "-27.78",
        ),
        (
            "Giải ngân năm 2013 đạt 45 tỷ đồng, đạt 90% kế hoạch (50 tỷ đồng).",
            "rate",
            "90",
            "consistent",
            "90",
        ),
        (
            "Vốn năm 2013 là 60 tỷ đồng, bằng 120% so với cùng kỳ năm trước (50 tỷ đồng).",
            "ratio",
            "120",
            "consistent",
            "120",
        ),
        (
            "Dự án có vốn 1.234,5 triệu đồng, chiếm 0,06% của 2 nghìn tỷ đồng.",
            "share",
            "0.06",
            "consistent",
            "0.06",
        ),
        (
            "The 2012 budget was 108.989 billion VND, up 27.97% from 85.170 billion VND in 2011.",
            "growth",
            "27.97",
            "consistent",
            "27.97",
        ),
        (
            "National funds of 44.485 billion VND accounted for 40.08% of the total "
            "(108.989 billion VND).",
            "share",
            "40.08",
            "inconsistent",
            "40.82",
        ),
        (
            "Spending fell to 1,250.5 billion VND in 2013, down 5.2% from 1,319.1 billion VND.",
            "growth",
            "-5.2",
            "consistent",
            "-5.2",
        ),
        (
            "Exports fell 3.5% to 96.5 billion VND in 2013 from 100 billion VND in 2012.",
            "growth",
            "-3.5",
            "consistent",
            "-3.5",
        ),
        (
            "Xuất khẩu năm 2013 giảm 3,5% xuống còn 96,5 tỷ đồng so với năm 2012 (100 tỷ đồng).",
            "growth",
            "-3.5",
            "consistent",
            "-3.5",
        ),
        (
            "The budget was VND 108.989 billion in 2012, an increase of 27.97% over 2011 "
            "(VND 85.170 billion).",
            "growth",
            "27.97",
            "consistent",
            "27.97",
        ),
        (
            "Revenue reached 1,200 million VND in 2013, 95% of the plan (1,263 million VND).",
            "rate",
            "95",
            "consistent",
            "95",
        ),
    ],
)
def test_snippets(text, kind, reported, status, recomputed):
    f = only(text)
    assert (f.kind, f.reported, f.status, f.recomputed) == (
        kind,
        Decimal(reported),
        status,
        Decimal(recomputed),
    )


def test_a_ratio_to_last_year_is_not_a_growth():
    f = only("Vốn năm 2013 là 60 tỷ đồng, bằng 120% so với cùng kỳ.")
    assert (f.kind, f.status) == ("ratio", BASE_NOT_IN_TEXT)
    assert f.implied.value == Decimal("50")  # 120% of last year, not last year plus 120%
    assert "Vốn năm 2012" in describe_finding(f, "vi")


def test_a_rate_against_a_plan_is_never_checked_against_another_item():
    found = scan_text(
        "Tổng vốn năm 2013 là 200 tỷ đồng. Trong đó: vốn A là 45 tỷ đồng, "
        "đạt 90% kế hoạch; vốn B là 155 tỷ đồng, chiếm 77,5% tổng vốn."
    ).findings
    rate, share = found
    assert (rate.kind, rate.status, rate.candidates) == ("rate", BASE_NOT_IN_TEXT, [])
    assert rate.implied.value == Decimal("50")
    assert "no amount in the text fits" in describe_finding(rate, "vi")
    assert (share.status, share.recomputed) == ("consistent", Decimal("77.5"))


def test_a_hedged_amount_is_said():
    f = only("Tổng vốn năm 2013 khoảng 100 tỷ đồng, tăng 10% so với năm 2012 (90,9 tỷ đồng).")
    assert f.status == "consistent"
    assert "rests on a hedged amount (khoảng 100 tỷ đồng)" in f.note


def test_a_share_whose_whole_is_only_words_tries_the_amounts_of_its_year():
    f = only(
        "Năm 2012 tổng vốn là 200 tỷ đồng; vốn địa phương là 50 tỷ đồng, "
        "chiếm 25% tổng nguồn lực toàn quốc."
    )
    assert f.status == BASE_NOT_IN_TEXT
    assert f.candidates == ["200 tỷ đồng"]


def test_unpaired_percentages_are_listed():
    f = only("Lãi suất cho vay bình quân còn 5%.")
    assert (f.kind, f.status) == (None, UNPAIRED)


def test_a_proportion_with_no_amounts_lacks_its_whole():
    # "Tỷ lệ …" says it is a share; the text gives neither of its amounts
    f = only("Tỷ lệ hộ nghèo còn 5%.")
    assert (f.kind, f.status) == ("share", BASE_NOT_IN_TEXT)


def test_numbers_that_are_neither_money_nor_counts_are_not_amounts():
    scanner = scan_text(
        "Hội nghị 28 tỉnh, thành phố theo Nghị định số 45/2012/NĐ-CP, "
        "tổng vốn năm 2012 là 10 tỷ đồng."
    )
    # a decree's number and a year are no amounts; the provinces are counted
    assert [(a.text, a.unit) for a in scanner.amounts()] == [
        ("28 tỉnh, thành phố", "provinces"),
        ("10 tỷ đồng", "VND"),
    ]


def test_scan_reads_stdin_and_writes_every_format(run):
    text = "Chi phí năm 2013 là 80 tỷ đồng, giảm 25% so với năm 2012 (100 tỷ đồng)."
    result = run("scan", "-", "--format", "csv", input=text.encode("utf-8"))
    assert result.exit_code == 1
    rows = list(csv.DictReader(io.StringIO(result.stdout), delimiter=";"))  # vi: ';' for Excel
    assert (rows[0]["reported"], rows[0]["recomputed"], rows[0]["verdict"]) == (
        "-25",
        "-20",
        "inconsistent",
    )
    assert json.loads(run("scan", "-", "--format", "json", input=text.encode()).stdout)["rows"]
    assert "| line 1 |" in run("scan", "-", "--format", "markdown", input=text.encode()).stdout


def test_scan_a_folder(run, tmp_path):
    (tmp_path / "a.txt").write_text(
        "Vốn năm 2013 là 60 tỷ đồng, tăng 20% so với năm 2012 (50 tỷ đồng).", encoding="utf-8"
    )
    (tmp_path / "b.md").write_text(
        "Vốn năm 2013 là 60 tỷ đồng, tăng 25% so với năm 2012 (50 tỷ đồng).", encoding="utf-8"
    )
    (tmp_path / "skip.csv").write_text("x", encoding="utf-8")
    result = run("scan", str(tmp_path), "--format", "json")
    assert result.exit_code == 1
    files = [r["file"] for r in json.loads(result.stdout)["rows"]]
    assert [f.rsplit("/", 1)[-1] for f in files] == ["a.txt", "b.md"]
    assert result.stderr == "2 percentages in 2 files: 1 consistent, 1 inconsistent\n"


@pytest.mark.parametrize(
    "args, message",
    [
        (["missing.txt"], "no such file"),
        (["a", "b", "--emit-yaml", "x.yaml"], "--emit-yaml takes one input file"),
    ],
)
def test_scan_bad_input(run, tmp_path, args, message):
    result = run(
        "scan", *[str(tmp_path / a) if not a.startswith("-") and a != "x.yaml" else a for a in args]
    )
    assert result.exit_code == 2
    assert message in result.stderr


from hypothesis import example, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

PIECES = [
    "tăng",
    "giảm",
    "chiếm",
    "đạt",
    "bằng",
    "so với",
    "kế hoạch",
    "cùng kỳ",
    "Trong đó:",
    "năm 2012",
    "năm 2011",
    "(",
    ")",
    ",",
    ";",
    ". ",
    "\n",
    "%",
    "tỷ đồng",
    "triệu",
    "nghìn tỷ",
    "khoảng",
    "108,989",
    "0",
    "1.234,5",
    "-5",
    "up",
    "billion VND",
    " ",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40).map(" ".join))
def test_any_text_scans_without_error(text):
    scanner = scan_text(text)
    for f in scanner.findings:
        describe_finding(f, scanner.locale)
    try:
        scanner.document()
    except KhuyenCongError as e:
        assert "no amounts found" in str(e)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40).map(" ".join))
@example("tăng năm 2012 billion VND năm 2012 %")  # a growth whose base year no series has
@example("chiếm năm 2012 billion VND -5 %")  # a share written negative: no claim of it
def test_every_emitted_draft_is_a_valid_data_file(tmp_path_factory, text):
    from khuyencong.datafile.dataset import open_dataset
    from khuyencong.datafile.dump import yaml_text
    from khuyencong.results.rows import verify_rows

    try:
        doc = scan_text(text, "t.txt").document()
    except KhuyenCongError as e:  # nothing with a year to draft from
        assert "no amounts found" in str(e)
        return
    path = tmp_path_factory.mktemp("emit") / "draft.yaml"
    path.write_text(yaml_text(doc), encoding="utf-8")
    verify_rows(open_dataset(path))


def test_an_english_report_with_a_list():
    scanner = scan_text(
        "The total budget for 2012 was VND 108.989 billion, an increase of 27.97% over 2011 "
        "(VND 85.170 billion). Of which, national funds were VND 44.485 billion, up 35.02% on "
        "2011 (VND 32.946 billion), accounting for 40.08% of the regional budget; local funds "
        "were VND 64.504 billion, up 23.51% on 2011."
    )
    assert scanner.locale == "en"
    statuses = [(f.text, f.status) for f in scanner.findings]
    assert statuses == [
        ("27.97%", "consistent"),
        ("35.02%", "consistent"),
        ("40.08%", "inconsistent"),
        ("23.51%", "consistent"),
    ]
    local = scanner.findings[-1]
    assert local.note.startswith("confirmed by agreement with 85.170 − 32.946 = 52.224")
    assert describe_finding(local, "en").startswith(
        "VND 64.504 billion vs 85.170 − 32.946 = 52.224; confirmed by agreement"
    )
    alone = scan_text("Local funds were VND 64.504 billion in 2012, up 23.51% on 2011.")
    assert alone.findings[0].status == BASE_NOT_IN_TEXT  # nothing to agree with
    assert "Local funds in 2011 ≈ 52.226 billion VND" in describe_finding(alone.findings[0], "en")


def test_a_period_is_read_before_its_comparison():
    from khuyencong.text.context import period

    assert period("Tháng 8, tổng trị giá xuất nhập khẩu đạt") == ("month", 8)
    assert period("Cộng dồn 8 tháng đầu năm, kim ngạch") == ("to", 8)
    assert period("Lũy kế tới hết tháng 9/2020, đơn vị thu được") == ("to", 9)
    assert period("Riêng quý III/2020, Hải quan") == ("quarter", 3)
    assert period("Cả năm 2020, khu vực kinh tế trong nước đạt") == ("year", 2020)
    assert period("Exports in the first quarter reached") == ("quarter", 1)
    assert period("Rice exports in the first 10 months reached") == ("to", 10)
    assert period("in the first ten months") == ("to", 10)
    assert period("đạt 5 tỷ đồng, tăng 3% so với tháng 7/2020") is None


def test_a_list_opened_mid_sentence_and_a_hedged_total():
    found = scan_text(
        "Tổng vốn đầu tư năm 2014 đạt hơn 1.200 tỷ đồng, trong đó vốn ngân sách là "
        "350 tỷ đồng, chiếm 29,2%; vốn doanh nghiệp 850 tỷ đồng, chiếm 70,8%."
    ).findings
    assert [(f.status, f.recomputed) for f in found] == [
        ("consistent", Decimal("29.2")),
        ("consistent", Decimal("70.8")),
    ]
    assert all("rests on a hedged amount (hơn 1.200 tỷ đồng)" in f.note for f in found)


def test_standard_input_is_named_plainly(run):
    text = "Chi phí là 80 tỷ đồng, giảm 25% so với năm 2012 (100 tỷ đồng)."
    result = run("scan", "-", "--format", "csv", input=text.encode("utf-8"))
    assert result.stdout.splitlines()[1].startswith("<stdin>;")


def test_a_run_of_many_files_has_one_notation_and_each_note_its_own(run, tmp_path):
    # the figures of a run in one notation: --locale's, else the first file's; a note
    # quotes its own file's amounts, so its numbers stay in that file's notation
    vi, en = tmp_path / "vi.txt", tmp_path / "en.txt"
    vi.write_text(
        "Tổng thu là 108,989 tỷ đồng. Thu nội địa đạt 100 tỷ đồng, bằng 91,8% dự toán.", "utf-8"
    )
    en.write_text("Spending fell 20.5% to 79.5 billion VND from 100 billion VND.", "utf-8")
    vi_first = run("scan", str(vi), str(en), "--format", "csv").stdout.splitlines()
    en_first = run("scan", str(en), str(vi), "--format", "csv").stdout.splitlines()
    assert vi_first[0].startswith("file;line;") and en_first[0].startswith("file,line,")
    vi_row = next(line for line in vi_first if "vi.txt;" in line)
    en_row = next(line for line in vi_first if "en.txt;" in line)
    assert ";91,8;%;" in vi_row and ";-20,5;%;" in en_row  # the run's notation: vi
    assert '"79.5 billion VND vs 100 billion VND;' in en_row  # the note: its file's
    vi_row = next(line for line in en_first if "vi.txt," in line)
    assert ",91.8,%," in vi_row  # the run's notation: en
    assert "agrees with 108,989 tỷ đồng" in vi_row  # the note: its file's


def test_a_draft_counts_what_it_left_out_in_the_right_number():
    from khuyencong.text.draft import draft_document

    one = scan_text(
        "Thu năm 2012 đạt 108,989 tỷ đồng, tăng 27,97% so với năm 2011 (85,170 tỷ đồng). "
        "Xuất khẩu đạt 5 triệu tấn, tăng 10% so với năm 2011 (4,5 triệu tấn)."
    )
    note = draft_document(one)["source"]["note"]
    assert "; 1 finding not drafted" in note


@pytest.mark.parametrize(
    "text",
    [
        "Tỷ lệ đạt " + "9" * 5000 + "% kế hoạch.",
        "Revenue rose " + "9" * 5000 + "% to 12 billion VND from 10 billion VND.",
        "Thu ngân sách đạt " + "1" * 5000 + " tỷ đồng, tăng 5% so với năm 2022 (10 tỷ đồng).",
    ],
)
def test_a_run_of_thousands_of_digits_is_no_figure(run, tmp_path, text):
    path = tmp_path / "digits.txt"
    path.write_text(text, encoding="utf-8")
    result = run("scan", str(path))
    assert result.exit_code == 0, result.stderr


@pytest.mark.parametrize(
    "whole, part, holds",
    [
        (("to", 11), ("month", 11), True),
        (("to", 11), ("quarter", 3), True),
        (("to", 11), ("to", 6), True),
        (("to", 10), ("month", 11), False),
        (("to", 6), ("quarter", 3), False),
        (("year", 2024), ("month", 11), False),  # a year said may be last year's
        (("month", 11), ("to", 11), False),
        (None, ("month", 3), True),
    ],
)
def test_the_months_to_date_hold_a_month_quarter_or_fewer_months(whole, part, holds):
    from khuyencong.text.periods import holds as holds_it

    assert holds_it(whole, part) is holds


def test_a_multiple_and_a_change_in_points_are_shown_in_their_own_units(run):
    text = (
        "Kim ngạch nhập khẩu từ Trung Quốc đạt 13,6 tỷ USD, gấp 2,4 lần nhập khẩu từ Hàn Quốc "
        "(6,2 tỷ USD).\n\nTỷ lệ hộ nghèo giảm từ 3,25% xuống còn 2,41%, giảm 0,94 điểm phần "
        "trăm.\n"
    )
    table = run("scan", "-", input=text.encode("utf-8")).stdout
    assert "2,4×" in table and "2,2×" in table and "2,4%" not in table
    assert "-0,94 pp" in table and "-0,84 pp" in table
    rows = json.loads(run("scan", "-", "--format", "json", input=text.encode()).stdout)["rows"]
    units = {r["kind"]: (r["reported_unit"], r.get("unit")) for r in rows if r.get("unit")}
    assert units["times"] == ("×", "×") and units["points"] == ("pp", "pp")
