"""What a new user tripped on (issue 16): each is a test that failed before its fix."""

import json

from .conftest import MINIMAL


def test_a_named_data_file_is_always_read(run):
    result = run("check", "growth", "108.989", "85.170", "27.97", "--data", "/nonexistent.yaml")
    assert result.exit_code == 2 and "no such file" in result.stderr


def test_a_sum_needs_two_parts(run):
    result = run("check", "sum", "108.989", "44.485")
    assert result.exit_code == 2 and "a sum needs two parts or more" in result.stderr


def test_a_markdown_footnote_is_no_list_item(run):
    md = run("summary", "--format", "markdown").stdout
    assert "\n\\* derived: local@2011 = total − national  \n" in md


def test_a_file_without_share_claims_says_nothing_of_shares(run, write_data):
    path = write_data(MINIMAL + "  empty: {label: E}\n")
    out = run("summary", "--data", path).stdout
    assert "Only implied by a share" not in out and "Without values: empty." in out


def test_english_counts_agree_with_their_number(run, tmp_path):
    one = run("check", "growth", "108.989", "85.170", "27.98").stdout
    assert "(+1 unit of 0.01)" in one
    cut = run("check", "growth", "10.5", "10", "4", "--rounding", "truncate").stdout
    assert "0 decimals" in cut or "consistent" in cut
    src = tmp_path / "one.yaml"
    src.write_text(
        "unit: t\nseries:\n  a: {label: A, values: {2011: 1, 2012: 2}}\nclaims:\n"
        "  - {growth: a, reported: 100}\n",
        encoding="utf-8",
    )
    said = run("convert", str(src), str(tmp_path / "one.json")).stderr
    assert "1 series, 1 claim)" in said


def test_the_matplotlib_hint_fits_where_khuyencong_is(tmp_path):
    from khuyencong.present.chart import install_hint

    hint = install_hint()  # the tests run from a checkout (an editable install)
    assert hint.startswith("the chart needs matplotlib: pip install -e '") and "[chart]'" in hint


def test_the_data_file_from_stdin_and_from_the_environment(run, monkeypatch, tmp_path):
    from .conftest import DATA

    text = DATA.read_text(encoding="utf-8")
    result = run("verify", "--data", "-", "--format", "csv", input=text.encode("utf-8"))
    assert result.exit_code == 1 and "40.08" in result.stdout
    as_json = run("convert", str(DATA), "-", "--to", "json").stdout
    assert run(
        "summary", "--data", "-", "--format", "csv", input=as_json.encode("utf-8")
    ).stdout.startswith("series,")
    mine = tmp_path / "mine.yaml"
    mine.write_text(MINIMAL, encoding="utf-8")
    monkeypatch.setenv("KHUYENCONG_DATA", str(mine))
    assert "Tổng kế hoạch" not in run("summary", "--format", "csv").stdout


def test_verify_only_some_verdicts_and_quietly(run):
    result = run("verify", "--only", "inconsistent", "--quiet", "--format", "csv")
    assert result.exit_code == 1 and result.stderr == ""
    assert len(result.stdout.strip().splitlines()) == 2 and "inconsistent" in result.stdout
    both = run("verify", "--only", "implied", "--only", "derived", "--format", "csv").stdout
    assert [line.split(",")[0] for line in both.strip().splitlines()[1:]] == [
        "share",
        "share",
        "derived",
    ]


def test_hints_for_a_percent_sign_and_a_tab(run, write_data):
    pct = write_data(
        "unit: t\nseries:\n  a: {label: A, values: {2011: 1, 2012: 2}}\nclaims:\n"
        "  - {growth: a, reported: 13.3%}\n"
    )
    assert "has a % sign" in run("verify", "--data", pct).stderr
    tab = write_data("unit: t\nseries:\n\ta: {label: A, values: {2011: 1}}\n", "tab.yaml")
    assert "a tab in the indentation" in run("verify", "--data", tab).stderr


