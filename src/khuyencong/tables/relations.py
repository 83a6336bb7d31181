"""What should add up in a table, and how firmly the table says so.

A relation is a total and its parts, along the rows (a parent row and the rows numbered under
it) or along the columns (a column and the columns it is made of). Each says where it comes
from, which is how firm it is, strongest first:

- ``printed``: the table prints it: a column-number row (``1 = 2 + 3``, ``4 = 2/1``) or a
  label's own formula (``TỔNG SỐ (A+B+C)``);
- ``numbered``: the numbering column nests rows under a parent (``I`` over ``1, 2, 3``);
- ``header``: a merged header groups columns under a total (``TỔNG SỐ`` beside its parts;
  ``Chia ra`` over the columns a total splits into);
- ``label``: an unnumbered ``TỔNG SỐ`` / ``TỔNG CỘNG`` row over the table's top sections.

Numbers alone never make a relation: a row that happens to equal the rows below it is not
taken for their total. ``partial`` relations (under ``Trong đó``) say only that no part is
larger than its whole.
"""

import re

from .layout import numbering

SUM, PARTIAL, RATIO = "sum", "partial", "ratio"
PRINTED, NUMBERED, HEADER, LABEL = "printed", "numbered", "header", "label"

_PARTIAL = re.compile(r"(?:^|[,;:(]\s*)(?:trong\s+đó|trđ|tr\.\s*đó)\s*:?\s*\)?$", re.IGNORECASE)
_PARTIAL_ROW = re.compile(r"^\s*(?:trong\s+đó|tr\.\s*đó)\b", re.IGNORECASE)
_COMPLETE_ROW = re.compile(r"^\s*(?:chia\s+ra|bao\s+gồm|gồm)\s*:?\s*$", re.IGNORECASE)
#: the label of a table's total row (the table command's, and scan's for a table pasted as
#: text)
TOTAL_LABEL = re.compile(
    r"^\s*(?:tổng\s+số|tổng\s+cộng|tổng|cộng|tổng\s+số\s+chung|cả\s+nước|toàn\s+quốc|"
    r"toàn\s+tỉnh|total)\s*:?\s*$",
    re.IGNORECASE,
)
_LABEL_FORMULA = re.compile(r"\(\s*([A-Z0-9]+(?:\s*[+\-]\s*[A-Z0-9]+)+)\s*\)\s*:?\s*$")
_GROUP_COMPLETE = re.compile(r"^\s*(?:chia\s+ra|bao\s+gồm|gồm|trong\s+đó\s+chia\s+ra)\s*:?", re.I)
_GROUP_PARTIAL = re.compile(r"^\s*(?:trong\s+đó|tr\.?\s*đó)\s*:?", re.IGNORECASE)
_TOTAL_HEADER = re.compile(
    r"^\s*(?:tổng\s+số|tổng\s+cộng|cộng|tổng)(?:\s*[-–(/:,].*|\s+total\b.*)?\s*$", re.IGNORECASE
)
#: the ranks of numbering in Vietnamese documents, from the top: A, I, 1, 1.1, a, 1.1.1, -, +
_RANK = {
    "upper": 0,
    "roman": 1,
    "arabic": 2,
    "dotted1": 3,
    "lower": 4,
    "dotted2": 5,
    "-": 6,
    "+": 7,
    "*": 8,
    "•": 8,
    "o": 9,
}
#: kinds of numbering that count (1, 2, 3…); a breakdown whose numbers skip is not complete
_ORDERED = ("upper", "roman", "arabic", "lower")


class Relation:
    """``total`` = the sum of ``parts`` (each (index, sign)), along ``axis`` ("row": the
    indexes are rows, checked in every value column; "column": the indexes are columns,
    checked in every row). ``kind`` is sum, partial or ratio (total = 100·a/b);
    ``source`` its firmness; ``rule`` the words that say why, for a person; ``unclear`` a
    reason not to judge it."""

    __slots__ = ("axis", "kind", "parts", "rule", "source", "total", "unclear")

    def __init__(self, axis, kind, total, parts, source, rule, unclear=None):
        self.axis, self.kind, self.total, self.parts = axis, kind, total, parts
        self.source, self.rule, self.unclear = source, rule, unclear


# --- rows ---------------------------------------------------------------------------


