"""Start-up stays lean: the fast paths import neither rich nor yaml (timing lives in bench/)."""

import json
import subprocess
import sys

import pytest

PROBE = """
import json, sys
sys.argv = ["khuyencong"] + sys.argv[1:]
from khuyencong.cli import main
try:
    main()
except SystemExit:
    pass
heavy = sorted(m for m in sys.modules
               if m.split(".")[0] in ("rich", "yaml", "jinja2") or m == "khuyencong.datafile.load")
print(json.dumps(heavy), file=sys.stderr)
"""


def loaded(*args):
    out = subprocess.run(
        [sys.executable, "-c", PROBE, *args], capture_output=True, text=True, timeout=60
    )
    return json.loads(out.stderr.strip().splitlines()[-1])


@pytest.mark.parametrize(
    "args",
    [
        ["--help"],
        ["-h"],
        ["--version"],
        ["check", "--help"],
        ["check", "growth", "108.989", "85.170", "27.97"],
        ["check", "share", "44.485", "108.989", "40.82"],
        ["check", "sum", "108.989", "44.485", "64.504"],
        ["check", "growth", "--locale", "vi", "108,989", "85,170", "27,97%"],
    ],
)
def test_fast_paths_import_neither_rich_nor_yaml(args):
    assert loaded(*args) == []


def test_summary_does_import_them():
    heavy = loaded("summary")
    assert "rich" in heavy and "yaml" in heavy
