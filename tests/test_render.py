"""Data documents: rows written in pieces give the same bytes as rows written in one go."""

import itertools
import json
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from khuyencong.present.render import render_data, render_document, render_rows
from khuyencong.results.rows import VERIFY_COLUMNS, VERIFY_MARKDOWN_COLUMNS

texts = st.one_of(st.none(), st.text(max_size=8), st.sampled_from(["=1+1", "%", "a|b", "-"]))
numbers = st.one_of(
    st.none(),
    st.decimals(
        allow_nan=False, allow_infinity=False, places=2, min_value=-(10**4), max_value=10**4
    ),
)
rows = st.lists(
    st.fixed_dictionaries(
        {
            c.key: st.one_of(st.none(), st.integers(1, 99))
            if c.key == "line"
            else numbers
            if c.numeric
            else texts
            for c in VERIFY_COLUMNS
        }
    ),
    max_size=6,
)


@settings(deadline=None, max_examples=150)
@given(
    rows,
    st.data(),
    st.sampled_from(["csv", "json", "markdown"]),
    st.sampled_from(["en", "vi"]),
    st.sampled_from([None, "first\nsecond"]),
)
def test_pieces_put_together_are_the_document(rows, data, fmt, locale, caption):
    columns = VERIFY_MARKDOWN_COLUMNS if fmt == "markdown" else VERIFY_COLUMNS
    cuts = sorted(data.draw(st.lists(st.integers(0, len(rows)), max_size=3)))
    bounds = [0, *cuts, len(rows)]
    pieces = [render_rows(fmt, columns, rows[a:b], locale) for a, b in itertools.pairwise(bounds)]
    meta, title = {"unit": "tỷ đồng"}, "Kinh phí"
    assert render_document(fmt, columns, pieces, locale, meta, title, caption) == render_data(
        fmt, columns, rows, locale, meta, title, caption
    )


@pytest.mark.parametrize(
    "fmt, expected",
    [
        (
            "csv",
            "kind,claim,line,quote,reported,reported_unit,recomputed,low,high,unit,verdict,"
            "note\r\n",
        ),
        ("json", '{\n  "unit": "tỷ đồng",\n  "rows": []\n}\n'),
    ],
)
def test_a_document_without_rows(fmt, expected):
    assert render_data(fmt, VERIFY_COLUMNS, [], meta={"unit": "tỷ đồng"}) == expected


def test_markdown_without_rows_keeps_its_header_and_notes():
    text = render_data("markdown", VERIFY_MARKDOWN_COLUMNS, [], title="T", caption="a\nb")
    assert text.splitlines() == [
        "### T",
        "",
        text.splitlines()[2],
        text.splitlines()[3],
        "",
        "a  ",
        "b  ",
    ]
    assert text.splitlines()[2].startswith("| Claim | Quote |")


def test_json_document_parses_with_its_rows():
    row = {c.key: None for c in VERIFY_COLUMNS} | {"claim": "x", "reported": Decimal("40.08")}
    doc = json.loads(
        render_document("json", VERIFY_COLUMNS, [render_rows("json", VERIFY_COLUMNS, [row])] * 2),
        parse_float=Decimal,
    )
    assert [r["reported"] for r in doc["rows"]] == [Decimal("40.08")] * 2
