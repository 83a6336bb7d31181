"""Data flows one way: the core never imports the layers above it, nor click or rich."""

import ast

import pytest

from .conftest import ROOT

PACKAGE = ROOT / "src" / "khuyencong"
FLOORS = {
    1: ["numbers", "interval", "model", "errors", "bundled", "workers"],
    2: ["load", "schema", "compute", "verdict", "output", "dump"],
    3: ["rows", "explain", "operands", "passages", "scan", "api"],
    4: ["render", "chart"],
    5: ["cli", "options", "check_commands"],
}
FLOOR = {name: floor for floor, names in FLOORS.items() for name in names}


def imports(name):
    tree = ast.parse((PACKAGE / f"{name}.py").read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level == 1 and node.module:
                found.add(node.module)
            elif node.level == 1:  # from . import x, y
                found.update(a.name for a in node.names)
            elif node.module:
                found.add("/" + node.module.split(".")[0])
        elif isinstance(node, ast.Import):
            found.update("/" + a.name.split(".")[0] for a in node.names)
    return found


def test_every_module_has_a_floor():
    modules = {p.stem for p in PACKAGE.glob("*.py")} - {"__init__", "__main__"}
    assert modules == set(FLOOR)


@pytest.mark.parametrize("name", sorted(FLOOR))
def test_no_arrow_runs_upward(name):
    for target in imports(name):
        if target.startswith("/"):
            if FLOOR[name] <= 3:
                assert target not in ("/click", "/rich"), f"{name} imports {target[1:]}"
            continue
        assert FLOOR[target] <= FLOOR[name], f"{name} (floor {FLOOR[name]}) imports {target}"
