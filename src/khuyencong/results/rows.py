"""Datasets → plain rows for ``summary``, ``export`` and ``verify``, with their columns."""

from ..core import explain
from ..core.compute import all_figures, check_claim, sum_checks
from ..core.i18n import N_, _, said
from ..core.model import CLAIM_KINDS
from ..core.numbers import EXACT, count, decimals, ratio_to_decimal
from ..core.verdict import CONSISTENT, IMPLIED, INCONSISTENT, NO_VERDICT, TRUNCATED, percent_ratio
from .names import in_words


class Column:
    """One column: the row key, its header, and its kind.

    kinds: ``text``; ``number``; ``measure`` (a number shown with ``%`` when the row's
    ``unit_key`` entry is ``%``); ``range`` (two keys shown as ``low–high``, same rule).
    ``year``: a value column whose cell gets ``*`` when the row lists it as derived.

    ``wrap``: whether a text column may wrap in a table (short words such as verdicts don't).
    """

    __slots__ = ("header", "key", "keys", "kind", "optional", "unit_key", "wrap", "year")

    def __init__(
        self,
        key,
        header,
        kind="text",
        keys=None,
        year=None,
        unit_key="unit",
        wrap=True,
        optional=False,
    ):
        self.key, self.header, self.kind, self.keys = key, header, kind, keys
        self.year, self.unit_key, self.wrap = year, unit_key, wrap and kind == "text"
        # a table may shorten this column's text, or leave it out, to fit the terminal (the
        # full text stays in the data formats): quotes, excerpts, bars
        self.optional = optional

    @property
    def numeric(self):
        return self.kind != "text"


PERCENT_PLACES = 2
DERIVED = "derived"


def meta(dataset):
    """Return the dataset's metadata for JSON output: source, unit, scope, file."""
    return {
        "source": dict(dataset.source),
        "unit": dataset.unit,
        "scope": dataset.scope,
        "data": dataset.path,
    }


def title(dataset):
    """Return a one-line title: the source's title and the unit."""
    head = dataset.source.get("title") or dataset.path
    return f"{head} ({dataset.unit})" if dataset.unit else head


# --- summary --------------------------------------------------------------------------


def _roots(dataset):
    """Return {series: the series at the top of its parts relation}, for series in one."""
    parents = {p: k for k, s in dataset.series.items() for p in s.parts}
    roots = {}
    for key in dataset.series:
        if key not in parents and not dataset.series[key].parts:
            continue
        top, seen = key, set()
        while top in parents and top not in seen:  # relations are acyclic; guard anyway
            seen.add(top)
            top = parents[top]
        roots[key] = top
    return roots


def summary_columns(dataset):
    """Return the summary's columns: series, label, a value per year, change, growth, share."""
    years = dataset.years()
    cols = [Column("series", "Series", wrap=False), Column("label", "Label")]
    cols += [Column(f"value_{y}", str(y), "number", year=y) for y in years]
    if len(years) >= 2:
        cols.append(Column("change", "Change", "number"))
        cols.append(Column("growth_pct", "Growth %", "number"))
    cols.append(Column("share_pct", "Share %", "number"))
    cols.append(Column("derived", "Derived", "text"))
    return cols


def summary_years(dataset, start=None, end=None):
    """Return (from, to): the two years change and growth compare, by default the last two;
    either may be None when the data has fewer years. Refuses years the data lacks."""
    from ..core.errors import KhuyenCongError

    years = dataset.years()
    for y in (start, end):
        if y is not None and y not in years:
            raise KhuyenCongError(
                _("no series has a figure for {year} (the data covers {years})").format(
                    year=y, years=", ".join(map(str, years))
                )
            )
    end = end if end is not None else (years[-1] if years else None)
    earlier = [y for y in years if end is not None and y < end]
    start = start if start is not None else (earlier[-1] if earlier else None)
    if start is not None and end is not None and start >= end:
        raise KhuyenCongError(
            _("--from ({start}) must be before --to ({end})").format(start=start, end=end)
        )
    return start, end


