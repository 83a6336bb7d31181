"""Figures from a dataset: written ones, derived ones, and the checks each claim calls for."""

from decimal import Decimal, localcontext

from .errors import KhuyenCongError
from .model import Figure
from .verdict import check, check_sum, implied


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
    others, its interval widened by all their roundings. Repeats until nothing changes,
    so a derived figure can feed another relation.
    """
    relations = [(key, s.parts) for key, s in dataset.series.items() if s.parts]
    derived_years = {}  # series → years derived so far
    changed = True
    while changed:
        changed = False
        for total, parts in relations:
            members = (total,) + parts
            years = {y for m in members for y in dataset.series[m].values}
            for m in members:
                years.update(derived_years.get(m, ()))
            for year in sorted(years):
                figures = {m: figure(dataset, m, year) for m in members}
                missing = [m for m, f in figures.items() if f is None]
                if len(missing) != 1:
                    continue
                gap = missing[0]
                known = [figures[p] for p in parts if p != gap]
                with localcontext() as ctx:
                    ctx.prec = 60  # written figures are short; the sum must be exact
                    if gap == total:
                        value = sum((f.value for f in known), Decimal(0))
                        interval = _sum_interval(known)
                        how = " + ".join(parts)
                    else:
                        value = figures[total].value - sum((f.value for f in known), Decimal(0))
                        interval = figures[total].interval - _sum_interval(known)
                        how = f"{total} − " + " − ".join(p for p in parts if p != gap)
                dataset.derived[(gap, year)] = Figure(value, interval, f"{gap}@{year}", how)
                derived_years.setdefault(gap, set()).add(year)
                changed = True
    return dataset


def _sum_interval(figures):
    interval = figures[0].interval
    for f in figures[1:]:
        interval = interval + f.interval
    return interval


def all_figures(dataset):
    """Return a FigureIndex of every figure the dataset holds, written and derived."""
    out = [figure(dataset, key, y) for key, s in dataset.series.items() for y in s.values]
    out.extend(dataset.derived.values())
    return FigureIndex(out)


class FigureIndex:
    """Figures sorted by where their intervals start, to find those meeting an interval fast.

    A linear scan per inconsistent claim is quadratic on a national dataset; this is a
    binary search on an integer key (the interval's low end scaled and floored), then the
    exact test on the few figures near it.
    """

    SCALE = 10**6

    def __init__(self, figures):
        keyed = sorted(((f.interval.lo * self.SCALE // f.interval.den, i, f)
                        for i, f in enumerate(figures)), key=lambda t: (t[0], t[1]))
        self._keys = [k for k, _, _ in keyed]
        self._order = [i for _, i, _ in keyed]
        self._figures = [f for _, _, f in keyed]
        widths = [(f.interval.hi - f.interval.lo) * self.SCALE // f.interval.den + 1
                  for f in self._figures]
        self._widest = max(widths, default=0)

    def __iter__(self):
        return (f for _, f in sorted(zip(self._order, self._figures), key=lambda t: t[0]))

    def __len__(self):
        return len(self._figures)

    def matching(self, interval):
        """Return the figures whose interval meets ``interval``, in the data's order."""
        from bisect import bisect_left, bisect_right

        low = interval.lo * self.SCALE // interval.den - self._widest - 1
        high = -((-interval.hi * self.SCALE) // interval.den) + 1
        start, end = bisect_left(self._keys, low), bisect_right(self._keys, high)
        found = [(self._order[i], self._figures[i]) for i in range(start, end)
                 if self._figures[i].interval.meets(interval)]
        return [f for _, f in sorted(found, key=lambda t: t[0])]


def claim_operands(dataset, claim):
    """Return (a, b) for a claim: (new, old) for a growth, (part, whole) for a share."""
    if claim.kind == "growth":
        return figure(dataset, claim.series, claim.end), figure(dataset, claim.series, claim.start)
    return figure(dataset, claim.series, claim.year), figure(dataset, claim.of, claim.year)


class Outcome:
    """One checked claim: a Verdict, or an Implied figure where an operand is missing."""

    __slots__ = ("claim", "verdict", "implied", "missing")

    def __init__(self, claim, verdict=None, implied=None, missing=None):
        self.claim, self.verdict, self.implied, self.missing = claim, verdict, implied, missing


def check_claim(dataset, claim, mode="any", candidates=()):
    """Return the Outcome of one claim of the dataset."""
    a, b = claim_operands(dataset, claim)
    first, second = ("new", "old") if claim.kind == "growth" else ("part", "whole")
    where = dict(path=dataset.path, line=claim.line, key=claim.where or claim.describe())
    try:
        if b is None:
            missing = f"{claim.of or claim.series}@{claim.year or claim.start}"
            return Outcome(claim, implied=implied(claim.kind, second, a, claim.reported, mode),
                           missing=missing)
        if a is None:
            missing = f"{claim.series}@{claim.year or claim.end}"
            return Outcome(claim, implied=implied(claim.kind, first, b, claim.reported, mode),
                           missing=missing)
        return Outcome(claim, verdict=check(claim.kind, a, b, claim.reported, mode, candidates))
    except KhuyenCongError as e:
        raise KhuyenCongError(e.message, **where) from None


def sum_checks(dataset):
    """Return a SumVerdict for every relation and year where every member was written."""
    out = []
    for key, s in dataset.series.items():
        if not s.parts:
            continue
        years = set(s.values)
        for p in s.parts:
            years &= set(dataset.series[p].values)
        for year in sorted(years):
            parts = [figure(dataset, p, year) for p in s.parts]
            out.append((year, check_sum(figure(dataset, key, year), parts)))
    return out


def open_dataset(path=None):
    """Return the dataset at ``path`` (the bundled one by default), derived figures filled in."""
    from .load import read_dataset

    if path is None:
        from .bundled import default_data_path

        path = default_data_path()
    dataset = derive(read_dataset(path))
    known = set(dataset.years())
    for claim in dataset.claims:
        where = dict(path=dataset.path, line=claim.line, key=claim.where or claim.describe())
        for year in (claim.start, claim.end, claim.year):
            if year is not None and year not in known:
                raise KhuyenCongError(f"no series has a figure for {year} (the data covers "
                                      f"{', '.join(map(str, sorted(known)))})", **where)
        a, b = claim_operands(dataset, claim)
        if a is None and b is None:
            raise KhuyenCongError("neither figure of this claim is in the data", **where)
        if b is not None and b.interval.touches_zero():
            raise KhuyenCongError(f"the base {b.name} is zero at its written precision, so no "
                                  "percentage of it can be checked", **where)
    return dataset
