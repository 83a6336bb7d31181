"""What a percentage says of two amounts, as exact intervals: the forms reports use.

Each form is monotone in each operand (operands are positive), so its exact interval comes
from the operands' ends. Values are Fractions; the result is an Interval in percent (or, for
``times``, in plain multiples).

- ``ratio``:  100·a/b            (a share, a rate against a plan, "bằng X% cùng kỳ")
- ``growth``: 100·(a/b − 1)      (new a against old b)
- ``rise``:   100·d/(a − d)      (the new amount a and the rise d: "tăng X%, tương ứng d")
- ``fall``:   −100·d/(a + d)     (the new amount a and the fall d)
- ``times``:  a/b                (gấp X lần)
- ``difference``: a − b          (two rates: a change in percentage points)
- ``yearly``: 100·((a/b)^(1/n) − 1) (new a against old b, ``years`` n apart: the average
  yearly growth, "tăng bình quân 20,6%/năm"); its ends are the roots' bounds at
  ``ROOT_DIGITS`` decimals, rounded outward, so the interval holds the exact one.
"""

from fractions import Fraction

from .interval import Interval
from .verdict import MATCHES_SHOWN, Verdict

FORMS = ("ratio", "growth", "rise", "fall", "times", "difference", "yearly")

#: the decimals an n-th root's bounds are computed to (an average yearly growth)
ROOT_DIGITS = 15


def root_bounds(x, n):
    """Return (lo, hi), Fractions with lo ≤ x^(1/n) ≤ hi and hi − lo = 10^-ROOT_DIGITS, for a
    Fraction x ≥ 0 and an integer n ≥ 1: the root of the integer part of x·10^(n·digits),
    by Newton's method on integers (exact: no float)."""
    scale = 10**ROOT_DIGITS
    target = x.numerator * scale**n // x.denominator  # ≤ x·scale^n < target + 1
    r = _integer_root(target, n)  # r^n ≤ target < (r + 1)^n
    return Fraction(r, scale), Fraction(r + 1, scale)


def _integer_root(m, n):
    """Return the largest integer r with r^n ≤ m (m ≥ 0)."""
    if m < 2:
        return m
    r = 1 << ((m.bit_length() + n - 1) // n)  # above the root
    while True:
        s = ((n - 1) * r + m // r ** (n - 1)) // n
        if s >= r:
            return r
        r = s


def _ends(interval):
    return Fraction(interval.lo, interval.den), Fraction(interval.hi, interval.den)


def form_interval(form, a, b, years=1):
    """Return the exact Interval of ``form`` for operand Intervals ``a`` and ``b`` (both > 0
    but for a difference), or None when a denominator can reach zero. ``years``: how many
    years apart a yearly growth's amounts are."""
    (alo, ahi), (blo, bhi) = _ends(a), _ends(b)
    if form in ("ratio", "growth", "times", "yearly"):
        if blo <= 0:
            return None
        lo, hi = alo / bhi, ahi / blo
        if form == "ratio":
            lo, hi = 100 * lo, 100 * hi
        elif form == "growth":
            lo, hi = 100 * lo - 100, 100 * hi - 100
        elif form == "yearly":
            lo, hi = root_bounds(max(lo, Fraction(0)), years)[0], root_bounds(hi, years)[1]
            lo, hi = 100 * lo - 100, 100 * hi - 100
    elif form == "rise":  # d/(a − d): rises with d, falls with a
        if alo - bhi <= 0:
            return None
        lo, hi = 100 * blo / (ahi - blo), 100 * bhi / (alo - bhi)
    elif form == "fall":  # −d/(a + d): falls with d, rises with a
        lo, hi = -100 * bhi / (alo + bhi), -100 * blo / (ahi + blo)
    elif form == "difference":  # a − b: rises with a, falls with b
        lo, hi = alo - bhi, ahi - blo
    else:
        raise ValueError(f"unknown form {form!r}")
    return Interval.of(lo, hi)


def form_point(form, a, b, years=1):
    """Return the value of ``form`` for the written values (Decimals), as (num, den > 0); of
    a yearly growth, its root's lower bound (to ``ROOT_DIGITS`` decimals)."""
    a, b = Fraction(a), Fraction(b)
    if form == "yearly":
        value = 100 * root_bounds(a / b, years)[0] - 100
        return value.numerator, value.denominator
    value = {
        "ratio": lambda: 100 * a / b,
        "growth": lambda: 100 * a / b - 100,
        "rise": lambda: 100 * b / (a - b),
        "fall": lambda: -100 * b / (a + b),
        "times": lambda: a / b,
        "difference": lambda: a - b,
    }[form]()
    return value.numerator, value.denominator


def loosened(value, hedge):
    """Return the Interval a hedged amount may stand for, one unit of its last significant
    digit beyond the hedge: "hơn 106.000" (above) → [105.9995, 107.000]; "gần 3" → [2, 3.5].

    ``hedge`` is "above", "near", "below" or "about"; the written value's own rounding is
    kept on the side the hedge does not open.
    """
    own = Interval.unround(value)
    exponent = value.normalize().as_tuple().exponent
    unit = Fraction(10) ** (exponent if isinstance(exponent, int) else 0)
    v = Fraction(value)
    lo, hi = own.low, own.high
    if hedge in ("above", "about"):
        hi = max(hi, v + unit)
    if hedge in ("near", "below", "about"):
        lo = min(lo, v - unit)
    if hedge == "below":
        hi = v
    return Interval.of(lo, hi)


def range_verdict(interval, low, high, mode="any"):
    """Return the verdict on a range a percentage is an end of ("tăng 1,5-2,1%", "từ 10% đến
    12%"): consistent when the exact interval meets the range, each end ± half a unit of its
    last digit; truncated when only its high end's truncation does (unless ``mode`` is
    half-up)."""
    from .verdict import CONSISTENT, INCONSISTENT, TRUNCATED, truncation_meets

    if interval.meets(Interval.of(Interval.unround(low).low, Interval.unround(high).high)):
        return CONSISTENT
    if mode != "half-up" and truncation_meets(interval, high):
        return TRUNCATED
    return INCONSISTENT


def hedged_verdict(interval, reported, hedge, mode="any"):
    """Return the verdict on a percentage printed with a hedge ("hơn 49%", "gần 2,5 lần").

    "hơn/trên X" needs some true value at or beyond X; "gần X" one within a unit of its last
    digit below X; "dưới X" one at or below X; "khoảng X" and no hedge, the rounding rule.
    """
    from .numbers import decimals
    from .verdict import CONSISTENT, INCONSISTENT, judge

    r = Fraction(reported)
    if hedge == "above":
        ok = interval.high >= r if r >= 0 else interval.low <= r
    elif hedge == "below":
        ok = interval.low <= r if r >= 0 else interval.high >= r
    elif hedge == "near":
        unit = Fraction(1, 10 ** decimals(reported))
        ok = interval.meets(Interval.of(r - unit, r) if r >= 0 else Interval.of(r, r + unit))
    else:
        return judge(interval, reported, mode)
    return CONSISTENT if ok else INCONSISTENT


class YearlyVerdict(Verdict):
    """What the rule says of an average yearly growth: ``a`` new against ``b`` old, ``years``
    apart (form ``yearly``)."""

    __slots__ = ("years",)
    years: int

    def needed(self, limit=MATCHES_SHOWN):
        """A compound rate's fix is no simple operand: none is named."""
        return []
