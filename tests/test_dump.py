"""Writers that keep every written digit: JSON rows, JSON documents, YAML documents."""

import json
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from khuyencong.datafile.dump import document, json_text, yaml_text
from khuyencong.present.render import render_data
from khuyencong.results.rows import Column


def json_rows(rows, keys):
    """The rows as verify and export write them, and the lines they take."""
    text = render_data("json", [Column(k, k) for k in keys], rows)
    return text, json.loads(text, parse_float=Decimal, parse_int=Decimal)["rows"]


values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**6), 10**6),
    st.text(max_size=20),
    st.decimals(
        allow_nan=False, allow_infinity=False, places=3, min_value=-(10**6), max_value=10**6
    ),
)


@settings(deadline=None)
@given(st.lists(st.fixed_dictionaries({"a": values, "b": values, "c": values}), max_size=5))
def test_json_rows_parse_back_with_their_digits(rows):
    text, back = json_rows(rows, ["a", "b", "c"])
    assert len(back) == len(rows)
    for row, got in zip(rows, back, strict=False):
        for k in "abc":
            v = row[k]
            if isinstance(v, Decimal) or (isinstance(v, int) and not isinstance(v, bool)):
                assert str(got[k]) == format(v, "f") if isinstance(v, Decimal) else got[k] == v
            else:
                assert got[k] == v
    assert text.count("\n") == (len(rows) + 4 if rows else 3)  # {, "rows": [, the rows, ], }


def test_json_rows_with_the_mark_in_the_data_still_parse():
    rows = [{"a": "\ue000x\ue000", "b": Decimal("85.170")}]
    _, back = json_rows(rows, ["a", "b"])
    assert back == [{"a": "\ue000x\ue000", "b": Decimal("85.170")}]
    assert str(back[0]["b"]) == "85.170"


def test_json_rows_keep_one_row_a_line_even_with_braces_in_strings():
    rows = [{"k": '}, {"k": 1'}, {"k": "x"}]
    text, back = json_rows(rows, ["k"])
    assert back == rows
    assert len(text.splitlines()) == 6


def test_json_text_and_yaml_text_round_trip_the_bundled_data(dataset, tmp_path):
    from khuyencong.datafile.dataset import open_dataset
    from khuyencong.results.rows import verify_rows

    doc = document(dataset)
    for name, text in (("d.json", json_text(doc)), ("d.yaml", yaml_text(doc))):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        again = open_dataset(path)
        assert document(again) == doc
        assert [(r["claim"], r["verdict"], r["recomputed"]) for r in verify_rows(again)] == [
            (r["claim"], r["verdict"], r["recomputed"]) for r in verify_rows(dataset)
        ]


def test_yaml_text_quotes_every_string():
    text = yaml_text({"a": "no", "b": "0123", "c": {"x": "1:30"}, "d": [Decimal("85.170")]})
    assert text == 'a: "no"\nb: "0123"\nc: {x: "1:30"}\nd: [85.170]\n'


def test_convert_keeps_every_note(run, tmp_path):
    src = tmp_path / "n.yaml"
    src.write_text(
        'source: {title: T, note: "src note"}\nunit: t\nseries:\n  total: {label: A, '
        'values: {2011: 85.170, 2012: 108.989}, note: "series note"}\nclaims:\n'
        '  - {growth: total, reported: 27.97, note: "claim note"}\n',
        encoding="utf-8",
    )
    assert run("convert", str(src), str(tmp_path / "n.json")).exit_code == 0
    assert run("convert", str(tmp_path / "n.json"), str(tmp_path / "back.yaml")).exit_code == 0
    back = (tmp_path / "back.yaml").read_text(encoding="utf-8")
    for note in ("src note", "series note", "claim note"):
        assert f'note: "{note}"' in back
