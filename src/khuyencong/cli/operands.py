"""Command-line operands → Figures: a number as typed, or a series of the data (``total@2011``)."""

import re

from ..core.errors import KhuyenCongError
from ..core.model import Figure
from ..core.numbers import parse_number

_REF = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)(?:@(\d{4}))?")


def is_reference(text):
    """Return whether ``text`` names a series rather than writes a number."""
    return bool(text.strip()[:1].isalpha() or text.strip().startswith("_"))


def year_of(figure):
    """Return the year of a figure named ``series@year``, or None for a typed number."""
    return int(figure.name.rsplit("@", 1)[1]) if figure.name and "@" in figure.name else None


def series_years(dataset, key):
    """Return the years for which series ``key`` has a figure, written or derived."""
    from ..core.compute import figure

    return [y for y in dataset.years() if figure(dataset, key, y) is not None]


class Resolver:
    """Turns operand text into Figures, loading the data file only if a name needs it."""

    def __init__(self, load, locale="en"):
        self._load = load
        self._dataset = None
        self.locale = locale

    @property
    def dataset(self):
        if self._dataset is None:
            self._dataset = self._load()
        return self._dataset

    @property
    def loaded(self):
        return self._dataset is not None

    def number(self, text, what="value"):
        try:
            return parse_number(text, self.locale)
        except KhuyenCongError as e:
            raise KhuyenCongError(f"{what}: {e.message}") from None

    def reference(self, text):
        """Return (series key, year or None) for a series reference, checking the key exists."""
        m = _REF.fullmatch(text.strip())
        if not m:
            raise KhuyenCongError(
                f"'{text}' is neither a number nor a series name like total or national@2011"
            )
        key, year = m.group(1), m.group(2)
        dataset = self.dataset
        if key not in dataset.series:
            raise KhuyenCongError(
                f"no series named '{key}'; the data has: {', '.join(dataset.series)}",
                path=dataset.path,
            )
        return key, int(year) if year else None

    def figure(self, text, year=None, before=None, what="operand"):
        """Return the Figure ``text`` stands for.

        A bare series name takes ``year`` if given, else its latest year (before ``before``
        when that is set, for the old side of a growth).
        """
        if not is_reference(text):
            value = self.number(text, what)
            if value.is_signed():  # an amount of money is never negative, nor "-0"
                raise KhuyenCongError(f"{what}: '{text.strip()}' is negative; amounts are not")
            return Figure(value)
        from ..core.compute import figure

        key, written_year = self.reference(text)
        years = series_years(self.dataset, key)
        chosen = written_year or year
        if chosen is None:
            pool = [y for y in years if before is None or y < before]
            if not pool:
                raise KhuyenCongError(
                    f"series '{key}' has no figure "
                    f"{'before ' + str(before) if before else 'at all'}",
                    path=self.dataset.path,
                )
            chosen = pool[-1]
        found = figure(self.dataset, key, chosen)
        if found is None:
            has = ", ".join(map(str, years)) or "none"
            raise KhuyenCongError(
                f"series '{key}' has no figure for {chosen} (it has: {has})", path=self.dataset.path
            )
        return found


def growth_figures(resolver, args, start=None, end=None):
    """Return (new, old, reported) from ``NEW OLD REPORTED`` or ``SERIES REPORTED``."""
    if len(args) == 2:
        if not is_reference(args[0]):
            raise KhuyenCongError(
                "with two operands, the first must be a series name "
                "(e.g. check growth local 23.51); with numbers give NEW OLD REPORTED"
            )
        new_text = old_text = args[0]
    elif len(args) == 3:
        new_text, old_text = args[0], args[1]
    else:
        raise KhuyenCongError(
            f"expected NEW OLD REPORTED or SERIES REPORTED, got {len(args)} operands"
        )
    new = resolver.figure(new_text, end, what="new value")
    old = resolver.figure(old_text, start, before=year_of(new), what="old value")
    return new, old, resolver.number(args[-1], "reported percentage")
