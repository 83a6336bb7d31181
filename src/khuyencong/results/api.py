"""The Python API: the same checks as the CLI, for notebooks and scripts.

Operands may be Decimals, strings as printed (``"108.989"``, ``"27.97%"``), ints, or
Figures; floats are refused, since a float has already lost the written digits.
"""

from decimal import Decimal

from ..core.errors import KhuyenCongError
from ..core.model import Figure
from ..core.numbers import parse_number


def _figure(value, locale="en"):
    if isinstance(value, Figure):
        return value
    return Figure(_decimal(value, locale))


def _decimal(value, locale="en"):
    if isinstance(value, bool) or isinstance(value, float):
        raise KhuyenCongError(f"{value!r} is a float: pass the number as a string or Decimal "
                              "so its written digits are kept")
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return Decimal(value)
    return parse_number(str(value), locale)


def load_dataset(path=None):
    """Return the Dataset at ``path`` (default: the bundled 2012 data), derived figures filled in."""
    from ..datafile.dataset import open_dataset

    return open_dataset(path)


def check_growth(new, old, reported, rounding="any", locale="en"):
    """Return the Verdict on ``reported``% as the growth from ``old`` to ``new``."""
    from ..core.verdict import check

    return check("growth", _figure(new, locale), _figure(old, locale),
                 _decimal(reported, locale), rounding)


def check_share(part, whole, reported, rounding="any", locale="en"):
    """Return the Verdict on ``reported``% as the share of ``part`` in ``whole``."""
    from ..core.verdict import check

    return check("share", _figure(part, locale), _figure(whole, locale),
                 _decimal(reported, locale), rounding)


def check_sum(total, *parts, locale="en"):
    """Return the SumVerdict on whether ``parts`` add up to ``total``."""
    from ..core.verdict import check_sum as judge

    return judge(_figure(total, locale), [_figure(p, locale) for p in parts])


def verify(dataset=None, rounding="any"):
    """Return the verify rows (dicts) of a Dataset or a path (default: the bundled data)."""
    from .rows import verify_rows

    if dataset is None or not hasattr(dataset, "claims"):
        dataset = load_dataset(dataset)
    return verify_rows(dataset, rounding)
