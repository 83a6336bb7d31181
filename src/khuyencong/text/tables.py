"""A table pasted as text (cells between "|" or tabs, as Word, Excel and PDF tables arrive):
its growth rows checked column on column against the row of amounts above them, and its
rate column against the plan and the amount achieved in the same row.

Under a header of consecutive years, a row labelled as a growth ("Tỷ lệ tăng trưởng",
"growth") says, in each column, the change from the column before; negatives are written
in parentheses, "(8,33%)". A share row ("Tỷ trọng") is of a total the table does not give,
and stays without a verdict; a share column ("Tỷ trọng (%)") is of the one total row
that prints a share of 100. Under a header that names one plan column ("Kế hoạch", "Dự
toán", "Plan"), one column of what was achieved ("Thực hiện", "Đã giải ngân", "Actual")
and one rate column ("Tỷ lệ (%)", "So sánh", "% of plan"), each row's rate is the
achieved over the plan; under one that names a change column ("Tăng/giảm (%)") right after
two consecutive years, each row's change is of the later year's amount over the earlier's;
a number in a column whose header says "%" is a percentage.
"""

import re
from decimal import Decimal

from ..core.i18n import _
from . import evidence
from .tokens import Amount, Percent, parse

_GROWTH_ROW = re.compile(
    r"tăng\s*trưởng|tốc độ tăng|tỷ lệ tăng|tăng\s*/\s*giảm|tăng giảm|% tăng|"
    r"growth|change|increase|\by/?o/?y\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?:19|20)\d{2}")


def cells(line):
    """Return a row's cells as (text, (start, end)), empty cells kept so columns line up."""
    out, start = [], 0
    for part in re.split(r"\||\t", line):
        lead = len(part) - len(part.lstrip())
        out.append((part.strip(), (start + lead, start + len(part.rstrip()))))
        start += len(part) + 1
    if out and not out[0][0] and line.lstrip().startswith("|"):
        out.pop(0)  # "| a | b |": the edges are not cells
    if out and not out[-1][0]:
        out.pop()
    return out


#: the header of a table's plan column, of its column of what was achieved, of its rate
_PLAN_HEADER = re.compile(
    r"kế\s*hoạch|dự\s*toán|\bKH\b|\bDT\b|chỉ\s*tiêu\s*giao|\bplan|\bestimate|\btarget",
    re.IGNORECASE,
)
_DONE_HEADER = re.compile(
    r"thực\s*hiện|\bTH\b|đã\s*giải\s*ngân|giải\s*ngân|quyết\s*toán|\bactual|\bdisbursed|"
    r"\boutturn|\bachieved",
    re.IGNORECASE,
)
_RATE_HEADER = re.compile(r"tỷ\s*lệ|tỉ\s*lệ|so\s*sánh|%|\brate\b", re.IGNORECASE)
#: a column in percent that is no rate of the plan: a share of a total, a growth
_NOT_A_RATE = re.compile(
    r"tỷ\s*trọng|tỉ\s*trọng|cơ\s*cấu|tăng|giảm|\bshare|\bgrowth|\bchange|\by/?o/?y\b",
    re.IGNORECASE,
)


def header_row(row, locale):
    """Whether a table row is a header: a label, then cells none of which is a number."""
    rest = [text for text, _span in row[1:] if text]
    if all(re.fullmatch(r"[-:=\s]+", text) for text, _span in row if text):
        return False  # "|---|---|": the rule under a Markdown header
    # a year is a column's name: "| Item | 2023 | 2024 | % change |"
    return bool(rest) and all(_number(t, locale) is None or _YEAR.fullmatch(t) for t in rest)


def _number(text, locale):
    """Return the number a cell holds, a percentage's or a negative's too ("(8,33%)")."""
    return parse(text.replace(" ", "").strip("()%"), locale)


def percent_columns(row):
    """Return the columns a header row says are in percent ("Tỷ lệ (%)", "%")."""
    return {i for i, (text, _span) in enumerate(row) if i and "%" in text}