def summary_rows(dataset, start=None, end=None, mode="any"):
    """Return one row per series with figures: values per year, change, growth % and share %.

    Values keep their written digits; percentages are the written figures' exact ratio
    rounded half-up to two decimals (cut, with ``mode`` "truncate", as the checks then
    are); derived values are listed in ``derived``. Change and growth are from ``start`` to
    ``end`` (by default the last two years), the share in ``end``.
    """
    years = dataset.years()
    start, end = summary_years(dataset, start, end)
    roots = _roots(dataset)
    derived = dataset.derived
    rows = []
    for key, s in dataset.series.items():
        values = {y: s.values.get(y) for y in years}
        derived_years = [y for y in years if values[y] is None and (key, y) in derived]
        for y in derived_years:
            values[y] = derived[(key, y)].value
        if all(v is None for v in values.values()):
            continue
        row = {
            "series": key,
            "label": s.label,
            "derived_years": derived_years,
            "derived": "; ".join(f"{y} = {derived[(key, y)].derivation}" for y in derived_years),
        }
        for y, v in values.items():
            row[f"value_{y}"] = v
        if start is not None:
            new, old = values[end], values[start]
            if new is not None and old is not None:
                row["change"] = EXACT.subtract(new, old)
                row["growth_pct"] = _percent("growth", new, old, mode)
        last = values[end] if end is not None else None
        if last is not None and key in roots:
            whole = (
                s.values.get(end)
                if roots[key] == key
                else dataset.series[roots[key]].values.get(end)
            )
            if whole is None and (roots[key], end) in derived:
                whole = derived[(roots[key], end)].value
            if whole is not None:
                row["share_pct"] = _percent("share", last, whole, mode)
        rows.append(row)
    return rows


def _percent(kind, a, b, mode="any"):
    """Return the growth or share of two written values to 2 decimals: rounded half-up,
    or cut when ``mode`` is "truncate"."""
    ratio = percent_ratio(kind, a, b)
    if ratio is None:
        return None
    direction = "truncate" if mode == "truncate" else "half-up"
    return ratio_to_decimal(ratio[0], ratio[1], PERCENT_PLACES, direction)


def summary_caption(dataset, start=None, end=None):
    """Return the notes under the summary table: derived values and implied-only series."""
    notes = []
    if dataset.derived:
        notes.append(
            _("* derived: ")
            + "; ".join(
                in_words(f"{f.name} = {f.derivation}", dataset) for f in dataset.derived.values()
            )
        )
    has_derived = {key for key, _ in dataset.derived}
    empty = [k for k, s in dataset.series.items() if not s.values and k not in has_derived]
    wholes = {c.of for c in dataset.claims if c.kind == "share"}
    implied = [k for k in empty if k in wholes]
    if implied:
        notes.append(
            _("Only implied by a share ({names}): see `khuyencong verify`.").format(
                names=", ".join(in_words(k, dataset) for k in implied)
            )
        )
    if len(implied) < len(empty):
        notes.append(
            _("Without values: {names}.").format(
                names=", ".join(k for k in empty if k not in wholes)
            )
        )
    start, end = summary_years(dataset, start, end)
    if start is not None:
        notes.insert(
            0,
            _(
                "Change and growth: {start} → {end}; share: of the relation's total in {end}."
            ).format(start=start, end=end),
        )
    elif end is not None:  # one year to show: no change, but its shares say of when
        notes.insert(0, _("Share: of the relation's total in {end}.").format(end=end))
    if dataset.scope:
        notes.insert(0, _("Scope: {scope}.").format(scope=dataset.scope))
    return "\n".join(notes) if notes else None


# --- verify ---------------------------------------------------------------------------

#: the columns of a checked percentage, shared by verify and scan: for data formats …
CHECKED_COLUMNS = [
    Column("reported", "Reported", "measure", unit_key="reported_unit"),
    Column("reported_unit", "Reported unit"),
    Column("recomputed", "Recomputed", "measure"),
    Column("low", "Low", "measure"),
    Column("high", "High", "measure"),
    Column("unit", "Unit"),
    Column("verdict", "Verdict"),
    Column("note", "Note"),
]
#: … and for people: a table (its notes numbered under it) and Markdown (notes inline)
CHECKED_TABLE_COLUMNS = [
    Column("reported", "Reported", "measure", unit_key="reported_unit"),
    Column("recomputed", "Recomputed", "measure"),
    Column("interval", "Exact interval", "range", keys=("low", "high")),
    Column("verdict_cell", "Verdict", wrap=False),
]


