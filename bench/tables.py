"""khuyencong table on real published tables: what it finds, how much of the structure it
checks, and how often it catches a figure changed on purpose.

    python3 bench/tables.py [FOLDER] [--mutations N] [--seed S]

FOLDER defaults to ../shared/tables/mof. Prints the verdicts, the share of parent cells
checked per sheet (a parent: the total of a printed or numbered relation, in a column where
it shows a figure), and a mutation run: one displayed figure at a time that takes part in a
firm relation (a printed or numbered sum checked over it that held) is changed by 2 to 50
units of its last digit; a mutation is caught when a check on its row or column turns
inconsistent (or unclear, which withholds the verdict), and a new inconsistency elsewhere
is a false alarm.
"""

import argparse
import collections
import os
import random
import sys
import time

from khuyencong.tables.checks import check_grid, check_sheets
from khuyencong.tables.grid import Cell
from khuyencong.tables.readers import read_tables
from khuyencong.tables.relations import column_relations, row_relations

HERE = os.path.dirname(os.path.abspath(__file__))
FIRM = ("printed", "numbered")


def coverage(grid, result):
    """Return (parents, checked): total cells of relations, and those a check was made on."""
    layout = result.layout
    if not layout.rows:
        return 0, 0
    checked = {(c.row, c.column) for c in result.checks}
    names = {col.index: col.name for col in layout.columns}
    parents = set()
    for rel in row_relations(layout):
        head = layout.rows[rel.total]
        for col in layout.columns:
            if head.cells[col.index].value and not col.percent:
                parents.add((head.index + 1, col.name))
    for rel in column_relations(layout):
        for row in layout.rows:
            if row.cells[rel.total].value:
                parents.add((row.index + 1, names[rel.total]))
    return len(parents), len(parents & checked)


def firm_cells(grid, result):
    """Return {(grid row, column): the room rounding leaves the smallest firm relation it is
    in, in units of its last digit (half a unit for each figure of the relation)}.

    A figure takes part in a firm relation when a printed or numbered sum was checked over
    it and held: a relation whose total shows nothing is no check, and one already unclear
    or inconsistent cannot turn so."""
    where = {id(cell): (r, c) for r, row in enumerate(grid.rows) for c, cell in enumerate(row)}
    cells: dict = {}
    for check in result.checks:
        if check.source not in FIRM or check.kind not in ("sum", "column-sum"):
            continue
        if check.verdict != "consistent" or check.cells is None:
            continue
        total, parts, _shift = check.cells
        room = (len(parts) + 1) / 2
        for cell in [total, *(cell for cell, _s in parts)]:
            if cell.value is None or cell.percent or id(cell) not in where:
                continue
            key = where[id(cell)]
            cells[key] = min(cells.get(key, room), room)
    return sorted(cells.items())


def mutate(grids, count, seed):
    rng = random.Random(seed)
    pool = []
    for grid in grids:
        result = check_grid(grid)
        bad = {(c.row, c.column, c.kind) for c in result.checks if c.verdict != "consistent"}
        touched = {c.row for c in result.checks if c.verdict != "consistent"}
        for (r, c), room in firm_cells(grid, result):
            if r + 1 not in touched:
                pool.append((grid, r, c, bad, room))
    rng.shuffle(pool)
    caught = withheld = alarms = tried = 0
    beyond = beyond_caught = 0
    for grid, r, c, bad, room in pool[:count]:
        cell = grid.rows[r][c]
        step = rng.randint(2, 50) * rng.choice((-1, 1))
        value = cell.value + step * (
            cell.value.scaleb(0).__class__(1).scaleb(cell.value.as_tuple().exponent)
        )
        grid.rows[r][c] = Cell(format(value, "f"), value, cell.percent)
        try:
            result = check_grid(grid)
        finally:
            grid.rows[r][c] = cell
        tried += 1
        layout = result.layout
        name = {col.index: col.name for col in layout.columns}[c]
        new = [
            x
            for x in result.checks
            if x.verdict != "consistent" and (x.row, x.column, x.kind) not in bad
        ]
        near = [x for x in new if x.row == r + 1 or x.column == name]
        big = abs(step) > 2 * room  # past any rounding the relation allows, whatever its gap
        beyond += big
        if any(x.verdict == "inconsistent" for x in near):
            caught += 1
            beyond_caught += big
        elif near:
            withheld += 1
        alarms += sum(1 for x in new if x not in near and x.verdict == "inconsistent")
    return tried, caught, withheld, alarms, beyond, beyond_caught


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "folder", nargs="?", default=os.path.join(HERE, "..", "..", "shared", "tables", "mof")
    )
    parser.add_argument("--mutations", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    files = sorted(
        os.path.join(args.folder, f) for f in os.listdir(args.folder) if f.endswith(".xls")
    )
    start = time.perf_counter()
    grids = [g for f in files for g in read_tables(f)]
    read = time.perf_counter() - start
    verdicts: collections.Counter = collections.Counter()
    parents = checked = 0
    low = []
    for grid in grids:
        result = check_grid(grid)
        verdicts.update(c.verdict for c in result.checks)
        p, k = coverage(grid, result)
        parents, checked = parents + p, checked + k
        if p and k / p < 0.9:
            low.append(f"  {os.path.basename(grid.name)} {grid.sheet}: {k}/{p}")
    took = time.perf_counter() - start
    print(
        f"{len(files)} files, {len(grids)} sheets: read {read:.2f} s, read and checked {took:.2f} s"
    )
    print("verdicts:", dict(verdicts))
    print(f"parent cells checked: {checked}/{parents} ({100 * checked / max(parents, 1):.1f}%)")
    if low:
        print("sheets under 90%:", *low, sep="\n")
    across: collections.Counter = collections.Counter()
    for f in files:  # the same line on two sheets of one workbook (tables/across.py)
        for _grid, result in check_sheets(read_tables(f)):
            across.update(c.verdict for c in result.checks if c.kind == "cross-sheet")
    print("the same line on two sheets:", dict(across))
    tried, caught, withheld, alarms, beyond, beyond_caught = mutate(
        grids, args.mutations, args.seed
    )
    print(
        f"mutations: {tried}; caught {caught} ({100 * caught / max(tried, 1):.1f}%), "
        f"withheld as unclear {withheld}, missed {tried - caught - withheld}; "
        f"new false alarms elsewhere {alarms}"
    )
    print(
        f"mutations larger than the rounding room of their smallest firm relation: {beyond}; "
        f"caught {beyond_caught} ({100 * beyond_caught / max(beyond, 1):.1f}%)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
