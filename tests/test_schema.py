"""The quick path for JSON entries agrees with the validator wherever it answers."""

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from khuyencong.core.errors import KhuyenCongError
from khuyencong.core.model import Series
from khuyencong.datafile.schema import _claim, _plain_claim, _plain_series
from khuyencong.datafile.validate import Validator as _Validator

SERIES = {
    "total": Series(
        "total", "Tổng", {2011: Decimal("85.170"), 2012: Decimal("108.989")}, ("national", "local")
    ),
    "national": Series("national", "Quốc gia", {2012: Decimal("44.485")}),
    "local": Series("local", "Địa phương", {}),
    "empty": Series("empty", "—", {}),
}
YEARS = {"2011": 2011, "2012": 2012}

# JSON values as json.loads(parse_float=Decimal, parse_int=Decimal) makes them, odd ones too
numbers = st.sampled_from(
    ["27.97", "-5", "0", "2012", "2011", "2013", "1E+3", "1E-7", "2012.0", "-0.5", "1" * 31]
).map(Decimal)
values = st.one_of(
    numbers,
    st.sampled_from(
        ["total", "national", "local", "empty", "nope", "", " ", "2012", "108,989", "x"]
    ),
    st.none(),
    st.booleans(),
    st.just([]),
    st.just({}),
)
claim_keys = st.sampled_from(
    ["growth", "share", "of", "from", "to", "year", "reported", "quote", "id", "note", "extra"]
)


def _slow(validate, *args):
    try:
        return validate(*args)
    except KhuyenCongError as e:
        return f"refused at {e.key}: {e.message}"


def _same(a, b):
    return type(a) is type(b) and all(getattr(a, k) == getattr(b, k) for k in a.__slots__)


BASES = [
    {
        "growth": "total",
        "from": Decimal(2011),
        "to": Decimal(2012),
        "reported": Decimal("27.97"),
        "quote": "tăng 27,97%",
    },
    {
        "share": "national",
        "of": "total",
        "year": Decimal(2012),
        "reported": Decimal("40.08"),
        "id": "c1",
    },
    {"growth": "total", "reported": Decimal("27.97")},
    {"share": "national", "of": "total", "reported": Decimal("40.08")},
]


@st.composite
def claims(draw):
    """A valid claim with a few of its keys changed, added or taken away."""
    entry = dict(draw(st.sampled_from(BASES)))
    for key in draw(st.lists(claim_keys, max_size=3)):
        if draw(st.booleans()):
            entry.pop(key, None)
        else:
            entry[key] = draw(values)
    return entry


@settings(max_examples=1000, deadline=None)
@given(claims())
def test_a_quick_claim_is_the_validated_claim(entry):
    quick = _plain_claim(entry, "claims[1]", SERIES, YEARS)
    if quick is not None:
        slow = _slow(_claim, _Validator("x.json"), entry, "claims[1]", SERIES, None)
        assert _same(quick, slow), (quick, slow)


@st.composite
def series_entries(draw):
    """A valid series with a few of its keys changed, added or taken away."""
    entry = {"label": "Tổng", "values": {"2011": Decimal("85.170"), "2012": Decimal("108.989")}}
    if draw(st.booleans()):
        entry["parts"] = ["a", "b"]
    for key in draw(
        st.lists(st.sampled_from(["label", "values", "parts", "note", "extra"]), max_size=2)
    ):
        if draw(st.booleans()):
            entry.pop(key, None)
        else:
            entry[key] = draw(st.one_of(values, st.lists(values, max_size=3)))
    if draw(st.booleans()) and isinstance(entry.get("values"), dict):
        entry["values"] = dict(
            entry["values"], **{draw(st.sampled_from(["2012", "2099", "x"])): draw(values)}
        )
    return entry


@settings(max_examples=1000, deadline=None)
@given(st.sampled_from(["total", "bad key", "x1"]), series_entries())
def test_a_quick_series_is_the_validated_series(key, entry):
    from khuyencong.datafile.schema import build_dataset

    quick = _plain_series(key, entry, dict(YEARS))
    if quick is not None:
        tree = {"unit": "tỷ đồng", "series": {key: entry, "a": {"label": "a"}, "b": {"label": "b"}}}
        slow = _slow(build_dataset, tree, "x.json")
        if isinstance(slow, str):  # the names of parts are checked once all series are read
            assert slow.startswith(f"refused at series.{key}.parts: ")
            assert any(m in slow for m in ("series name", "no series named", "listed twice")), slow
        else:
            assert _same(quick, slow.series[key])