def cell_percents(row, columns, locale):
    """Return Percents for the bare numbers of a row in the columns a header said are in
    percent ("| Thu nội địa | 15.200 | 17.940 | 118,0 |" under "Tỷ lệ (%)"), a negative
    written in parentheses or with its sign too ("(11.8)", "-4,0")."""
    out = []
    for i in columns:
        if i >= len(row):
            continue
        text, (start, end) = row[i]
        wrapped = text.startswith("(") and text.endswith(")")  # a negative: "(11.8)"
        signed = text[:1] in "-−" and len(text) > 1  # or "-4,0"
        digits = text[1:-1] if wrapped else text[1:] if signed else text
        value = parse(digits.replace(" ", ""), locale) if text and "%" not in text else None
        if value is not None:
            value = -value if wrapped or signed else value
            out.append(Percent(text, start, end, value, digits.strip()))
    return out


def _rate_roles(row):
    """Return (plan, achieved, rate) columns a header row names, one of each, or None."""
    roles: dict[str, list[int]] = {"plan": [], "done": [], "rate": []}
    for i, (text, _span) in enumerate(row):
        if not i or not text:
            continue
        if _NOT_A_RATE.search(text):
            continue  # "Tỷ trọng (%)", "Tăng trưởng (%)"
        if _RATE_HEADER.search(text):
            roles["rate"].append(i)
        elif _PLAN_HEADER.search(text):
            roles["plan"].append(i)
        elif _DONE_HEADER.search(text):
            roles["done"].append(i)
    if len(roles["rate"]) > 1:  # "So với kế hoạch (%)" beside "So với cùng kỳ (%)"
        roles["rate"] = [i for i in roles["rate"] if _PLAN_HEADER.search(row[i][0])]
    if any(len(found) != 1 for found in roles.values()):
        return None
    return roles["plan"][0], roles["done"][0], roles["rate"][0]


def _change_roles(row):
    """Return (later, earlier, change) columns of a header row that names a change column
    ("Tăng/giảm (%)") right after the columns of two consecutive years, or None."""
    # the table command's own test of a change column; read only when a table is pasted
    from ..tables.relations import CHANGE_HEADER

    years = {
        i: int(m.group(0)) for i, (text, _s) in enumerate(row) if i and (m := _YEAR.search(text))
    }
    changes = [
        i for i, (text, _s) in enumerate(row) if i and i not in years and CHANGE_HEADER.search(text)
    ]
    if len(changes) != 1 or changes[0] < 3:
        return None
    change = changes[0]
    if years.get(change - 1, 0) - years.get(change - 2, 0) != 1:
        return None
    return change - 1, change - 2, change


def _tie_rows(paragraphs, in_row, locale):
    """Tie each row's rate to the amount achieved over the plan its header names, and each
    row's change to its two years' amounts."""
    roles = None
    for p in paragraphs:
        if p.table is None:
            roles = None
            continue
        row = cells(p.text)
        if header_row(row, locale):
            rate, change = _rate_roles(row), _change_roles(row)
            roles = ("rate", *rate) if rate else ("growth", *change) if change else None
            continue
        if roles is None:
            continue
        kind, first, second, at = roles[0], *roles[1:]
        if kind == "rate":  # (plan, achieved, rate): the achieved over the plan
            first, second = second, first
        if max(first, second, at) >= len(row):
            continue
        values = [parse(row[i][0].replace(" ", ""), locale) for i in (first, second)]
        if None in values or not values[1]:
            continue
        for r in in_row.get(id(p), ()):
            start, end = row[at][1]
            if not start <= r.percent.start < end or r.strength is not None:
                continue
            a, b = (
                _amount((v, row[i][0], row[i][1]))
                for v, i in zip(values, (first, second), strict=True)
            )
            r.kind = kind
            how = (
                _("the row's plan and what was achieved, by the table's header")
                if kind == "rate"
                else _("the row's two years, by the table's header")
            )
            # read from the header, not printed
            r.tie("ratio" if kind == "rate" else "growth", a, b, how, evidence.FIRM)
            r.missing, r.note = "", ""


#: the header of a column of shares of the table's total
_SHARE_HEADER = re.compile(r"tỷ\s*trọng|tỉ\s*trọng|cơ\s*cấu|\bshare\b", re.IGNORECASE)


def _share_roles(row):
    """Return (amount, share) columns of a header row that names one share column ("Tỷ
    trọng (%)") and, right before it, the column of amounts it is a share of; or None."""
    shares = [i for i, (text, _s) in enumerate(row) if i and _SHARE_HEADER.search(text)]
    if len(shares) != 1 or shares[0] < 2 or "%" in row[shares[0] - 1][0]:
        return None
    return shares[0] - 1, shares[0]


