"""Figures from a dataset: written ones, derived ones, and the checks each claim calls for."""

from decimal import Decimal, localcontext

from .errors import KhuyenCongError
from .model import Figure
from .verdict import check, check_sum, implied


def figure(dataset, key, year):
    """Return the Figure of series ``key`` in ``year``, written or derived, or None."""
    value = dataset.series[key].values.get(year)
    if value is not None:
        return Figure(value, name=f"{key}@{year}")
    return dataset.derived.get((key, year))


def derive(dataset):
    """Fill ``dataset.derived`` from the declared relations (total = sum of its parts).

    Where exactly one member of a relation lacks a year's figure, it is derived from the
    others, its interval widened by all their roundings. Repeats until nothing changes,
    so a derived figure can feed another relation.
    """
    relations = [(key, s.parts) for key, s in dataset.series.items() if s.parts]
    changed = True
    while changed:
        changed = False
        for total, parts in relations:
            members = (total,) + parts
            years = {y for m in members for y in dataset.series[m].values}
            years.update(y for (m, y) in dataset.derived if m in members)
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
                changed = True
    return dataset


def _sum_interval(figures):
    interval = figures[0].interval
    for f in figures[1:]:
        interval = interval + f.interval
    return interval


def all_figures(dataset):
    """Return every figure the dataset holds, written then derived."""
    out = [figure(dataset, key, y) for key, s in dataset.series.items() for y in s.values]
    out.extend(dataset.derived.values())
    return out


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
