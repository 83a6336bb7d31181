"""Figures from a dataset: written ones, derived ones, and the checks each claim calls for."""

import heapq
from collections import deque
from decimal import Decimal

from .errors import KhuyenCongError
from .i18n import _
from .interval import Interval
from .model import Figure
from .numbers import EXACT, exact_sum
from .verdict import check, check_points, check_sum, implied


def figure(dataset, key, year):
    """Return the Figure of series ``key`` in ``year``, written or derived, or None.

    Written figures are made once and kept, so each is one object wherever it is used.
    """
    found = dataset.figures.get((key, year))
    if found is None:
        value = dataset.series[key].values.get(year)
        if value is None:
            return dataset.derived.get((key, year))
        found = dataset.figures[(key, year)] = Figure(value, name=f"{key}@{year}")
    return found


def derive(dataset):
    """Fill ``dataset.derived`` from the declared relations (total = sum of its parts).

    Where exactly one member of a relation lacks a year's figure, it is derived from the
    others, its interval widened by all their roundings. A relation is looked at again only
    when a member of it gained a derived figure, so a chain of relations resolves in one
    sweep and a flat national dataset costs one look per relation.
    """
    relations = {key: (key, *s.parts) for key, s in dataset.series.items() if s.parts}
    involved: dict[str, list[str]] = {}  # series → the relations it belongs to
    for key, members in relations.items():
        for m in members:
            involved.setdefault(m, []).append(key)
    derived_years: dict[str, set[int]] = {}  # series → years derived so far
    queue, queued = deque(relations), set(relations)
    while queue:
        key = queue.popleft()
        queued.discard(key)
        members = relations[key]
        values = [dataset.series[m].values for m in members]
        years = set().union(*values)
        for m in members:
            years.update(derived_years.get(m, ()))
        # year → the members with no figure for it, written or derived
        lacking: dict[int, list[str]] = {}
        for m, vals in zip(members, values, strict=False):
            for year in years.difference(vals):
                if (m, year) not in dataset.derived:
                    lacking.setdefault(year, []).append(m)
        for year in sorted(lacking):
            if len(lacking[year]) != 1:
                continue
            gap = lacking[year][0]
            dataset.derived[(gap, year)] = _derived_figure(dataset, key, members[1:], gap, year)
            derived_years.setdefault(gap, set()).add(year)
            for other in involved[gap]:
                if other != key and other not in queued:
                    queue.append(other)
                    queued.add(other)
    return dataset


def _derived_figure(dataset, total, parts, gap, year):
    """Return the figure of ``gap`` in ``year`` from the other members of its relation."""
    known = [_value_and_interval(dataset, p, year) for p in parts if p != gap]
    value = exact_sum(v for v, _ in known)
    interval = Interval.total(i for _, i in known)
    if gap == total:
        how = " + ".join(parts)
    else:
        whole, whole_interval = _value_and_interval(dataset, total, year)
        value, interval = EXACT.subtract(whole, value), whole_interval - interval
        how = f"{total} − " + " − ".join(p for p in parts if p != gap)
    return Figure(value, interval, f"{gap}@{year}", how)


def _value_and_interval(dataset, key, year):
    """Return a figure's value and interval, without making (and keeping) a named Figure."""
    found = dataset.figures.get((key, year)) or dataset.derived.get((key, year))
    if found is not None:
        return found.value, found.interval
    value = dataset.series[key].values[year]
    return value, Interval.unround(value)