def row_relations(layout):
    """Return the relations among the body's rows."""
    rows = layout.rows
    out = []
    children: dict = {}
    partial: set = set()
    stack: list = []  # (kind, position in rows)
    last: dict = {}  # the last ordinal of each kind so far: numbering may run on
    row_before: dict = {}
    top_level = []
    for i, row in enumerate(rows):
        kind = row.kind
        row_before[i] = dict(last)
        if kind in _ORDERED:
            last[kind] = row.ordinal
        if _PARTIAL_ROW.match(row.label) and not row.has_values:
            if stack:
                partial.add(stack[-1][1])
            continue
        if _COMPLETE_ROW.match(row.label) and not row.has_values:
            continue
        if kind in ("", "?"):
            if stack and row.has_values:
                children.setdefault(stack[-1][1], []).append((i, True))
            continue
        kinds = [k for k, _p in stack]
        if kind in kinds:
            del stack[kinds.index(kind) :]
        else:  # a kind never seen above: it nests under higher ranks only (A > I > 1 > a > -)
            rank = _RANK.get(kind, len(_RANK))
            while stack and _RANK.get(stack[-1][0], len(_RANK)) >= rank:
                stack.pop()
        parent = stack[-1][1] if stack else None
        if parent is None:
            top_level.append(i)
        else:
            children.setdefault(parent, []).append((i, False))
        stack.append((kind, i))
        if _PARTIAL.search(row.label):
            partial.add(i)
    for parent, kids in children.items():
        out.append(_breakdown(layout, parent, kids, parent in partial, row_before))
    out.extend(_label_formulas(layout))
    total = _total_row(layout, top_level)
    if total is not None:
        out.append(total)
    return [r for r in out if r is not None]


def _breakdown(layout, parent, kids, partial, row_before):
    rows = layout.rows
    head = rows[parent]
    numbered = [i for i, loose in kids if not loose]
    loose = [i for i, loose in kids if loose]
    name = head.stt or head.label[:40]
    if partial:
        parts = [i for i, _l in kids]
        return Relation(
            "row",
            PARTIAL,
            parent,
            [(i, 1) for i in parts],
            NUMBERED,
            ("partial", {"parent": name}),
        )
    if not numbered:
        return None  # only unnumbered rows under it: nothing says they are all of it
    unclear = None
    if loose:
        unclear = "unnumbered rows among the parts"
    kinds = {rows[i].kind for i in numbered}
    if len(kinds) > 1:
        unclear = "parts numbered in more than one way"
    elif kinds & set(_ORDERED):
        ordinals = [rows[i].ordinal for i in numbered]
        # 1, 2, 3… or, where the numbering runs on from the group before, 15, 16, 17…
        start = {1, row_before[numbered[0]].get(rows[numbered[0]].kind, 0) + 1}
        if ordinals != list(range(ordinals[0], ordinals[0] + len(ordinals))) or (
            ordinals[0] not in start
        ):
            unclear = "the parts' numbers skip or repeat"
    first, last = rows[numbered[0]].stt, rows[numbered[-1]].stt
    return Relation(
        "row",
        SUM,
        parent,
        [(i, 1) for i in numbered],
        NUMBERED,
        ("numbered", {"parent": name, "first": first, "last": last}),
        unclear,
    )


def _label_formulas(layout):
    rows = layout.rows
    for i, row in enumerate(rows):
        m = _LABEL_FORMULA.search(row.label)
        if not m:
            continue
        terms = re.findall(r"([+\-]?)\s*([A-Z0-9]+)", m.group(1))
        parts, missing = [], False
        for sign, name in terms:
            found = _row_named(rows, name, i)
            if found is None:
                missing = True
                break
            parts.append((found, -1 if sign == "-" else 1))
        if missing or not parts:
            continue
        yield Relation(
            "row",
            SUM,
            i,
            parts,
            PRINTED,
            ("label formula", {"formula": m.group(1).replace(" ", "")}),
        )


def _row_named(rows, name, not_this):
    """Return the row numbered ``name`` at the shallowest kind, if it is one row."""
    kind, _n = numbering(name)
    found = [i for i, r in enumerate(rows) if r.stt.strip().rstrip(".") == name and i != not_this]
    if kind in ("upper", "roman") and len(found) == 1:
        return found[0]
    return found[0] if len(found) == 1 else None


