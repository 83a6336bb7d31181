"""The Python API for notebooks: same rule, same numbers, plain objects."""

from decimal import Decimal

import pytest

import khuyencong
from khuyencong import KhuyenCongError, check_growth, check_share, check_sum, load_dataset, verify


def test_check_share_returns_a_verdict():
    v = check_share("44.485", "108.989", "40.08")
    assert (v.status, v.consistent, v.recomputed) == ("inconsistent", False, Decimal("40.82"))
    assert (v.low, v.high) == (Decimal("40.81539"), Decimal("40.81670"))


def test_check_growth_modes_and_notation():
    assert check_growth("108.989", "85.170", "27.96").status == "consistent (truncated)"
    assert not check_growth("108.989", "85.170", "27.96", rounding="half-up").consistent
    assert check_growth("108,989", "85,170", "27,97%", locale="vi").status == "consistent"
    assert check_growth(Decimal("108.989"), Decimal("85.170"), Decimal("27.97")).consistent


def test_check_sum():
    assert check_sum("108.989", "44.485", "64.504").consistent
    assert check_sum("108.989", "44.485", "64.504").value == Decimal("108.989")


def test_floats_are_refused():
    with pytest.raises(KhuyenCongError, match="is a float"):
        check_share(44.485, "108.989", "40.08")


def test_load_dataset_and_verify():
    dataset = load_dataset()
    assert dataset.series["total"].values[2011] == Decimal("85.170")
    assert str(dataset.series["total"].values[2011]) == "85.170"
    assert dataset.derived[("local", 2011)].value == Decimal("52.224")
    rows = verify(dataset)
    assert [r["verdict"] for r in rows if r["kind"] in ("growth", "share")] == [
        "consistent",
        "consistent",
        "implied",
        "inconsistent",
        "consistent",
        "implied",
    ]
    assert verify()[3]["recomputed"] == Decimal("40.82")


def test_unknown_names_raise_attribute_error():
    with pytest.raises(AttributeError):
        khuyencong.nothing_here  # noqa: B018


def test_the_api_speaks_its_own_words():
    import khuyencong

    with pytest.raises(khuyencong.KhuyenCongError) as e:
        khuyencong.check_growth("108,989", "85,170", "27,97")
    assert 'use locale="vi" for Vietnamese notation' in str(e.value)
    assert "--locale" not in str(e.value)
    v = khuyencong.check_share("44.485", "108.989", "40.08")
    assert repr(v) == (
        "Verdict('inconsistent', share, reported=40.08, recomputed=40.82, "
        "interval=[40.81539, 40.81670])"
    )
    s = khuyencong.check_sum("108.989", "44.485", "64.504")
    assert repr(s) == (
        "SumVerdict('consistent', total=108.989, sum=108.989, interval=[108.9880, 108.9900])"
    )
    assert set(khuyencong.__all__) <= set(dir(khuyencong))
