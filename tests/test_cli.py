"""The command contract: exit codes, stdout and stderr asserted separately."""

import json
import re

import pytest

from .conftest import DATA

ANSI = re.compile(r"\x1b\[")


def test_summary_shows_every_figure_of_the_report(run):
    result = run("summary")
    assert result.exit_code == 0
    assert result.stderr == ""
    for figure in (
        "108.989",
        "85.170",
        "44.485",
        "32.946",
        "64.504",
        "52.224*",
        "27.97",
        "35.02",
        "23.51",
        "40.82",
        "tỷ đồng",
        "Kinh phí khuyến công địa phương",
    ):
        assert figure in result.stdout
    assert not ANSI.search(result.stdout)


def test_summary_in_vietnamese_notation(run):
    out = run("summary", "--locale", "vi").stdout
    for figure in ("108,989", "85,170", "52,224*", "27,97", "40,82"):
        assert figure in out
    assert "108.989" not in out


def test_summary_lines_never_break_a_number(run, monkeypatch):
    monkeypatch.setenv("COLUMNS", "40")  # narrower than the table's numbers need
    out = run("summary").stdout
    row = next(line for line in out.splitlines() if line.strip().startswith("national"))
    assert re.search(r"32\.946\s+44\.485\s+11\.539\s+35\.02\s+40\.82", row)


@pytest.mark.parametrize(
    "args, code, shown",
    [
        (["growth", "108.989", "85.170", "27.97"], 0, "consistent: growth reported 27.97%"),
        (["growth", "108.989", "85.170", "27.96"], 0, "consistent (truncated)"),
        (["growth", "--rounding", "half-up", "108.989", "85.170", "27.96"], 1, "inconsistent"),
        (
            ["growth", "--rounding", "truncate", "108.989", "85.170", "27.97"],
            1,
            "recomputed 27.96%",
        ),
        (["growth", "108.989", "85.170", "27.95"], 1, "inconsistent"),
        (["growth", "108.989", "85.170", "27.98"], 1, "inconsistent"),
        (["share", "44.485", "108.989", "40.08"], 1, "recomputed 40.82%"),
        (["share", "national", "total", "40.08"], 1, "recomputed 40.82%"),
        (["growth", "local", "23.51"], 0, "[local@2012, local@2011 = total − national]"),
        (["growth", "--locale", "vi", "108,989", "85,170", "27,97%"], 0, "27,97%"),
        (["sum", "108.989", "44.485", "64.504"], 0, "consistent: 44.485 + 64.504 = 108.989"),
        (["sum", "total", "national", "local"], 0, "consistent"),
        (["growth", "--", "95", "100", "-5"], 0, "reported -5%"),
        (["growth", "95", "100", "-5"], 0, "reported -5%"),
        (["growth", "total@2012", "total@2011", "27.97"], 0, "consistent"),
        (["growth", "total", "--from", "2011", "--to", "2012", "27.97"], 0, "consistent"),
    ],
)
def test_check_exit_codes(run, args, code, shown):
    result = run("check", *args)
    assert result.exit_code == code, result.output
    assert shown in result.stdout
    assert result.stderr == ""


def test_check_inconsistent_explains_the_gap_and_the_fix(run):
    out = run("check", "share", "44.485", "108.989", "40.08").stdout
    assert out.splitlines()[1] == (
        "  off by -0.74 percentage points (-74 units of 0.01); 40.08% would need a whole of "
        "110.991 (110.975–111.006; no figure in the data matches) or a part of 43.683 "
        "(43.677–43.689; no figure in the data matches)"
    )