class FigureIndex:
    """Every figure of a dataset, sorted by value, to find those meeting an interval fast.

    A linear scan per inconsistent claim would be quadratic on a national dataset. Here a
    binary search on an integer key (the value, scaled and truncated) finds the few figures
    near an interval, and the exact test decides. Built on first use — a dataset whose
    claims all hold never needs it — and Figures are made only for the figures tested.
    """

    SCALE = 10**6

    def __init__(self, dataset):
        self._dataset = dataset
        self._keys: list[int] = []
        self._order: list[int] = []
        self._built = False

    def build(self):
        """Sort the figures, once: the first search does it."""
        if not self._built:
            self._build()
        return self

    def _build(self):
        from decimal import Decimal
        from itertools import repeat

        series, derived = self._dataset.series, self._dataset.derived
        self._places = places = [(key, year) for key, s in series.items() for year in s.values]
        written = [v for s in series.values() for v in s.values.values()]
        places += derived
        values = written + [f.value for f in derived.values()]
        # the value scaled and cut to an integer, in C passes: a key per figure, the keys
        # sorted, and each sorted key's place in data order
        keys = list(map(int, map(Decimal.scaleb, values, repeat(6), repeat(EXACT))))
        self._order = sorted(range(len(keys)), key=keys.__getitem__)
        self._keys = sorted(keys)
        self._built = True
        # the widest half-interval, in key units: how far from its value a figure reaches
        widths = self._written_widths(written) + [f.interval for f in derived.values()]
        self._reach = max((i.hi - i.lo) * self.SCALE // i.den for i in widths) + 2 if keys else 0

    @staticmethod
    def _written_widths(written):
        """The intervals of written figures, one for each number of decimals written.

        Data files usually write every figure with the same decimals, which one C pass of
        ``same_quantum`` confirms; otherwise each exponent is read.
        """
        if written and all(map(written[0].same_quantum, written)):
            return [Interval.unround(written[0])]
        fewest: dict[int | str, Decimal] = {}
        for value in written:
            fewest.setdefault(value.as_tuple().exponent, value)
        return [Interval.unround(v) for v in fewest.values()]

    def _figure(self, i):
        return figure(self._dataset, *self._places[i])

    def __iter__(self):
        self.build()
        return iter([self._figure(i) for i in range(len(self._places))])

    def matching(self, interval, limit=None):
        """Return (the first ``limit`` figures meeting ``interval``, in data order; how many meet).

        A figure whose value lies inside the interval by more than the widest reach surely
        meets it and is counted without being made; only those near the ends are tested.
        """
        from bisect import bisect_left, bisect_right

        self.build()
        keys, order = self._keys, self._order
        low = interval.lo * self.SCALE // interval.den
        high = -((-interval.hi * self.SCALE) // interval.den)
        start = bisect_left(keys, low - self._reach)
        end = bisect_right(keys, high + self._reach)
        sure_low, sure_high = low + self._reach, high - self._reach
        meeting = [
            order[j]
            for j in range(start, end)
            if sure_low <= keys[j] <= sure_high or self._figure(order[j]).interval.meets(interval)
        ]
        first = heapq.nsmallest(limit, meeting) if limit is not None else sorted(meeting)
        return [self._figure(i) for i in first], len(meeting)


def all_figures(dataset):
    """Return a FigureIndex of every figure the dataset holds, written and derived."""
    return FigureIndex(dataset)


def claim_operands(dataset, claim):
    """Return (a, b) for a claim: (new, old) for a growth, (part, whole) for a share."""
    (ka, ya), (kb, yb) = operand_places(claim)
    return figure(dataset, ka, ya), figure(dataset, kb, yb)


#: how each kind of claim is checked: a ratio or a rate is one amount over another, as a
#: share is; an excess is one amount over another less 100%, as a growth is
CHECKED_AS = {
    "growth": "growth",
    "share": "share",
    "ratio": "share",
    "rate": "share",
    "excess": "growth",
}


def operand_places(claim):
    """Return the (series, year) of a claim's two operands, in claim_operands' order (of a
    change in points: the later share's)."""
    if claim.kind == "growth":
        return (claim.series, claim.end), (claim.series, claim.start)
    if claim.kind == "points":
        return (claim.series, claim.end), (claim.of, claim.end)
    return (claim.series, claim.year), (claim.of, claim.year)


def operand_pairs(claim):
    """Return every (a, b) pair of (series, year) a claim divides: one, or for a change in
    percentage points the later share's and the earlier's."""
    if claim.kind == "points":
        return [operand_places(claim), ((claim.series, claim.start), (claim.of, claim.start))]
    return [operand_places(claim)]


class Outcome:
    """One checked claim: a Verdict, an Implied figure where an operand is missing, or the
    reason neither can be had (a 0% share implies no whole)."""

    __slots__ = ("claim", "implied", "missing", "problem", "verdict")

    def __init__(self, claim, verdict=None, implied=None, missing=None, problem=None):
        self.claim, self.verdict, self.implied, self.missing = claim, verdict, implied, missing
        self.problem = problem


def check_claim(dataset, claim, mode="any", candidates=()):
    """Return the Outcome of one claim of the dataset."""
    if claim.kind == "points":
        return _check_points(dataset, claim, mode)
    a, b = claim_operands(dataset, claim)
    kind = CHECKED_AS[claim.kind]
    if a is not None and b is not None:
        try:
            return Outcome(claim, verdict=check(kind, a, b, claim.reported, mode, candidates))
        except KhuyenCongError as e:
            raise KhuyenCongError(e.message, **_place(dataset, claim)) from None
    first, second = ("new", "old") if kind == "growth" else ("part", "whole")
    if b is None:
        role, known, missing = second, a, f"{claim.of or claim.series}@{claim.year or claim.start}"
    else:
        role, known, missing = first, b, f"{claim.series}@{claim.year or claim.end}"
    try:
        return Outcome(
            claim, implied=implied(kind, role, known, claim.reported, mode), missing=missing
        )
    except KhuyenCongError as e:  # e.g. a 0% share: every whole would do
        return Outcome(claim, missing=missing, problem=f"{missing} cannot be implied: {e.message}")


def _check_points(dataset, claim, mode):
    """Return the Outcome of a change in percentage points: a verdict when all four figures
    are in the data; else what is missing (no one figure is implied by a difference)."""
    places = [place for pair in operand_pairs(claim) for place in pair]
    found = [figure(dataset, k, y) for k, y in places]
    missing = [f"{k}@{y}" for (k, y), f in zip(places, found, strict=True) if f is None]
    if missing:
        return Outcome(
            claim,
            missing=", ".join(missing),
            problem=_(
                "a change in percentage points is checked from its four figures; not in the "
                "data: {missing}"
            ).format(missing=", ".join(missing)),
        )
    try:
        verdict = check_points(tuple(found[:2]), tuple(found[2:]), claim.reported, mode)
    except KhuyenCongError as e:
        raise KhuyenCongError(e.message, **_place(dataset, claim)) from None
    return Outcome(claim, verdict=verdict)


def _place(dataset, claim):
    """Return where a claim is, for an error about it: the file, the line, the claim."""
    return {"path": dataset.path, "line": claim.line, "key": claim.where or claim.describe()}


def sum_checks(dataset):
    """Yield (series, year, SumVerdict) for every relation and year where all were written."""
    for key, s in dataset.series.items():
        if not s.parts:
            continue
        years = set(s.values)
        for p in s.parts:
            years &= dataset.series[p].values.keys()
        members = [dataset.series[p].values for p in s.parts]
        for year in sorted(years):  # written values only: plain Figures, no names needed
            parts = [Figure(values[year]) for values in members]
            yield key, year, check_sum(Figure(s.values[year]), parts)


def check_claims(dataset):
    """Refuse a claim no check can be made of: a year with no data, no operand at all, or a
    base that may be zero. Written bases are tested by value (a written 0 is the only one
    whose interval holds zero), so no Figure is made here."""
    known = set(dataset.years())
    series, derived = dataset.series, dataset.derived
    for claim in dataset.claims:
        for year in (claim.start, claim.end, claim.year):
            if year is not None and year not in known:
                raise KhuyenCongError(
                    _("no series has a figure for {year} (the data covers {years})").format(
                        year=year, years=", ".join(map(str, sorted(known)))
                    ),
                    **_place(dataset, claim),
                )
        for (ka, ya), (kb, yb) in operand_pairs(claim):
            base = series[kb].values.get(yb)
            if base is None:
                base = derived.get((kb, yb))
                if base is None:
                    if ya not in series[ka].values and (ka, ya) not in derived:
                        raise KhuyenCongError(
                            _("neither figure of this claim is in the data"),
                            **_place(dataset, claim),
                        )
                    continue
                zero = base.interval.touches_zero()
            else:
                zero = base == 0
            if zero:
                raise KhuyenCongError(
                    _(
                        "the base {figure} is zero at its written precision, so "
                        "no percentage of it can be checked"
                    ).format(figure=f"{kb}@{yb}"),
                    **_place(dataset, claim),
                )
