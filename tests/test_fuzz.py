"""Thousands of mutations of the bundled data: success or our own error, never a crash."""

import importlib.util

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from .conftest import ROOT

spec = importlib.util.spec_from_file_location("fuzz", ROOT / "bench" / "fuzz.py")
fuzz = importlib.util.module_from_spec(spec)
spec.loader.exec_module(fuzz)


def test_seeded_mutations(tmp_path):
    outcomes = fuzz.fuzz(3000, seed=20121026, folder=str(tmp_path))
    assert sum(outcomes.values()) == 3000
    assert outcomes["ok"] > 50 and outcomes["error"] > 1000  # both paths are exercised


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from([*list(fuzz.SPECIAL), "a", "đ", "\n  ", *fuzz.TOKENS])).map("".join),
    st.integers(0, 10_000),
)
def test_arbitrary_insertions(tmp_path_factory, inserted, where):
    text = (ROOT / "data" / "budget_2012.yaml").read_text(encoding="utf-8")
    where %= len(text)
    path = tmp_path_factory.mktemp("h") / "d.yaml"
    path.write_text(text[:where] + inserted + text[where:], encoding="utf-8")
    assert fuzz.exercise(str(path)) in ("ok", "error")


@pytest.mark.parametrize("tables", [False, True], ids=["scan", "table"])
def test_mutated_documents_are_read_or_refused_in_one_line(tables):
    spec = importlib.util.spec_from_file_location(
        "fuzz_documents", ROOT / "bench" / "fuzz_documents.py"
    )
    documents = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(documents)
    read, refused, escaped, slow = documents.fuzz(
        400, seed=20121026, seconds=20, keep=False, tables=tables
    )
    assert escaped == [] and slow == 0
    assert read > 50 and refused > 50  # both paths are exercised