def _tie_shares(paragraphs, in_row, locale):
    """Tie each row's share to its amount over its whole, in a table whose share column the
    header names and whose one total row ("Tổng", "Tổng cộng", "Total") prints a share of
    100: that 100 says the column is of that total (a table of shares within groups prints
    none, or more than one total)."""
    block: list = []
    for p in [*paragraphs, None]:
        if p is not None and p.table is not None:
            block.append(p)
            continue
        _shares_of_block(block, in_row, locale)
        block = []


def _shares_of_block(block, in_row, locale):
    roles = None
    rows: list[tuple] = []
    for p in block:
        row = cells(p.text)
        if header_row(row, locale):
            roles, rows = _share_roles(row), []
        elif roles is not None and len(row) > roles[1]:
            rows.append((p, row))
    if roles is None:
        return
    # the table command's own tests of a total row and of an item's marker; read only when
    # a share column is pasted
    from ..tables.layout import numbering
    from ..tables.relations import TOTAL_LABEL

    amount, share = roles
    # the one total row that prints a share of 100 ("Tổng thu", not "Tổng thu nội địa")
    totals = [
        entry
        for entry in rows
        if _TOTAL_NAMED.match(entry[1][0][0]) and _number(entry[1][share][0], locale) == 100
    ]
    if len(totals) > 1:  # "Tổng thu" and "Tổng cộng" both 100: the one the table command reads
        totals = [entry for entry in totals if TOTAL_LABEL.match(entry[1][0][0])]
    if len(totals) != 1:
        return
    marked = {id(e) for e in rows if numbering(_first_word(e[1][0][0]))[0] in _ITEM_MARKS}
    for members, wholes, strength in _share_groups(rows, totals[0], roles, marked, locale):
        for p, row in members:
            a = _cell_amount(row, amount, locale)
            start, end = row[share][1]
            for r in in_row.get(id(p), ()):
                if a is None or not start <= r.percent.start < end or r.strength is not None:
                    continue
                found = _nearest(a, r.percent.value, wholes, amount, locale)
                if found is None:
                    continue
                whole, b = found
                how = (
                    _("the row's amount and the table's total row, by the table's header")
                    if whole is totals[0]
                    else _("the row's amount and its group's row above it, by the table's header")
                )
                r.kind = "share"
                r.tie("ratio", a, b, how, strength)
                r.missing, r.note = "", ""


def _nearest(a, reported, wholes, column, locale):
    """Return (row, amount) of the whole, of those a share may be of, that puts the share
    nearest what is reported; or None."""
    found = [(w, b) for w in wholes if (b := _cell_amount(w[1], column, locale)) and b.value]
    if not found:
        return None
    return min(found, key=lambda e: abs(a.value * 100 / e[1].value - reported))


def _share_groups(rows, total, columns, marked, locale):
    """Yield (rows, whole rows, strength) of a share column: the total row of itself; the
    rows of the top level (not ``marked`` with "-", "+" or "a)" before their label) of the
    total, firmly when their amounts add up to the total's or their shares to 100 — the
    arithmetic that tells a reader they are its parts —, else only to confirm; and each run
    of marked rows under a top row: of that row when their shares add up to 100, of the
    total when they add up to that row's share, firmly, else of that row or of the total,
    whichever puts each share nearer what it prints, only to confirm (a group listed in
    part, "trong đó", prints its items' shares of either)."""
    amount, share = columns
    yield [total], (total,), evidence.FIRM
    top: list[tuple] = []
    groups: list[tuple] = []
    for entry in rows:
        if entry is total:
            continue
        if id(entry) in marked:
            if groups:
                groups[-1][1].append(entry)
        else:
            top.append(entry)
            groups.append((entry, []))
    parts = _adds_up(top, amount, total[1][amount][0], locale) or _adds_up(
        top, share, "100", locale
    )
    yield top, (total,), evidence.FIRM if parts else evidence.WEAK
    for head, members in groups:
        if not members:
            continue
        if _adds_up(members, share, "100", locale):
            yield members, (head,), evidence.FIRM
        elif _adds_up(members, share, head[1][share][0], locale):
            yield members, (total,), evidence.FIRM
        else:
            yield members, (head, total), evidence.WEAK


