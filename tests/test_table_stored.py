"""``table --stored``: the numbers a workbook stores behind what it shows, checked too."""

import csv
import io
import json
from decimal import Decimal

import pytest

from khuyencong.tables.numfmt import shown

from .test_table import _sheet, _xlsx

D = Decimal


@pytest.mark.parametrize(
    ("stored", "fmt", "value", "kept"),
    [
        (44958.5, "#,##0", D("44959"), D("44958.5")),
        (0.2797, "0.0%", D("28.0"), D("27.97")),
        (1234567, "#,##0,", D("1235"), D("1234.567")),
        (-105000.25, "#,##0;(#,##0)", D("-105000"), D("-105000.25")),
        (85.17, "General", D("85.17"), D("85.17")),
    ],
)
def test_the_stored_number_is_kept_at_the_scale_shown(stored, fmt, value, kept):
    figure = shown(stored, fmt)
    assert (figure.value, figure.stored) == (value, kept)


def _hidden(tmp_path):
    """The appendix with NSTW and NSĐP of row A stored with a fraction the format hides:
    669 914,4 + 477 186,4 = 1 147 100,8 against a total stored as 1 147 100."""
    rows = _sheet()
    rows[6][3], rows[6][4] = 669914.4, 477186.4
    return _xlsx(tmp_path / "hidden.xlsx", rows)


def _rows(result):
    return {(r["row"], r["kind"], r["column"][:3]): r for r in json.loads(result.stdout)["rows"]}


def test_a_gap_the_rounding_hides_is_found_in_the_stored_numbers(run, tmp_path):
    result = run("table", str(_hidden(tmp_path)), "--stored", "--format", "json")
    assert result.exit_code == 0  # what is shown holds: the published table is consistent
    rows = _rows(result)
    split = rows[(7, "column-sum", "(1)")]
    assert split["verdict"] == "consistent"
    assert (split["stored"], split["stored_sum"], split["stored_verdict"]) == (
        1147100,
        1147100.8,
        "inconsistent",
    )
    assert split["note"] == (
        "As stored, the parts give 1147100.8 and the total holds 1147100: they do not agree, "
        "though the figures shown do."
    )
    # A = I … VI in column 2: 669 914,4 stored against its parts' 669 914
    nstw = rows[(7, "sum", "(2)")]
    assert (nstw["stored"], nstw["stored_sum"], nstw["stored_verdict"]) == (
        669914.4,
        669914,
        "inconsistent",
    )
    # a check whose figures are all stored as shown has no stored verdict: nothing new
    assert rows[(10, "column-sum", "(1)")]["stored"] is None
    # row A's split, its NSTW and NSĐP against I … VI, and TỔNG SỐ (A+B)'s in both
    apart = {key for key, r in rows.items() if r["stored_verdict"] == "inconsistent"}
    assert apart == {
        (7, "column-sum", "(1)"),
        (7, "sum", "(2)"),
        (7, "sum", "(3)"),
        (18, "sum", "(2)"),
        (18, "sum", "(3)"),
    }
    assert "stored and shown disagree in 5" in result.stderr


def test_a_table_stored_as_shown_has_nothing_to_add(run, tmp_path):
    result = run("table", str(_xlsx(tmp_path / "m.xlsx", _sheet())), "--stored", "--format", "json")
    assert result.exit_code == 0
    assert {r["stored_verdict"] for r in json.loads(result.stdout)["rows"]} == {None}
    assert "stored and shown disagree in 0" in result.stderr


def test_without_stored_the_fields_are_as_documented(run, tmp_path):
    path = _hidden(tmp_path)
    plain = next(csv.reader(io.StringIO(run("table", str(path), "--format", "csv").stdout)))
    assert "stored" not in plain
    both = run("table", str(path), "--format", "csv", "--stored").stdout
    header = next(csv.reader(io.StringIO(both)))
    assert header == [*plain, "stored", "stored_sum", "stored_verdict"]


def test_the_stored_words_reach_the_annotated_report(run, tmp_path):
    out = tmp_path / "r.html"
    result = run("table", str(_hidden(tmp_path)), "--stored", "--html", str(out), "-q")
    assert result.exit_code == 0
    assert "As stored, the parts give 1147100.8 and the total holds 1147100" in out.read_text(
        encoding="utf-8"
    )
