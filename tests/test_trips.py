"""What a new user tripped on (issue 16): each is a test that failed before its fix."""

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