def test_summary_from_and_to(run, write_data):
    path = write_data(
        "unit: t\nseries:\n  a: {label: A, values: {2010: 50, 2011: 80, 2012: 100}}\n"
    )
    wide = run("summary", "--data", path, "--from", "2010", "--to", "2012", "--format", "csv")
    assert wide.stdout.splitlines()[1] == "a,A,50,80,100,50,100.00,,"
    assert run("summary", "--data", path, "--format", "csv").stdout.splitlines()[1] == (
        "a,A,50,80,100,20,25.00,,"
    )
    assert (
        "Change and growth: 2010 → 2012" in run("summary", "--data", path, "--from", "2010").stdout
    )
    bad = run("summary", "--data", path, "--from", "2012", "--to", "2010")
    assert bad.exit_code == 2 and "--from (2012) must be before --to (2010)" in bad.stderr


def test_the_data_file_holds_ratios_rates_and_excesses(run, write_data):
    path = write_data(
        "unit: tỷ đồng\nseries:\n  thu: {label: Thu, values: {2020: 18.122}}\n"
        "  du_toan: {label: Dự toán, values: {2020: 23.000}}\n"
        "  loi_nhuan: {label: Lợi nhuận, values: {2020: 2.300}}\n"
        "  ke_hoach: {label: Kế hoạch, values: {2020: 2.000}}\n"
        "claims:\n  - {rate: thu, of: du_toan, year: 2020, reported: 77.78}\n"
        "  - {excess: loi_nhuan, of: ke_hoach, year: 2020, reported: 15}\n"
        "  - {ratio: ke_hoach, of: loi_nhuan, year: 2020, reported: 86.96}\n"
    )
    out = run("verify", "--data", path, "--format", "json")
    rows = [(r["kind"], r["verdict"], r["recomputed"]) for r in json.loads(out.stdout)["rows"]]
    assert rows == [
        ("rate", "inconsistent", 78.79),
        ("excess", "consistent", 15),
        ("ratio", "consistent", 86.96),
    ]
    assert out.stderr == "3 claims, 0 sums checked: 2 consistent, 1 inconsistent\n"
    bad = write_data(
        "unit: t\nseries:\n  a: {label: A, values: {2020: 1}}\nclaims:\n"
        "  - {rate: a, of: a, year: 2020, reported: 5}\n",
        "bad.yaml",
    )
    assert "a series cannot be a rate of itself" in run("verify", "--data", bad).stderr


def test_scan_drafts_rates_and_excesses_as_their_kinds(run, tmp_path):
    text = tmp_path / "r.txt"
    text.write_text(
        "Cục thu được 18.122 tỷ đồng năm 2020, đạt 77,78% dự toán (23.000 tỷ "
        "đồng). Lợi nhuận năm 2020 đạt 2.300 tỷ đồng, vượt 15% kế hoạch năm "
        "(2.000 tỷ đồng).",
        encoding="utf-8",
    )
    draft = tmp_path / "d.yaml"
    scanned = run("scan", str(text), "--emit-yaml", str(draft), "--format", "json")
    checked = run("verify", "--data", str(draft), "--format", "json")
    scan_verdicts = [r["verdict"] for r in json.loads(scanned.stdout)["rows"]]
    verify_rows = json.loads(checked.stdout)["rows"]
    assert [r["kind"] for r in verify_rows] == ["rate", "excess"]
    assert [r["verdict"] for r in verify_rows] == scan_verdicts == ["inconsistent", "consistent"]


def test_a_balance_may_be_negative_when_it_says_so(run, write_data):
    signed = write_data(
        "unit: tỷ đồng\nseries:\n  boi_chi: {label: Bội chi, values: {2022: -100, "
        "2023: -120}, signed: true}\nclaims:\n  - {growth: boi_chi, reported: 20}\n"
    )
    out = run("verify", "--data", signed, "--format", "json")
    assert json.loads(out.stdout)["rows"][0]["verdict"] == "consistent"
    as_json = run("convert", signed, "-", "--to", "json").stdout
    assert '"signed": true' in as_json
    again = run("verify", "--data", "-", "--format", "json", input=as_json.encode("utf-8"))
    assert json.loads(again.stdout)["rows"][0]["verdict"] == "consistent"
    unsigned = write_data("unit: t\nseries:\n  a: {label: A, values: {2022: -100}}\n", "u.yaml")
    assert "says signed: true" in run("verify", "--data", unsigned).stderr
    wrong = write_data(
        "unit: t\nseries:\n  a: {label: A, values: {2022: 1}, signed: maybe}\n", "w.yaml"
    )
    assert "expected true or false" in run("verify", "--data", wrong).stderr