def _total_row(layout, top_level):
    rows = layout.rows
    totals = [i for i, r in enumerate(rows) if not r.stt and TOTAL_LABEL.match(r.label)]
    if len(totals) != 1 or not top_level:
        return None
    at = totals[0]
    if at not in (0, len(rows) - 1):
        return None
    parts = [i for i in top_level if i != at]
    kinds = {rows[i].kind for i in parts}
    if len(kinds) != 1 or not parts:
        return None
    unclear = None
    if kinds & set(_ORDERED):
        ordinals = [rows[i].ordinal for i in parts]
        if ordinals != list(range(1, len(ordinals) + 1)):
            unclear = "the parts' numbers skip or repeat"
    return Relation(
        "row",
        SUM,
        at,
        [(i, 1) for i in parts],
        LABEL,
        ("total row", {"first": rows[parts[0]].stt, "last": rows[parts[-1]].stt}),
        unclear,
    )


# --- columns ------------------------------------------------------------------------


def column_relations(layout):
    """Return the relations among the value columns: printed, else read from the header."""
    printed = list(_printed_columns(layout))
    if printed or any(f for _n, f in layout.column_formulas.values()):
        return printed
    return list(_header_columns(layout)) + list(_ratio_columns(layout))


#: a column that compares the two before it, by its header: "So sánh (%)", "TH/DT (%)",
#: "Tỷ lệ thực hiện", "% thực hiện so dự toán"
_RATIO_HEADER = re.compile(
    r"so\s*sánh|tỷ\s*lệ\s*(?:thực\s*hiện|hoàn\s*thành)|%\s*(?:thực\s*hiện|hoàn\s*thành)|"
    r"\b(?:u?th|qt|ước\s*th)\s*/\s*(?:dt|kh)\b|\bcompar|% of (?:plan|estimate)",
    re.IGNORECASE,
)
#: a column of the change between the two before it, in percent: "Tăng/giảm (%)", "Tăng
#: trưởng (%)", "% change" (scan's pasted tables read it too: text/tables.py)
CHANGE_HEADER = re.compile(
    r"tăng\s*/?\s*giảm|tăng,\s*giảm|tăng\s*trưởng|\bchange\b|\bgrowth\b|\by/?o/?y\b"
    r"|^\s*(?:tăng|giảm)\s*(?:\(%\)|%)?\s*$",  # "Tăng (%)": the column's change, said alone
    re.IGNORECASE,
)
#: a rate set by rule, or a share of a figure the table does not print: no ratio of columns
_RULE_RATE = re.compile(r"điều\s*tiết|phân\s*chia|hưởng|\bgdp\b|bội\s*chi", re.IGNORECASE)


def _ratio_columns(layout):
    """Relations a ratio column's header states: the later of the two value columns just
    before it, as a percentage of the earlier ("Dự toán | Ước thực hiện | So sánh (%)").
    Which two it compares is read, not printed: it may only confirm (checks.weigh_ratio)."""
    values = layout.columns
    for i, col in enumerate(values):
        header = " ".join(h for h in col.header if h)
        change = bool(CHANGE_HEADER.search(header)) and "%" in header
        if (not _RATIO_HEADER.search(header) and not change) or _RULE_RATE.search(header):
            continue
        if i < 2:
            continue
        later, earlier = values[i - 1], values[i - 2]
        if later.index != col.index - 1 or earlier.index != later.index - 1:
            continue  # the two it compares stand right before it
        if _RATIO_HEADER.search(" ".join(later.header)) or later.percent or earlier.percent:
            continue
        yield Relation(
            "column",
            RATIO,
            col.index,
            [(later.index, 1), (earlier.index, 1)],
            HEADER,
            (
                "change header" if change else "ratio header",
                {"header": header, "a": later.name, "b": earlier.name},
            ),
        )


def _printed_columns(layout):
    by_number = {n: c for c, (n, _f) in layout.column_formulas.items()}
    value_columns = {col.index for col in layout.columns}
    for c, (n, formula) in layout.column_formulas.items():
        if not formula or c not in value_columns:
            continue
        f = formula.replace("…", "...").replace(" ", "").replace("x", "*")
        m = re.fullmatch(r"\(?(\d+)/(\d+)\)?(?:\*100)?%?", f)
        if m:
            a, b = (by_number.get(int(g)) for g in m.groups())
            if a is not None and b is not None:
                yield Relation(
                    "column",
                    RATIO,
                    c,
                    [(a, 1), (b, 1)],
                    PRINTED,
                    ("column formula", {"formula": f"{n}={formula}"}),
                )
            continue
        terms = _terms(f)
        if terms is None:
            continue
        parts = [(by_number.get(k), s) for k, s in terms]
        if any(p is None for p, _s in parts):
            continue
        yield Relation(
            "column", SUM, c, parts, PRINTED, ("column formula", {"formula": f"{n} = {formula}"})
        )