def _adds_up(rows, column, printed, locale):
    """Whether the numbers of rows in a column add up to ``printed`` (a cell's text, or
    "100" for a whole's share), within what rounding or truncation each may have lost (one
    unit of its last digit)."""
    if printed == "100":  # a whole's share: exactly 100, lost nothing to rounding
        expected, slack = Decimal(100), Decimal(0)
    else:
        expected = _number(printed, locale)
        if expected is None:
            return False
        slack = Decimal(1).scaleb(expected.as_tuple().exponent)
    if not rows:
        return False
    total = Decimal(0)
    for _p, row in rows:
        value = _number(row[column][0], locale)
        if value is None:
            return False
        total += value
        slack += Decimal(1).scaleb(value.as_tuple().exponent)
    return abs(total - expected) <= slack


def _cell_amount(row, column, locale):
    value = parse(row[column][0].replace(" ", ""), locale)
    return None if value is None else _amount((value, row[column][0], row[column][1]))


#: a total row's label, which may name what it totals ("Tổng thu", "Total revenue"): its share
#: of 100 says it is the column's whole
_TOTAL_NAMED = re.compile(r"^\s*(?:tổng|cộng|total|toàn\s+(?:tỉnh|quốc))\b", re.IGNORECASE)


#: the numbering of a row marked as an item of the row above it: "- Công nghiệp", "+ Xây
#: dựng", "a) …" (tables.layout.numbering's kinds)
_ITEM_MARKS = frozenset(["-", "+", "*", "•", "o", "lower"])


def _first_word(label):
    return label.split()[0] if label.split() else ""


def tie_tables(paragraphs, readings, locale):
    """Tie the growth rows of every table to the amounts of the row above, year on year,
    each row's rate to its plan and what was achieved, and each row's share to the
    table's total."""
    in_row: dict[int, list] = {}
    for r in readings:
        if r.sentence.paragraph.table is not None:
            in_row.setdefault(id(r.sentence.paragraph), []).append(r)
    _tie_rows(paragraphs, in_row, locale)
    _tie_shares(paragraphs, in_row, locale)
    years: dict[int, int] = {}
    data: dict[int, tuple] = {}
    for p in paragraphs:
        if p.table is None:
            years, data = {}, {}
            continue
        row = cells(p.text)
        header = _header(row)
        if header:
            years, data = header, {}
            continue
        values = _values(row, locale)
        if values:
            data = values
            continue
        if not data or not row or not _GROWTH_ROW.search(row[0][0]):
            continue
        for r in in_row.get(id(p), ()):
            col = next((i for i, (_, (a, b)) in enumerate(row) if a <= r.percent.start <= b), None)
            if col is None or col - 1 not in data or col not in data:
                continue
            if years.get(col, 0) - years.get(col - 1, 0) != 1:
                continue  # only year on year: columns of other periods say other things
            r.kind = "growth"
            new, old = (_amount(data[c]) for c in (col, col - 1))
            r.tie(
                "growth",
                new,
                old,
                _("the row above, column on column ({start} → {end})").format(
                    start=years[col - 1], end=years[col]
                ),
            )
            r.missing, r.note = "", ""


def _header(row):
    """Return {column: year} for a header row of years, or {} for any other row."""
    found = {i: _YEAR.search(text) for i, (text, _) in enumerate(row) if text}
    if found.get(0) is None:
        found.pop(0, None)  # "Chỉ tiêu | Năm 2019 | Năm 2020": a label, then the years
        if not found:
            return {}
    if len(found) < 2 or not all(found.values()):
        return {}
    shift = 1 if 0 in found else 0  # "Năm 2011 | Năm 2012 |" over "Mỹ | … | … |"
    return {i + shift: int(m.group(0)) for i, m in found.items() if m}


def _values(row, locale):
    """Return {column: (value, cell)} for a labelled row of numbers, or {}."""
    if not row or not row[0][0] or parse(row[0][0].replace(" ", ""), locale) is not None:
        return {}
    out = {}
    for i, (text, span) in enumerate(row[1:], start=1):
        if not text:
            continue
        value = parse(text.replace(" ", ""), locale)
        if value is None:
            return {}
        out[i] = (value, text, span)
    return out if len(out) >= 2 else {}


def _amount(entry):
    value, text, (start, end) = entry
    return Amount(text, start, end, value, "table")
