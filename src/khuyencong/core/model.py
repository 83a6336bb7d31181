"""Plain data: figures, series, claims, relations and the dataset that holds them.

Plain classes with ``__slots__`` rather than dataclasses: ``check`` with numeric operands
imports this module and start-up time matters there.
"""

from .interval import Interval


class Figure:
    """A number as written, the interval it stands for, and where it came from."""

    __slots__ = ("_interval", "derivation", "name", "value", "written")

    def __init__(self, value, interval=None, name=None, derivation=None):
        self.value = value
        self._interval = interval  # None: the written value's own, made when first asked
        self.name = name  # e.g. "total@2012"; None for a number typed on the command line
        self.derivation = derivation  # e.g. "total − national" for a derived figure
        self.written = interval is None  # its interval is its own half unit either side

    @property
    def interval(self):
        """Where the true value lies: the written value unrounded, or a derived interval."""
        if self._interval is None:
            self._interval = Interval.unround(self.value)
        return self._interval

    def __repr__(self):
        return f"Figure({self.value}, name={self.name!r})"


class Series:
    """One budget line: its key, Vietnamese label, values by year and declared parts."""

    __slots__ = ("key", "label", "line", "note", "parts", "signed", "values")

    def __init__(self, key, label, values, parts=(), line=None, note=None, signed=False):
        self.key = key
        self.label = label
        self.values = values  # {year: Decimal}, as written in the file
        self.parts = tuple(parts)  # this series = sum of these series, every year
        self.line = line
        self.note = note  # the file's own remark, kept for convert
        self.signed = signed  # a balance that may be below zero (a deficit)


class Claim:
    """A percentage a report printed: a growth of one series, or a share of one in another."""

    __slots__ = (
        "end",
        "id",
        "kind",
        "line",
        "note",
        "of",
        "quote",
        "reported",
        "series",
        "start",
        "where",
        "year",
    )

    def __init__(
        self,
        kind,
        series,
        reported,
        *,
        of=None,
        start=None,
        end=None,
        year=None,
        quote="",
        id=None,
        line=None,
        where=None,
        note=None,
    ):
        self.kind = (
            kind  # "growth"; a percentage of another series: "share", "ratio", "rate", "excess";
            # "points": a share's change from start to end, in percentage points
        )
        self.series = series
        self.of = of  # share, points: the whole
        self.start = start  # growth, points: from year
        self.end = end  # growth, points: to year
        self.year = year  # share: the year
        self.reported = reported
        self.quote = quote
        self.id = id
        self.line = line
        self.where = where  # its place in the file, e.g. "claims[4]"
        self.note = note  # the file's own remark, kept for convert

    def describe(self):
        """Return a short name for the claim, e.g. ``share national / total 2012``."""
        if self.id:
            return self.id
        if self.kind == "growth":
            return f"growth {self.series} {self.start}→{self.end}"
        if self.kind == "points":
            return f"points {self.series} / {self.of} {self.start}→{self.end}"
        return f"{self.kind} {self.series} / {self.of} {self.year}"


#: what a claim may say of its series: a growth over years, or a percentage of another
#: series in one year — a share (of the whole it is part of), a ratio (bằng X% of another),
#: a rate (đạt X% of its plan), an excess (vượt X% over its plan); or the change of a share
#: from one year to another in percentage points (điểm phần trăm)
CLAIM_KINDS = ("growth", "share", "ratio", "rate", "excess", "points")


class Dataset:
    """Everything a data file holds, validated, with derived figures filled in."""

    __slots__ = ("claims", "derived", "figures", "path", "scope", "series", "source", "unit")

    def __init__(self, path, source, unit, scope, series, claims):
        self.path = path
        self.source = source  # {"title":…, "published":…, "author":…, …}
        self.unit = unit
        self.scope = scope
        self.series = series  # {key: Series}, in file order
        self.claims = claims  # [Claim]
        self.derived = {}  # {(key, year): Figure}, filled by compute.derive
        self.figures = {}  # {(key, year): Figure} of written values, made on first use

    def years(self):
        """Return every year any series has a figure for, ascending."""
        found = {y for s in self.series.values() for y in s.values}
        found.update(year for _, year in self.derived)
        return sorted(found)