@pytest.mark.parametrize(
    "args, message",
    [
        (["growth", "108,989", "85,170", "27.97"], "has a comma: use --locale vi"),
        (["share", "1", "0", "50"], "can be zero"),
        (["growth", "abc@x", "1", "2"], "neither a number nor a series"),
        (["growth", "nosuch", "5"], "no series named 'nosuch'"),
        (["growth", "total@2010", "total", "5"], "has no figure for 2010"),
        (["growth", "1", "2"], "first must be a series name"),
        (["growth", "1", "2", "3", "4"], "expected NEW OLD REPORTED"),
        (["share", "1", "2", "x"], "reported percentage: 'x' is not a number"),
    ],
)
def test_check_bad_input_is_one_line_and_exit_2(run, args, message):
    result = run("check", *args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert message in result.stderr
    assert result.stderr.startswith("Error: ")
    assert result.stderr.count("\n") == 1


def test_check_json(run):
    result = run("check", "share", "national", "total", "40.08", "--format", "json")
    doc = json.loads(result.stdout)
    assert result.exit_code == 1
    assert doc["verdict"] == "inconsistent"
    assert doc["recomputed"] == 40.82
    assert doc["gap_units"] == -74
    assert [n["role"] for n in doc["needed"]] == ["whole", "part"]
    assert '"low": 40.81539' in result.stdout  # written digits, not a float's


def test_verify_finds_40_08_against_40_82(run):
    result = run("verify")
    assert result.exit_code == 1
    row = next(line for line in result.stdout.splitlines() if "40.08%" in line)
    assert "40.82%" in row and "inconsistent" in row
    assert result.stderr == (
        "6 claims, 1 sum checked: 4 consistent, 1 inconsistent, 2 implied, 1 derived\n"
    )
    for implied in ("79.628–79.645", "141.563–141.597", "52.223–52.225"):
        assert implied in result.stdout


def test_verify_half_up_marks_nothing_else(run):
    result = run("verify", "--rounding", "half-up", "--format", "json")
    verdicts = [r["verdict"] for r in json.loads(result.stdout)["rows"]]
    assert verdicts == [
        "consistent",
        "consistent",
        "implied",
        "inconsistent",
        "consistent",
        "implied",
        "consistent",
        "derived",
    ]


def test_help_and_version(run):
    for args in (["-h"], ["--help"], ["check", "-h"], ["verify", "--help"]):
        result = run(*args)
        assert result.exit_code == 0
        assert "Usage:" in result.stdout
    assert "khuyencong summary" in run("--help").stdout
    assert "108.989 85.170 27.97" in run("check", "growth", "--help").stdout
    version = run("--version")
    assert re.fullmatch(r"khuyencong \d+\.\d+\.\d+\S*\n", version.stdout)


def test_data_option_reads_another_file(run, write_data):
    from .conftest import MINIMAL

    path = write_data(MINIMAL)
    result = run("summary", "--data", path, "--format", "csv")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[1] == "total,Tổng,85.170,108.989,23.819,27.97,,"
    assert run("check", "growth", "total", "27.97", "--data", path).exit_code == 0


def test_bundled_data_path_is_the_checkout_file_in_an_editable_install():
    from khuyencong.datafile.bundled import default_data_path

    assert default_data_path() == str(DATA)


def test_a_zero_share_of_an_unknown_whole_gives_no_verdict(run, write_data):
    path = write_data(
        "unit: x\nseries:\n  a: {label: A, values: {2012: 1.0}}\n  b: {label: B}\n"
        "claims:\n  - {share: a, of: b, year: 2012, reported: 0}\n"
    )
    result = run("verify", "--data", path, "--format", "json")
    assert result.exit_code == 0
    row = json.loads(result.stdout)["rows"][0]
    assert (row["verdict"], row["note"]) == (
        "no verdict",
        "b@2012 cannot be implied: a share this close to 0% fits any whole",
    )
    assert result.stderr == "1 claim, 0 sums checked: 1 no verdict\n"


def test_truncate_mode_says_what_rounding_would_give(run):
    out = run("check", "growth", "--rounding", "truncate", "108.989", "85.170", "27.96").stdout
    assert out.splitlines() == [
        "consistent (truncated): growth reported 27.96%, recomputed 27.96% (108.989 / 85.170 "
        "− 1 lies in 27.96508% – 27.96776%)",
        "  27.96% is the exact value cut (not rounded) to 2 decimals, a common style in "
        "Vietnamese reports; rounded it would be 27.97%",
    ]


def test_a_big_table_says_the_data_formats_are_faster(run, monkeypatch):
    from khuyencong.cli import emit as cli

    monkeypatch.setattr(cli, "BIG_TABLE", 5)
    result = run("verify")
    assert result.stderr.splitlines()[0] == (
        "khuyencong: laying out a table of 8 rows takes a while; --format csv, json or "
        "markdown writes them far faster"
    )
    assert "khuyencong: laying out" not in run("verify", "--format", "csv").stderr
    monkeypatch.setattr(cli, "BIG_TABLE", 8)
    assert "khuyencong: laying out" not in run("verify").stderr


def test_an_empty_result_is_one_line_and_the_exit_code_counts_all(run, tmp_path):
    empty = run("verify", "--only", "truncated")
    assert (
        empty.stdout == "no claim has the verdicts asked for (--only); the tally counts them all\n"
    )
    assert empty.exit_code == 1  # the seed's 40,08% is inconsistent, shown or not
    shown = run("verify", "--only", "consistent")
    assert shown.exit_code == 1 and "40.08%" not in shown.stdout
    none = tmp_path / "none.txt"
    none.write_text("Không có con số nào ở đây.", encoding="utf-8")
    result = run("scan", str(none))
    assert (result.exit_code, result.stdout) == (0, "no percentages found\n")
    vi = run("scan", str(none), "--locale", "vi")
    assert vi.stdout == "không tìm thấy tỷ lệ phần trăm nào\n"
    csv = run("scan", str(none), "--format", "csv")  # a data format: its empty document
    assert csv.stdout.startswith("file;line;where;")  # the text reads as Vietnamese


def test_locale_help_says_one_default_for_each_thing(run):
    help_text = " ".join(run("summary", "--help").stdout.split())
    assert "(default: en) and the language shown (default: the environment's" in help_text
    assert "[default: en]" not in help_text


def test_summary_to_the_first_year_says_its_shares_are_of_that_year(run):
    out = run("summary", "--to", "2011").stdout
    assert "Share: of the relation's total in 2011." in out
    assert "Change and growth" not in out


def test_a_sum_that_holds_by_construction_says_so(run):
    derived = run("check", "sum", "total", "national", "local", "--year", "2011")
    assert derived.exit_code == 0
    assert derived.stdout.rstrip().endswith(
        "local@2011 = total − national is derived from the others, so this sum checks nothing"
    )
    stated = run("check", "sum", "total", "national", "local", "--year", "2012")
    assert "derived" not in stated.stdout


@pytest.mark.parametrize(
    "content",
    ["root:$6$salt$s3cr3th4sh:19000:0:99999:7:::\n", "s3cr3th4sh\n", "- s3cr3th4sh\n"],
)
def test_a_file_that_is_no_data_file_is_never_quoted(run, tmp_path, monkeypatch, content):
    secret = tmp_path / "shadow"
    secret.write_text(content, encoding="utf-8")
    monkeypatch.setenv("KHUYENCONG_DATA", str(secret))
    for args in (["summary"], ["verify", "--data", str(secret)]):
        result = run(*args)
        assert result.exit_code == 2
        assert "is not a khuyencong data file" in result.stderr
        assert "s3cr3th4sh" not in result.stderr + result.stdout


def test_outputs_that_clash_or_overwrite_an_input_are_refused_before_any_work(run, tmp_path):
    from .conftest import SOURCE

    text = tmp_path / "r.txt"
    text.write_text(SOURCE.read_text(encoding="utf-8"), "utf-8")
    same = tmp_path / "out.x"
    both = run("scan", str(text), "--html", str(same), "--emit-yaml", str(same), "--force")
    assert both.exit_code == 2 and "is given to both --emit-yaml and --html" in both.stderr
    assert not same.exists() and both.stdout == ""
    over = run("scan", str(text), "--html", str(text), "--force")
    assert over.exit_code == 2 and "is an input too: --html would overwrite" in over.stderr
    assert text.read_text(encoding="utf-8") == SOURCE.read_text(encoding="utf-8")
    data = tmp_path / "d.yaml"
    data.write_bytes(DATA.read_bytes())
    mine = run("verify", "--data", str(data), "--html", str(data), "--force")
    assert mine.exit_code == 2 and "is an input too" in mine.stderr
