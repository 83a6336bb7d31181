"""Data flows one way: each floor imports only the floors below it (or its own), the core
nothing of ours, and only the CLI and the renderers import click or rich."""

import ast

import pytest

from .conftest import ROOT

PACKAGE = ROOT / "src" / "khuyencong"
FLOOR = {
    "core": 1,
    "datafile": 2,
    "documents": 3,
    "text": 3,
    "tables": 3,
    "results": 3,
    "present": 4,
    "cli": 5,
}
#: third-party libraries that only some floors may import
ONLY_IN = {
    "click": {"cli"},
    "rich": {"cli", "present"},
    "matplotlib": {"present"},
    "jinja2": {"present"},
    "markupsafe": {"present"},
}
MODULES = sorted(p.relative_to(PACKAGE).as_posix() for p in PACKAGE.glob("*/*.py"))


def imports(path):
    """Return (our subpackages, third-party top-level names) that a module imports."""
    package = path.parent.name
    ours, others = set(), set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            parts = (node.module or "").split(".")
            if node.level == 1:
                ours.add(package)
            elif node.level == 2:
                ours.add(parts[0] if node.module else node.names[0].name)
        elif isinstance(node, ast.ImportFrom) and node.module:
            top, _, rest = node.module.partition(".")
            if top == "khuyencong":
                ours.add(rest.split(".")[0])
            else:
                others.add(top)
        elif isinstance(node, ast.Import):
            others.update(a.name.split(".")[0] for a in node.names)
    return ours, others


def test_the_floors_are_folders():
    assert {p.name for p in PACKAGE.iterdir() if p.is_dir() and p.name != "__pycache__"} >= set(
        FLOOR
    )
    assert {p.name for p in PACKAGE.glob("*.py")} == {"__init__.py", "__main__.py"}
    assert {m.split("/")[0] for m in MODULES} == set(FLOOR)


@pytest.mark.parametrize("module", MODULES)
def test_no_arrow_runs_upward(module):
    path = PACKAGE / module
    package = path.parent.name
    ours, others = imports(path)
    for target in ours:
        assert FLOOR[target] <= FLOOR[package], (
            f"{module} (floor {FLOOR[package]}) imports {target}"
        )
    if package == "core":
        assert ours == {"core"} or not ours, f"{module} imports {ours - {'core'}}"
    for library, allowed in ONLY_IN.items():
        assert library not in others or package in allowed, f"{module} imports {library}"


@pytest.mark.parametrize("module", MODULES)
def test_modules_stay_readable(module):
    assert len((PACKAGE / module).read_text(encoding="utf-8").splitlines()) <= 500


def test_the_rule_catches_an_upward_arrow(tmp_path):
    bad = tmp_path / "core"
    bad.mkdir()
    (bad / "x.py").write_text("from ..cli import run\nimport click\n", encoding="utf-8")
    assert imports(bad / "x.py") == ({"cli"}, {"click"})
