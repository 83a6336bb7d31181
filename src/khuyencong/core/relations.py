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
"""

from fractions import Fraction

from .interval import Interval

FORMS = ("ratio", "growth", "rise", "fall", "times", "difference")


def _ends(interval):
    return Fraction(interval.lo, interval.den), Fraction(interval.hi, interval.den)


def form_interval(form, a, b):
    """Return the exact Interval of ``form`` for operand Intervals ``a`` and ``b`` (both > 0
    but for a difference), or None when a denominator can reach zero."""
    (alo, ahi), (blo, bhi) = _ends(a), _ends(b)
    if form in ("ratio", "growth", "times"):
        if blo <= 0:
            return None
        lo, hi = alo / bhi, ahi / blo
        if form == "ratio":
            lo, hi = 100 * lo, 100 * hi
        elif form == "growth":
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


def form_point(form, a, b):
    """Return the value of ``form`` for the written values (Decimals), as (num, den > 0)."""
    a, b = Fraction(a), Fraction(b)
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
