"""The Python API: the same checks as the CLI, for notebooks and scripts.

Operands may be Decimals, strings as printed (``"108.989"``, ``"27.97%"``), ints, or
Figures; floats are refused, since a float has already lost the written digits.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from ..core.errors import KhuyenCongError
from ..core.i18n import _
from ..core.model import Figure
from ..core.numbers import parse_number

if TYPE_CHECKING:
    import os

    from ..core.model import Dataset
    from ..core.verdict import SumVerdict, Verdict

#: what an operand may be: a Decimal, a string as printed, an int, or a Figure
Operand = Decimal | str | int | Figure


def _figure(value: Operand, locale: str = "en") -> Figure:
    if isinstance(value, Figure):
        return value
    return Figure(_decimal(value, locale))


def _decimal(value: Operand, locale: str = "en") -> Decimal:
    if isinstance(value, (bool, float)):
        raise KhuyenCongError(
            _(
                "{value} is a float: pass the number as a string or Decimal "
                "so its written digits are kept"
            ).format(value=repr(value))
        )
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, Figure):
        return value.value
    return parse_number(str(value), locale, switch='locale="vi"')


def load_dataset(path: str | os.PathLike[str] | None = None) -> Dataset:
    """Return the Dataset at ``path`` (default: the bundled 2012 data), with derived figures."""
    from ..datafile.dataset import open_dataset

    return open_dataset(path)


def check_growth(
    new: Operand, old: Operand, reported: Operand, rounding: str = "any", locale: str = "en"
) -> Verdict:
    """Return the Verdict on ``reported``% as the growth from ``old`` to ``new``."""
    from ..core.verdict import check

    return check(
        "growth", _figure(new, locale), _figure(old, locale), _decimal(reported, locale), rounding
    )


def check_share(
    part: Operand, whole: Operand, reported: Operand, rounding: str = "any", locale: str = "en"
) -> Verdict:
    """Return the Verdict on ``reported``% as the share of ``part`` in ``whole``."""
    from ..core.verdict import check

    return check(
        "share", _figure(part, locale), _figure(whole, locale), _decimal(reported, locale), rounding
    )


def check_sum(total: Operand, *parts: Operand, locale: str = "en") -> SumVerdict:
    """Return the SumVerdict on whether ``parts`` add up to ``total``."""
    from ..core.verdict import check_sum as judge

    return judge(_figure(total, locale), [_figure(p, locale) for p in parts])


def verify(
    dataset: Dataset | str | os.PathLike[str] | None = None, rounding: str = "any"
) -> list[dict[str, Any]]:
    """Return the verify rows (dicts) of a Dataset or a path (default: the bundled data)."""
    from .rows import verify_rows

    if dataset is None or not hasattr(dataset, "claims"):
        dataset = load_dataset(dataset)
    return verify_rows(dataset, rounding)
