"""The index of figures finds exactly what a scan of every figure finds, in data order."""

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from khuyencong.core.compute import FigureIndex, derive, figure
from khuyencong.core.interval import Interval
from khuyencong.core.model import Dataset, Series

# amounts with 0 to 4 decimals, mixed within one dataset: their intervals differ in width
amounts = st.builds(lambda n, p: Decimal(n).scaleb(-p), st.integers(0, 10**6), st.integers(0, 4))


@st.composite
def datasets(draw):
    groups = draw(st.integers(1, 6))
    series = {}
    for g in range(groups):
        years = draw(st.lists(st.integers(2010, 2014), min_size=1, max_size=4, unique=True))
        parts = [f"a{g}", f"b{g}"]
        for key in parts:
            series[key] = Series(key, key, {y: draw(amounts) for y in years})
        # the total leaves some years out: they are derived, with wider intervals
        total = {y: draw(amounts) for y in years if draw(st.booleans())}
        series[f"t{g}"] = Series(f"t{g}", "total", total, parts)
    return derive(Dataset("x.yaml", {}, "tỷ đồng", None, series, []))


@settings(max_examples=200, deadline=None)
@given(datasets(), amounts, st.integers(0, 2000), st.sampled_from([None, 1, 3]))
def test_matching_is_a_scan_of_every_figure(dataset, centre, width, limit):
    every = [figure(dataset, k, y) for k, s in dataset.series.items() for y in s.values]
    every += list(dataset.derived.values())
    interval = Interval.unround(centre) + Interval(-width, width, 10**4)  # widened by width/10⁴
    expected = [f for f in every if f.interval.meets(interval)]
    found, total = FigureIndex(dataset).matching(interval, limit)
    assert total == len(expected)
    assert [f.name for f in found] == [f.name for f in expected][:limit]
    assert list(FigureIndex(dataset)) == every
