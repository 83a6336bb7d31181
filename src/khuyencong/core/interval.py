"""Exact intervals of rationals: where the true value of a rounded figure may lie.

An interval is two integer numerators over one positive integer denominator, [lo/den,
hi/den]. Every operation is exact integer arithmetic — no floats, no epsilon — and, unlike
``fractions.Fraction``, nothing is normalised by a gcd on the way, which keeps a check to a
few integer multiplications (thousands of claims a second become hundreds of thousands).
"""

from fractions import Fraction

from .numbers import scaled

_TWICE_POWERS = [2 * 10**k for k in range(64)]


class Interval:
    """The closed interval [lo/den, hi/den], den > 0."""

    __slots__ = ("den", "hi", "lo")

    def __init__(self, lo, hi, den=1):
        self.lo, self.hi, self.den = lo, hi, den

    @classmethod
    def unround(cls, value):
        """Return the interval a Decimal written at its precision stands for.

        ``85.170`` has three decimals, so the truth lies in [85.1695, 85.1705].
        """
        m, k = scaled(value)
        if 0 <= k < 64:
            return cls(2 * m - 1, 2 * m + 1, _TWICE_POWERS[k])
        if k >= 0:
            return cls(2 * m - 1, 2 * m + 1, 2 * 10**k)
        scale = 10**-k
        return cls((2 * m - 1) * scale, (2 * m + 1) * scale, 2)

    @classmethod
    def of(cls, lo, hi):
        """Return the interval between two Fractions (or ints)."""
        lo, hi = Fraction(lo), Fraction(hi)
        den = lo.denominator * hi.denominator
        return cls(lo.numerator * hi.denominator, hi.numerator * lo.denominator, den)

    @property
    def low(self):
        """The lower end as a Fraction."""
        return Fraction(self.lo, self.den)

    @property
    def high(self):
        """The upper end as a Fraction."""
        return Fraction(self.hi, self.den)

    def _common(self, other):
        if self.den == other.den:
            return self.lo, self.hi, other.lo, other.hi, self.den
        if self.den % other.den == 0:
            k = self.den // other.den
            return self.lo, self.hi, other.lo * k, other.hi * k, self.den
        if other.den % self.den == 0:
            k = other.den // self.den
            return self.lo * k, self.hi * k, other.lo, other.hi, other.den
        return (
            self.lo * other.den,
            self.hi * other.den,
            other.lo * self.den,
            other.hi * self.den,
            self.den * other.den,
        )

    @staticmethod
    def total(intervals):
        """Return the interval of a sum: the sum of the intervals (at least one)."""
        intervals = iter(intervals)
        out = next(intervals)
        for interval in intervals:
            out = out + interval
        return out

    def __add__(self, other):
        a, b, c, d, den = self._common(other)
        return Interval(a + c, b + d, den)

    def __sub__(self, other):
        a, b, c, d, den = self._common(other)
        return Interval(a - d, b - c, den)

    def __mul__(self, other):
        a, b, c, d = self.lo, self.hi, other.lo, other.hi
        if a >= 0 and c >= 0:  # the usual case: money times a positive factor
            return Interval(a * c, b * d, self.den * other.den)
        corners = (a * c, a * d, b * c, b * d)
        return Interval(min(corners), max(corners), self.den * other.den)

    def __truediv__(self, other):
        """Return the interval of a/b for a divisor that lies wholly on one side of zero."""
        c, d = other.lo, other.hi
        if c <= 0 <= d:
            raise ZeroDivisionError("the divisor's interval touches zero")
        # 1/b over [c/den, d/den] is [den/d, den/c] = [den·c, den·d] / (c·d), on either side
        e, f = c * other.den, d * other.den
        if self.lo >= 0 and c > 0:  # the usual case, both positive: no corners to compare
            return Interval(self.lo * e, self.hi * f, self.den * c * d)
        return self * Interval(e, f, c * d)

    def scale(self, factor, shift=0, divisor=1):
        """Return (x · factor + shift) / divisor over the interval; factor, divisor > 0 ints."""
        add = shift * self.den
        return Interval(self.lo * factor + add, self.hi * factor + add, self.den * divisor)

    def meets(self, other):
        """Return whether two closed intervals share a point."""
        return (
            self.lo * other.den <= other.hi * self.den
            and other.lo * self.den <= self.hi * other.den
        )

    def touches_zero(self):
        return self.lo <= 0 <= self.hi

    def __contains__(self, x):
        x = Fraction(x)
        return self.lo * x.denominator <= x.numerator * self.den <= self.hi * x.denominator

    def __eq__(self, other):
        return (
            isinstance(other, Interval)
            and self.lo * other.den == other.lo * self.den
            and self.hi * other.den == other.hi * self.den
        )

    __hash__ = None  # type: ignore[assignment]  # equal intervals may differ in form

    def __repr__(self):
        return f"Interval({self.low}, {self.high})"
