"""JSON is the fast path: the same schema, the same checks, the same verdicts as YAML."""

import importlib.util
import json

import pytest

from .conftest import DATA, ROOT

spec = importlib.util.spec_from_file_location("generate", ROOT / "bench" / "generate.py")
generate = importlib.util.module_from_spec(spec)
spec.loader.exec_module(generate)


def _rows(run, path):
    result = run("verify", "--format", "json", "--data", str(path))
    assert result.exit_code in (0, 1), result.stderr
    rows = json.loads(result.stdout)["rows"]
    for row in rows:
        row.pop("line")  # JSON has no lines to name
    return result.exit_code, rows, result.stderr


def test_generated_twins_give_the_same_verdicts(run, tmp_path):
    (yaml_path, json_path), figures, claims = generate.write(1500, 3, str(tmp_path))
    assert 1400 <= figures <= 1500 and claims > 300
    code_y, rows_y, tally_y = _rows(run, yaml_path)
    code_j, rows_j, tally_j = _rows(run, json_path)
    assert (code_y, rows_y, tally_y) == (code_j, rows_j, tally_j)
    verdicts = {r["verdict"] for r in rows_y}
    assert {
        "consistent",
        "consistent (truncated)",
        "inconsistent",
        "implied",
        "derived",
    } <= verdicts


def test_the_generator_is_deterministic():
    assert generate.build(500, 9) == generate.build(500, 9)
    assert generate.build(500, 9) != generate.build(500, 10)


def test_convert_both_ways_keeps_every_digit(run, tmp_path):
    as_json, back = tmp_path / "b.json", tmp_path / "b.yaml"
    assert run("convert", str(DATA), str(as_json)).exit_code == 0
    assert '"2011": 85.170' in as_json.read_text(encoding="utf-8")
    assert run("convert", str(as_json), str(back)).exit_code == 0
    assert "values: {2011: 85.170, 2012: 108.989}" in back.read_text(encoding="utf-8")
    assert _rows(run, as_json) == _rows(run, DATA) == _rows(run, back)


def test_convert_refuses_to_clobber_and_needs_a_format(run, tmp_path):
    target = tmp_path / "b.json"
    target.write_text("keep", encoding="utf-8")
    result = run("convert", str(DATA), str(target))
    assert result.exit_code == 2 and target.read_text(encoding="utf-8") == "keep"
    assert run("convert", str(DATA), str(tmp_path / "b.txt")).exit_code == 2
    assert json.loads(run("convert", str(DATA), "-", "--to", "json").stdout)["unit"] == "tỷ đồng"


@pytest.mark.parametrize(
    "text, message",
    [
        (
            '{"unit": "x", "series": {"t": {"label": "T", "values": {"2011": "85,170"}}}}',
            "key 'series.t.values.2011': '85,170' is text: numbers use a decimal point",
        ),
        (
            '{"unit": "x", "series": {"t": {"label": "T", "vlaues": {}}}}',
            "key 'series.t.vlaues': unknown key 'vlaues' (did you mean 'values'?)",
        ),
        (
            '{"unit": "x", "series": {"t": {"label": "T", "values": {"2011": -1}}}}',
            "amount -1 is negative",
        ),
        (
            '{"unit": "x", "series": {"t": {"label": "T", "values": {"2011": 1e5}}}}',
            "'1e5' has an exponent: write the number as plain digits",
        ),
        (
            '{"unit": "x", "series": {"t": {"label": "T", "values": {"2011": true}}}}',
            "expected a number, got 'true'",
        ),
    ],
)
def test_json_errors_name_the_key(run, tmp_path, text, message):
    path = tmp_path / "bad.json"
    path.write_text(text, encoding="utf-8")
    result = run("verify", "--data", str(path))
    assert result.exit_code == 2
    assert message in result.stderr
