"""A share's change in percentage points (điểm phần trăm): the later share less the earlier,
each from its own two written figures, with the same rounding rule as every percentage."""

import json
from decimal import Decimal
from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from khuyencong.core.model import Figure
from khuyencong.core.verdict import CONSISTENT, INCONSISTENT, TRUNCATED, check_points

# the seed report: national 32,946 of 85,170 in 2011, 44,485 of 108,989 in 2012
LATER = (Figure(Decimal("44.485")), Figure(Decimal("108.989")))
EARLIER = (Figure(Decimal("32.946")), Figure(Decimal("85.170")))

POINTS_DATA = """\
unit: tỷ đồng
series:
  total: {label: Tổng, values: {2011: 85.170, 2012: 108.989}}
  national: {label: Quốc gia, values: {2011: 32.946, 2012: 44.485}}
  local: {label: Địa phương, values: {2012: 64.504}}
claims:
  - points: national
    of: total
    from: 2011
    to: 2012
    reported: 2.13
    quote: "tỷ trọng kinh phí quốc gia tăng 2,13 điểm phần trăm"
  - {points: national, of: total, reported: 2.5}
  - {points: local, of: total, from: 2011, reported: -2.13}
"""


def test_the_change_is_the_later_share_less_the_earlier_exactly():
    v = check_points(LATER, EARLIER, Decimal("2.13"))
    assert v.point == Fraction(4448500, 108989) - Fraction(3294600, 85170)
    assert v.recomputed == Decimal("2.13") and v.status == CONSISTENT
    # the ends cross: the later share's low less the earlier's high, and the other way
    assert v.interval.low == Fraction(444845, 1089895) * 100 - Fraction(329465, 851695) * 100
    assert v.interval.high == Fraction(444855, 1089885) * 100 - Fraction(329455, 851705) * 100
    assert (v.low, v.high) == (Decimal("2.13195"), Decimal("2.13488"))
    assert v.figures == (*LATER, *EARLIER)


def test_a_wrong_change_is_off_by_its_gap_with_no_single_figure_named_as_the_fix():
    v = check_points(LATER, EARLIER, Decimal("2.5"))
    assert (v.status, v.recomputed, v.gap, v.gap_units) == (
        INCONSISTENT,
        Decimal("2.1"),
        Decimal("0.4"),
        4,
    )
    assert v.needed() == []


def test_a_change_cut_not_rounded_is_truncated():
    later = (Figure(Decimal("20")), Figure(Decimal("100")))
    earlier = (Figure(Decimal("1")), Figure(Decimal("6")))  # 16.666…%: 3.333…4 points
    assert check_points(later, earlier, Decimal("3.33")).status == CONSISTENT
    v = check_points((Figure(Decimal("21")), Figure(Decimal("100"))), earlier, Decimal("4.33"))
    assert v.point == Fraction(13, 3)  # 4.333… : rounds and cuts to 4.33
    fall = check_points(earlier, later, Decimal("-3.33"))
    assert fall.status == CONSISTENT and fall.point == Fraction(-10, 3)
    precise = (Figure(Decimal("20.000000")), Figure(Decimal("100.000000")))
    cut = check_points(
        (Figure(Decimal("2.000000")), Figure(Decimal("3.000000"))), precise, Decimal("46.66")
    )  # 66.666…% − 20% = 46.666…: rounded 46.67, cut 46.66
    assert cut.status == TRUNCATED


written = st.decimals(min_value=Decimal("0.1"), max_value=Decimal("1000"), places=3)


@given(written, written, written, written)
def test_the_exact_change_always_lies_in_its_interval_and_its_rounding_holds(a, b, c, d):
    v = check_points((Figure(a), Figure(a + b)), (Figure(c), Figure(c + d)), Decimal("0"))
    assert v.interval.low <= v.point <= v.interval.high
    own = check_points((Figure(a), Figure(a + b)), (Figure(c), Figure(c + d)), v.rounded)
    assert own.status == CONSISTENT


def test_the_data_file_holds_changes_in_points(run, write_data):
    path = write_data(POINTS_DATA)
    out = run("verify", "--data", path, "--format", "json")
    assert out.stderr == "3 claims, 0 sums checked: 1 consistent, 1 inconsistent, 1 no verdict\n"
    rows = json.loads(out.stdout)["rows"]
    claims = [(r["kind"], r["claim"], r["verdict"], r.get("recomputed")) for r in rows[:3]]
    assert claims == [
        ("points", "points national / total 2011→2012", "consistent", 2.13),
        ("points", "points national / total 2011→2012", "inconsistent", 2.1),
        ("points", "points local / total 2011→2012", "no verdict", None),
    ]
    assert rows[1]["note"] == "off by +0.4 percentage points (+4 units of 0.1)"
    assert rows[2]["note"] == (
        "a change in percentage points is checked from its four figures; not in the data: "
        "local@2011"
    )
    table = run("verify", "--data", path, "--locale", "vi").stdout
    assert "điểm phần trăm" in table


def test_points_survive_a_round_trip_through_json(run, write_data, tmp_path):
    path = write_data(POINTS_DATA)
    assert run("convert", path, str(tmp_path / "d.json")).exit_code == 0
    data = json.loads((tmp_path / "d.json").read_text(encoding="utf-8"))
    assert data["claims"][1] == {
        "points": "national",
        "of": "total",
        "from": 2011,
        "to": 2012,
        "reported": 2.5,
    }
    assert run("convert", str(tmp_path / "d.json"), str(tmp_path / "d.yaml")).exit_code == 0

    def rows(data):  # the same rows, but for the lines the two files put them on
        out = json.loads(run("verify", "--data", data, "--format", "json").stdout)["rows"]
        return [{k: v for k, v in r.items() if k != "line"} for r in out]

    assert rows(str(tmp_path / "d.yaml")) == rows(path)


def test_a_change_in_points_names_its_whole_and_no_year(run, write_data):
    base = "unit: t\nseries:\n  a: {label: A, values: {2011: 1, 2012: 2}}\n"
    base += "  b: {label: B, values: {2011: 4, 2012: 5}}\nclaims:\n"
    no_of = write_data(base + "  - {points: a, reported: 1}\n", "no_of.yaml")
    assert "'of' is required" in run("verify", "--data", no_of).stderr
    year = write_data(base + "  - {points: a, of: b, year: 2012, reported: 1}\n", "year.yaml")
    assert (
        "'year' belongs to a share claim; a points uses 'from' and 'to'"
        in run("verify", "--data", year).stderr
    )
    zero = write_data(
        base.replace("{2011: 4,", "{2011: 0,") + "  - {points: a, of: b, reported: 1}\n", "z.yaml"
    )
    assert "the base b@2011 is zero" in run("verify", "--data", zero).stderr


def test_the_chart_marks_a_wrong_change_in_points_not_in_percent(run, write_data, tmp_path):
    path = write_data(POINTS_DATA)
    svg = tmp_path / "c.svg"
    assert run("chart", "--data", path, "-o", str(svg)).exit_code == 0
    text = svg.read_text(encoding="utf-8")
    assert "2.5 pp reported / 2.1 pp recomputed" in text and "2.5% reported" not in text
