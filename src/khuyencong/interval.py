"""Exact intervals of rationals: where the true value of a rounded figure may lie."""

from fractions import Fraction


class Interval:
    """A closed interval [lo, hi] of Fractions."""

    __slots__ = ("lo", "hi")

    def __init__(self, lo, hi):
        self.lo = lo
        self.hi = hi

    @classmethod
    def unround(cls, value):
        """Return the interval a Decimal written at its precision stands for.

        ``85.170`` has three decimals, so the truth lies in [85.1695, 85.1705].
        """
        sign, digits, exponent = value.as_tuple()
        if not isinstance(exponent, int):
            raise ValueError(f"not a finite number: {value}")
        centre = Fraction(value)
        half = Fraction(1, 2) * Fraction(10) ** exponent
        return cls(centre - half, centre + half)

    def __add__(self, other):
        return Interval(self.lo + other.lo, self.hi + other.hi)

    def __sub__(self, other):
        return Interval(self.lo - other.hi, self.hi - other.lo)

    def __mul__(self, other):
        a, b = self, other
        corners = (a.lo * b.lo, a.lo * b.hi, a.hi * b.lo, a.hi * b.hi)
        return Interval(min(corners), max(corners))

    def __truediv__(self, other):
        """Return the interval of a/b for a divisor that lies wholly on one side of zero."""
        if other.lo <= 0 <= other.hi:
            raise ZeroDivisionError("the divisor's interval touches zero")
        return self * Interval(1 / other.hi, 1 / other.lo)

    def scale(self, factor, shift=0):
        """Return (x * factor + shift) over the interval, for factor > 0."""
        return Interval(self.lo * factor + shift, self.hi * factor + shift)

    def meets(self, other):
        """Return whether two closed intervals share a point."""
        return self.lo <= other.hi and other.lo <= self.hi

    def __contains__(self, x):
        return self.lo <= x <= self.hi

    def __eq__(self, other):
        return isinstance(other, Interval) and (self.lo, self.hi) == (other.lo, other.hi)

    def __repr__(self):
        return f"Interval({self.lo}, {self.hi})"