def markdown_columns(table_columns):
    """Return Markdown's columns: the table's, the verdict without its mark, and the note."""
    return [*table_columns[:-1], Column("verdict", "Verdict"), Column("note", "Note")]


VERIFY_COLUMNS = [
    Column("kind", "Kind"),
    Column("claim", "Claim"),
    Column("line", "Line", "number"),
    Column("quote", "Quote"),
    *CHECKED_COLUMNS,
]
VERIFY_TABLE_COLUMNS = [
    Column("claim", "Claim"),
    Column("quote", "Quote", optional=True),
    *CHECKED_TABLE_COLUMNS,
]
VERIFY_MARKDOWN_COLUMNS = markdown_columns(VERIFY_TABLE_COLUMNS)


def numbered_notes(rows, label="claim", first=1):
    """Return the rows with a ``[n]`` mark on each verdict that has a note, and the notes.

    The table stays narrow enough to read; the notes follow it at full width, each headed
    by the row's ``label`` field. Marks count from ``first`` (tables that follow one another
    number on).
    """
    marked: list[dict] = []
    notes: list[str] = []
    for row in rows:
        row = dict(row, verdict_cell=_(row["verdict"]))
        if row.get("note") and row["kind"] != DERIVED:
            mark = first + len(notes)
            notes.append(f"[{mark}] {said(label, row[label])}: {row['note']}")
            row["verdict_cell"] += f" [{mark}]"
        marked.append(row)
    return marked, notes


def verify_rows(dataset, mode="any", locale="en", outcomes=None):
    """Return a row per claim, per declared sum, and per derived figure, in file order.

    ``outcomes``: the claims already checked (claim_outcomes), so they are not checked twice.
    """
    return (
        claim_rows(dataset, mode, locale, outcomes=outcomes)
        + sum_rows(dataset, locale)
        + derived_rows(dataset)
    )


def claim_outcomes(dataset, mode="any", claims=None):
    """Return (claim, outcome) for each claim (or each of ``claims``), each checked once."""
    candidates = all_figures(dataset)
    chosen = dataset.claims if claims is None else claims
    return [(claim, check_claim(dataset, claim, mode, candidates)) for claim in chosen]


def claim_rows(dataset, mode="any", locale="en", claims=None, outcomes=None):
    """Return a row per claim (or per claim of ``claims``): its verdict, or what it implies."""
    rows = []
    for claim, outcome in claim_outcomes(dataset, mode, claims) if outcomes is None else outcomes:
        row = {
            "kind": claim.kind,
            "claim": in_words(claim.describe(), dataset),
            "line": claim.line,
            "quote": claim.quote,
            "reported": claim.reported,
            "reported_unit": "%",
        }
        if outcome.verdict is not None:
            v = outcome.verdict
            row.update(
                recomputed=v.recomputed,
                low=v.low,
                high=v.high,
                unit="%",
                verdict=v.status,
                note=explain.note(v, locale, dataset.unit),
            )
        elif outcome.implied is not None:
            imp = outcome.implied
            row.update(
                recomputed=imp.value,
                low=imp.low,
                high=imp.high,
                unit=dataset.unit,
                verdict=IMPLIED,
                note=explain.describe_implied(
                    imp, in_words(outcome.missing, dataset), claim.reported, locale, dataset.unit
                ),
            )
        else:
            row.update(unit=dataset.unit, verdict=NO_VERDICT, note=outcome.problem)
        rows.append(row)
    return rows


def sum_rows(dataset, locale="en"):
    """Return a row per declared sum and year where the total and every part are written."""
    rows = []
    labels = {}  # one claim text per relation, not per year
    for key, year, result in sum_checks(dataset):
        if key not in labels:
            labels[key] = f"{key} = {' + '.join(dataset.series[key].parts)}"
        rows.append(
            {
                "kind": "sum",
                "claim": in_words(f"{labels[key]} ({year})", dataset),
                "line": None,
                "quote": "",
                "reported": result.total.value,
                "reported_unit": dataset.unit,
                "recomputed": result.value,
                "low": result.low,
                "high": result.high,
                "unit": dataset.unit,
                "verdict": result.status,
                "note": "" if result.consistent else explain.describe_sum(result, locale),
            }
        )
    return rows


