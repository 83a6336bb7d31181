"""Command-line operands → Figures: a number as typed, or a series of the data (``total@2011``)."""

import re

from ..core.errors import KhuyenCongError
from ..core.i18n import N_, _
from ..core.model import Figure
from ..core.numbers import parse_number

#: what an operand is called in a message when the caller names it no better
VALUE, OPERAND = N_("value"), N_("operand")
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

    def number(self, text, what=VALUE):
        try:
            return parse_number(text, self.locale)
        except KhuyenCongError as e:
            raise KhuyenCongError(f"{_(what)}: {e.message}") from None

    def reference(self, text):
        """Return (series key, year or None) for a series reference, checking the key exists."""
        m = _REF.fullmatch(text.strip())
        if not m:
            raise KhuyenCongError(
                _(
                    "'{text}' is neither a number nor a series name like total or national@2011"
                ).format(text=text)
            )
        key, year = m.group(1), m.group(2)
        dataset = self.dataset
        if key not in dataset.series:
            raise KhuyenCongError(
                _("no series named '{key}'; the data has: {names}").format(
                    key=key, names=", ".join(dataset.series)
                ),
                path=dataset.path,
            )
        return key, int(year) if year else None

    def figure(self, text, year=None, before=None, what=OPERAND):
        """Return the Figure ``text`` stands for.

        A bare series name takes ``year`` if given, else its latest year (before ``before``
        when that is set, for the old side of a growth).
        """
        if not is_reference(text):
            value = self.number(text, what)
            if value.is_signed():  # an amount of money is never negative, nor "-0"
                raise KhuyenCongError(
                    _("{what}: '{text}' is negative; amounts are not").format(
                        what=_(what), text=text.strip()
                    )
                )
            return Figure(value)
        from ..core.compute import figure

        key, written_year = self.reference(text)
        years = series_years(self.dataset, key)
        chosen = written_year or year
        if chosen is None:
            pool = [y for y in years if before is None or y < before]
            if not pool:
                raise KhuyenCongError(
                    (
                        _("series '{key}' has no figure before {year}")
                        if before
                        else _("series '{key}' has no figure at all")
                    ).format(key=key, year=before),
                    path=self.dataset.path,
                )
            chosen = pool[-1]
        found = figure(self.dataset, key, chosen)
        if found is None:
            has = ", ".join(map(str, years)) or _("none")
            raise KhuyenCongError(
                _("series '{key}' has no figure for {year} (it has: {years})").format(
                    key=key, year=chosen, years=has
                ),
                path=self.dataset.path,
            )
        return found


def growth_figures(resolver, args, start=None, end=None):
    """Return (new, old, reported) from ``NEW OLD REPORTED`` or ``SERIES REPORTED``."""
    if len(args) == 2:
        if not is_reference(args[0]):
            raise KhuyenCongError(
                _(
                    "with two operands, the first must be a series name "
                    "(e.g. check growth local 23.51); with numbers give NEW OLD REPORTED"
                )
            )
        new_text = old_text = args[0]
    elif len(args) == 3:
        new_text, old_text = args[0], args[1]
    else:
        raise KhuyenCongError(
            _("expected NEW OLD REPORTED or SERIES REPORTED, got {count} operands").format(
                count=len(args)
            )
        )
    new = resolver.figure(new_text, end, what=N_("new value"))
    old = resolver.figure(old_text, start, before=year_of(new), what=N_("old value"))
    return new, old, resolver.number(args[-1], N_("reported percentage"))