def _terms(formula):
    """Return [(column number, sign)] of ``3+6+7``, ``10+...+19``, ``11=4+9-10``; None if
    the formula is not a sum."""
    if not re.fullmatch(r"[+\-]?\d+(?:[+\-](?:\d+|\.\.\.))*", formula):
        return None
    tokens = re.findall(r"([+\-]?)(\d+|\.\.\.)", formula)
    out: list = []
    for i, (sign, token) in enumerate(tokens):
        if token == "...":
            if not out or i + 1 >= len(tokens) or tokens[i + 1][1] == "...":
                return None
            start, end = out[-1][0], int(tokens[i + 1][1])
            out.extend((k, 1) for k in range(start + 1, end))
            continue
        out.append((int(token), -1 if sign == "-" else 1))
    return out


def _header_columns(layout):
    """Relations a merged header states: a TỔNG SỐ column beside its parts; a total column
    left of ``Chia ra`` (or ``Trong đó``, partial) over the columns it splits into."""
    grid = layout.grid
    header = set(layout.header_rows)
    value_columns = {col.index for col in layout.columns if not col.percent}
    for r0, r1, c0, c1 in grid.merged:
        if r0 not in header or c1 - c0 < 2:
            continue
        text = grid.rows[r0][c0].text
        below = _children(grid, header, r1, c0, c1)
        if not below:
            continue
        leaves = [c for c in range(c0, c1) if c in value_columns]
        if _GROUP_COMPLETE.match(text) or _GROUP_PARTIAL.match(text):
            total = max((c for c in value_columns if c < c0), default=None)
            if total is None or total != c0 - 1:
                continue
            kind = PARTIAL if _GROUP_PARTIAL.match(text) else SUM
            parts = _parts(grid, header, value_columns, below)
            if parts:
                yield Relation(
                    "column",
                    kind,
                    total,
                    [(p, 1) for p in parts],
                    HEADER,
                    ("header group", {"group": text}),
                )
            continue
        totals = [cc for cc, span in below if span == 1 and _is_total_column(grid, header, cc)]
        if len(totals) != 1 or totals[0] not in value_columns:
            continue
        rest = [(cc, span) for cc, span in below if cc != totals[0]]
        parts = _parts(grid, header, value_columns, rest)
        if parts and set(parts) <= set(leaves):
            yield Relation(
                "column",
                SUM,
                totals[0],
                [(p, 1) for p in parts],
                HEADER,
                ("header total", {"group": text}),
            )


def _children(grid, header, r, c0, c1):
    """Return [(column, span)] of the header cells just under a group that spans c0…c1 down
    to row r − 1: for each column, the first cell from row r down that holds a heading."""
    if r not in header:
        return []
    owners = {}
    for m in grid.merged:
        for rr in range(m[0], m[1]):
            for cc in range(m[2], m[3]):
                owners[(rr, cc)] = (m[0], m[2], m[3] - m[2])
    out: dict = {}
    rows = sorted(h for h in header if h >= r)
    for c in range(c0, c1):
        for rr in rows:
            owner = owners.get((rr, c))
            if owner is None and grid.rows[rr][c].text:
                owner = (rr, c, 1)
            if owner is not None and grid.rows[owner[0]][owner[1]].text:
                if owner[1] >= c0 and owner[1] + owner[2] <= c1:
                    out[owner[1]] = (owner[0], owner[2])
                break
    return [(c, span) for c, (_r, span) in sorted(out.items())]


def _parts(grid, header, value_columns, cells):
    """Return the columns that make up header cells: a leaf, or a group's own total column,
    or the group's leaves."""
    out = []
    for c, span in cells:
        if span == 1:
            if c in value_columns:
                out.append(c)
            continue
        merges = [m for m in grid.merged if m[2] == c and m[3] == c + span and m[0] in header]
        below = _children(grid, header, merges[0][1], c, c + span) if merges else []
        totals = [cc for cc, s in below if s == 1 and _is_total_column(grid, header, cc)]
        if totals and totals[0] in value_columns:
            out.append(totals[0])
        else:
            out.extend(cc for cc in range(c, c + span) if cc in value_columns)
    return out


def _is_total_column(grid, header, column):
    """Return whether a column's own heading (its lowest words) says Tổng số."""
    texts = [grid.rows[r][column].text for r in sorted(header) if grid.rows[r][column].text]
    return bool(texts) and bool(_TOTAL_HEADER.match(texts[-1]))
