"""An amount of the text as the core's figures and intervals: as written, in the unit of its
scale word, and loosened by its hedge ("khoảng 24.700 căn")."""

from ..core.interval import Interval
from ..core.model import Figure
from ..core.relations import loosened
from . import context


def literal(a):
    """Return the interval an amount (or a figure derived from the text's) stands for."""
    return a.interval if isinstance(a, context.Derived) else Interval.unround(a.value)


def in_unit(a, power):
    """Return the interval an amount stands for, in units of 10**power (its scale word's)."""
    if isinstance(a, context.Derived):
        return a.interval.scale(1, 0, 10**power) if power >= 0 else a.interval.scale(10**-power)
    return Interval.unround(a.value.scaleb(-power))


def as_written(a):
    """Return an amount as a Figure in the unit it was written in: 108,989 tỷ đồng → 108,989."""
    if isinstance(a, context.Derived):
        return Figure(a.written, in_unit(a, a.power), a.text, derivation=a.text)
    return Figure(a.written, None, a.text)


def loose(a):
    """Return the interval an amount stands for, loosened by its hedge."""
    return loosened(a.value, a.hedge) if a.hedge else literal(a)