def derived_rows(dataset):
    """Return a row per derived figure: how it was computed and the interval it stands for."""
    rows = []
    for f in dataset.derived.values():
        places = decimals(f.value)
        rows.append(
            {
                "kind": DERIVED,
                "claim": in_words(f"{f.name} = {f.derivation}", dataset),
                "line": None,
                "quote": "",
                "reported": None,
                "reported_unit": None,
                "recomputed": f.value,
                "low": ratio_to_decimal(f.interval.lo, f.interval.den, places, "floor"),
                "high": ratio_to_decimal(f.interval.hi, f.interval.den, places, "ceiling"),
                "unit": dataset.unit,
                "verdict": DERIVED,
                "note": N_("not in the report: computed from the declared parts"),
            }
        )
    return rows


def inconsistent_claims(dataset, mode="any"):
    """Return the claims verify finds inconsistent: series, reported, recomputed (for charts)."""
    out = []
    for claim in dataset.claims:
        outcome = check_claim(dataset, claim, mode)
        if outcome.verdict is not None and outcome.verdict.status == INCONSISTENT:
            out.append(
                {
                    "series": claim.series,
                    "kind": claim.kind,
                    "claim": claim.describe(),
                    "reported": claim.reported,
                    "recomputed": outcome.verdict.recomputed,
                }
            )
    return out


def count_verdicts(rows):
    """Return {(kind, verdict): how many rows}: what a tally and an exit code need."""
    counts: dict = {}
    for row in rows:
        key = (row["kind"], row["verdict"])
        counts[key] = counts.get(key, 0) + 1
    return counts


def tally(counts):
    """Return the one-line count of verdicts, e.g. ``6 claims, 1 sum: 3 consistent, …``.

    ``counts``: from count_verdicts.
    """
    verdicts: dict = {}
    for (_kind, verdict), n in counts.items():
        verdicts[verdict] = verdicts.get(verdict, 0) + n
    claims = sum(n for (kind, _v), n in counts.items() if kind in CLAIM_KINDS)
    sums = sum(n for (kind, _v), n in counts.items() if kind == "sum")
    order = (CONSISTENT, TRUNCATED, INCONSISTENT, IMPLIED, NO_VERDICT, DERIVED)
    said = ", ".join(f"{verdicts[k]} {_(k)}" for k in order if verdicts.get(k))
    return _("{claims}, {sums} checked: {verdicts}").format(
        claims=count(claims, _("claim"), _("claims")),
        sums=count(sums, _("sum"), _("sums")),
        verdicts=said or _("nothing to check"),
    )


def any_inconsistent(counts):
    """Return whether any row was inconsistent, from count_verdicts."""
    return any(verdict == INCONSISTENT for _, verdict in counts)


# --- records for `check --format json` -------------------------------------------------


def _figure_record(f):
    return {"name": f.name, "value": f.value, "derivation": f.derivation}


def verdict_record(verdict, locale="en", unit=""):
    """Return a verdict as plain data for JSON: every number the text output states."""
    record = {
        "kind": verdict.kind,
        "verdict": verdict.status,
        "consistent": verdict.consistent,
        "rounding": verdict.mode,
        "reported": verdict.reported,
        "recomputed": verdict.recomputed,
        "low": verdict.low,
        "high": verdict.high,
        "operands": [_figure_record(f) for f in verdict.figures],
    }
    if getattr(verdict, "years", 1) > 1:  # an average yearly growth over that many years
        record["years"] = verdict.years
    if verdict.status == INCONSISTENT:
        record["gap_pp"] = verdict.gap
        record["gap_units"] = verdict.gap_units
        record["needed"] = [
            {
                "role": role,
                "value": need.value,
                "low": need.low,
                "high": need.high,
                "matches": [f.name for f in matches],
                "matches_total": total,
            }
            for role, need, matches, total in verdict.needed()
        ]
    record["note"] = explain.note(verdict, locale, unit)
    return record


def sum_record(result):
    """Return a sum check as plain data for JSON."""
    return {
        "kind": "sum",
        "verdict": result.status,
        "consistent": result.consistent,
        "total": _figure_record(result.total),
        "parts": [_figure_record(p) for p in result.parts],
        "sum": result.value,
        "gap": result.gap,
    }
