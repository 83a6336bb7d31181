import os
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data" / "budget_2012.yaml"
SOURCE = ROOT / "data" / "sources" / "000_eec78c0a0801fd8b.txt"
CORPUS = ROOT / "tests" / "corpus" / "scan"


@pytest.fixture(autouse=True)
def plain_terminal(monkeypatch):
    """Every test sees the same terminal: no colour, 100 columns, English unless the test
    asks (a Vietnamese developer's LANG=vi_VN would otherwise change what is shown)."""
    monkeypatch.setenv("NO_COLOR", "1")
    for name in ("KHUYENCONG_LOCALE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.delenv("FORCE_COLOR", raising=False)


@pytest.fixture
def run():
    """Run the CLI in-process; returns click's Result (stdout and stderr kept apart)."""
    from khuyencong.cli import main

    def invoke(*args, input=None):
        return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)

    return invoke


@pytest.fixture
def dataset():
    from khuyencong.datafile.dataset import open_dataset

    return open_dataset(DATA)


def D(text):
    return Decimal(text)


@pytest.fixture
def write_data(tmp_path):
    """Write a data file from text; returns its path."""

    def write(text, name="data.yaml"):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return str(path)

    return write


MINIMAL = """\
unit: tỷ đồng
series:
  total: {label: Tổng, values: {2011: 85.170, 2012: 108.989}}
"""


@pytest.fixture(scope="session")
def env_without_color():
    env = dict(os.environ)
    env.pop("FORCE_COLOR", None)
    env["NO_COLOR"] = "1"
    return env


def word_file(path, text, rows):
    """Write a Word file made here: one paragraph of ``text``, then a table of ``rows``."""
    import docx

    doc = docx.Document()
    doc.add_paragraph(text)
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            table.cell(i, j).text = cell
    doc.save(path)
    return path


#: a table a report prints: two years of one amount, and its growth
GROWTH_ROWS = [
    ["Chỉ tiêu", "Năm 2011", "Năm 2012"],
    ["Tổng kinh phí", "85,170", "108,989"],
    ["Tăng trưởng", "", "27,97%"],
]
