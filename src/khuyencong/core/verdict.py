"""The rounding rule: is a reported percentage consistent with the figures it was made from?

A reported r% with k decimals was produced from the exact value by some rounding mode; the
figures themselves were rounded when written. A report is *consistent* when some value the
figures allow rounds to what was printed. Everything is exact integer arithmetic on
rationals, with no epsilon.
"""

import functools
from decimal import Decimal
from fractions import Fraction

from .errors import KhuyenCongError
from .i18n import _
from .interval import Interval
from .numbers import EXACT, decimals, exact_sum, ratio_to_decimal, scaled

MODES = ("any", "half-up", "truncate")

CONSISTENT = "consistent"
TRUNCATED = "consistent (truncated)"
INCONSISTENT = "inconsistent"
IMPLIED = "implied"
NO_VERDICT = "no verdict"

#: how many more decimals than the report an exact interval is shown with
SHOWN_EXTRA_PLACES = 3
#: how many figures that would fix a report are named (the rest are counted)
MATCHES_SHOWN = 5


def _digits(reported):
    """Return (R, 10^k): the reported value is R / 10^k, k its decimals."""
    k = decimals(reported)
    return int(reported.scaleb(k)), 10**k


def half_up_set(reported):
    """Return the closed interval of exact values that round half-up to ``reported``."""
    return Interval.unround(reported)


def truncation_meets(interval, reported):
    """Return whether some value in ``interval`` truncates (toward zero) to ``reported``.

    Truncation to r accepts [r, r+u) above zero, (r−u, r] below it, and (−u, u) for zero.
    With r = R/s and u = 1/s, each bound is one integer comparison.
    """
    R, s = _digits(reported)
    lo, hi, den = interval.lo * s, interval.hi * s, interval.den
    upper_ok = hi >= R * den if R > 0 else hi > (R - 1) * den
    lower_ok = lo < (R + 1) * den if R >= 0 else lo <= R * den
    return upper_ok and lower_ok


def judge(interval, reported, mode="any"):
    """Return the verdict for a reported percentage given the exact percent interval."""
    if mode not in MODES:
        raise KhuyenCongError(
            _("unknown rounding mode '{mode}' (expected one of: {names})").format(
                mode=mode, names=", ".join(MODES)
            )
        )
    if mode != "truncate" and interval.meets(half_up_set(reported)):
        return CONSISTENT
    if mode != "half-up" and truncation_meets(interval, reported):
        return TRUNCATED
    return INCONSISTENT


def acceptance_set(reported, mode="any"):
    """Return the closed hull of exact values a mode accepts, for solving backwards.

    Implied and needed figures use half-up unless the mode is strictly ``truncate``.
    """
    if mode != "truncate":
        return half_up_set(reported)
    R, s = _digits(reported)
    if R > 0:
        return Interval(R, R + 1, s)
    if R < 0:
        return Interval(R - 1, R, s)
    return Interval(-1, 1, s)


def _divide(a, b, role):
    """Return the interval a / b of two Figures; ``role`` names b in the error if b can be 0."""
    try:
        return a.interval / b.interval
    except ZeroDivisionError:
        raise KhuyenCongError(
            _(
                "the {role} {value} can be zero at its written precision, so no percentage of "
                "it can be checked"
            ).format(role=_(role), value=_label(b))
        ) from None


# --- the two percentages, as functions of their operands' intervals ------------------


def growth_interval(new, old):
    """Return the exact interval of 100·(new/old − 1), in percent."""
    return _divide(new, old, "base").scale(100, -100)


def share_interval(part, whole):
    """Return the exact interval of 100·part/whole, in percent."""
    return _divide(part, whole, "whole").scale(100)


def _label(figure):
    return figure.name or str(figure.value)


def percent_ratio(kind: str, a: Decimal, b: Decimal) -> tuple[int, int] | None:
    """Return the percentage from two written values (Decimals) as (numerator, denominator
    > 0), exactly and unreduced, or None when the base is zero."""
    an, ad = a.as_integer_ratio()
    bn, bd = b.as_integer_ratio()
    if bn == 0:
        return None
    num, den = 100 * an * bd, ad * bn
    if den < 0:
        num, den = -num, -den
    return (num - 100 * den if kind == "growth" else num), den


def solve(kind, role, known, percent):
    """Return the interval of the operand ``role`` that makes the percentage fall in ``percent``.

    kind "growth": new = old·(1 + g/100); kind "share": part = whole·s/100. ``known`` is the
    other operand's interval. Raises KhuyenCongError where no finite answer exists.
    """
    factor = percent.scale(1, 100 if kind == "growth" else 0, 100)
    if role in ("new", "part"):
        return known * factor
    if factor.touches_zero():
        edge = "−100%" if kind == "growth" else "0%"
        raise KhuyenCongError(
            _("a {kind} this close to {edge} fits any {role}").format(
                kind=_(kind), edge=edge, role=_(role)
            )
        )
    return known / factor


_ROLES = {"growth": ("new", "old"), "share": ("part", "whole")}


class Implied:
    """An operand a report leaves out, solved from the percentage it printed."""

    __slots__ = ("interval", "kind", "places", "role", "value")

    def __init__(self, kind, role, value, interval, places):
        self.kind, self.role, self.value, self.interval, self.places = (
            kind,
            role,
            value,
            interval,
            places,
        )

    @property
    def low(self):
        """The interval's lower end, rounded down at the figures' precision."""
        return self.bounds()[0]

    @property
    def high(self):
        """The interval's upper end, rounded up at the figures' precision."""
        return self.bounds()[1]

    def bounds(self, extra=0):
        """Return the interval's ends rounded outward at the figures' precision plus
        ``extra`` decimals."""
        places = self.places + extra
        return (
            ratio_to_decimal(self.interval.lo, self.interval.den, places, "floor"),
            ratio_to_decimal(self.interval.hi, self.interval.den, places, "ceiling"),
        )

    def shown_apart(self, value, most=4):
        """Return the ends at the fewest extra decimals (up to ``most``) that leave out a
        written value the interval does not hold: 85.170–85.178 would seem to hold the
        85.170 it was solved against; 85.17055–85.17800 does not."""
        own = Interval.unround(value)  # what the written value stands for
        low, high = self.bounds()
        extra = 0
        while own.meets(Interval.of(low, high)) and not own.meets(self.interval) and extra < most:
            extra += 1
            low, high = self.bounds(extra)
        return low, high

    def matches(self, figures, limit=None):
        """Return (the first ``limit`` figures whose interval meets this one, how many meet).

        ``figures`` is a list or, fastest, a FigureIndex.
        """
        if hasattr(figures, "matching"):
            return figures.matching(self.interval, limit)
        found = [f for f in figures if f.interval.meets(self.interval)]
        return found[:limit], len(found)


def implied(kind, role, known, reported, mode="any"):
    """Return the figure for ``role`` that a reported percentage implies, from the other operand.

    The point value solves the equation with the written numbers; the interval allows for
    the rounding of both, and is shown rounded outward at the known figure's precision.
    """
    interval = solve(kind, role, known.interval, acceptance_set(reported, mode))
    rn, rd = reported.as_integer_ratio()  # the factor is fn / fd: r/100, or 1 + r/100
    fn, fd = rn + (100 * rd if kind == "growth" else 0), 100 * rd
    kn, kd = known.value.as_integer_ratio()
    if role in ("new", "part"):
        num, den = kn * fn, kd * fd
    else:
        num, den = kn * fd, kd * fn
    if den < 0:
        num, den = -num, -den
    places = decimals(known.value)
    value = ratio_to_decimal(num, den, places) if den else None
    return Implied(kind, role, value, interval, places)


class Verdict:
    """What the rule says of one reported percentage, with everything needed to explain it."""

    __slots__ = (
        "a",
        "b",
        "candidates",
        "interval",
        "kind",
        "mode",
        "places",
        "ratio",
        "reported",
        "status",
    )

    def __init__(self, kind, a, b, reported, mode, interval, ratio, status, candidates=()):
        self.kind = kind  # "growth" (a new, b old) or "share" (a part, b whole)
        self.a, self.b = a, b
        self.reported = reported
        self.mode = mode
        self.interval = interval  # exact, in percent
        # exact, from the written figures, in percent: (numerator, den > 0)
        self.ratio: tuple[int, int] = ratio
        self.status = status
        self.candidates = candidates  # figures (or a FigureIndex) searched for a fix
        self.places = decimals(reported)

    def __repr__(self):
        return (
            f"Verdict({self.status!r}, {self.kind}, reported={self.reported}, "
            f"recomputed={self.recomputed}, interval=[{self.low}, {self.high}])"
        )

    @property
    def consistent(self):
        return self.status in (CONSISTENT, TRUNCATED)

    @property
    def figures(self):
        """The figures the percentage was computed from, in the order they are written."""
        return (self.a, self.b)

    @property
    def point(self):
        """The exact percentage from the written figures, as a Fraction."""
        return Fraction(*self.ratio)

    @property
    def recomputed(self):
        """The exact value from the written figures at the report's precision.

        Rounded half-up, or cut toward zero when the check is strictly ``truncate``.
        """
        direction = "truncate" if self.mode == "truncate" else "half-up"
        return ratio_to_decimal(*self.ratio, self.places, direction)

    @property
    def rounded(self):
        """The exact value from the written figures rounded half-up, whatever the mode."""
        return ratio_to_decimal(*self.ratio, self.places)

    @property
    def low(self):
        """The exact interval's lower end, rounded down, three decimals past the report's."""
        i = self.interval
        return ratio_to_decimal(i.lo, i.den, self.places + SHOWN_EXTRA_PLACES, "floor")

    @property
    def high(self):
        """The exact interval's upper end, rounded up, three decimals past the report's."""
        i = self.interval
        return ratio_to_decimal(i.hi, i.den, self.places + SHOWN_EXTRA_PLACES, "ceiling")

    @property
    def gap(self):
        """Reported minus recomputed, in percentage points."""
        return self.reported - self.recomputed

    @property
    def gap_units(self):
        """The gap in units of the report's last digit."""
        return int(self.gap.scaleb(self.places))

    def needed(self, limit=MATCHES_SHOWN):
        """Return, for an inconsistency, what each operand would have had to be.

        A list of (role, Implied, [up to ``limit`` matching figures], how many match); empty
        when the report is consistent. The operands themselves never count as matches.
        """
        if self.consistent:
            return []
        if self.kind not in _ROLES:  # a difference of two rates: either may be off
            return []
        first, second = _ROLES[self.kind]
        out = []
        for role, known, replaced in ((second, self.a, self.b), (first, self.b, self.a)):
            try:
                need = implied(self.kind, role, known, self.reported, self.mode)
            except KhuyenCongError:
                continue
            found, total = need.matches(self.candidates, None if limit is None else limit + 2)
            mine = [f for f in found if f is replaced or f is known]
            found = [f for f in found if f is not replaced and f is not known]
            out.append((role, need, found[:limit], total - len(mine)))
        return out


def check(kind, a, b, reported, mode="any", candidates=()):
    """Return the Verdict on ``reported`` for a growth (a new, b old) or share (a part, b whole)."""
    if kind not in _ROLES:
        raise KhuyenCongError(
            _("unknown kind '{kind}' (expected growth or share)").format(kind=kind)
        )
    interval = growth_interval(a, b) if kind == "growth" else share_interval(a, b)
    status = judge(interval, reported, mode)
    return Verdict(
        kind,
        a,
        b,
        reported,
        mode,
        interval,
        percent_ratio(kind, a.value, b.value),
        status,
        candidates,
    )


class PointsVerdict(Verdict):
    """What the rule says of a share's change in percentage points: ``a``/``b`` the part and
    the whole of the later year, ``before`` those of the earlier one."""

    __slots__ = ("before",)
    before: tuple  # (part, whole) of the earlier year

    @property
    def figures(self):
        return (self.a, self.b, *self.before)

    def needed(self, limit=MATCHES_SHOWN):
        """Four figures move a change in points: no one of them alone is named as the fix."""
        return []


def check_points(later, earlier, reported, mode="any"):
    """Return the Verdict on ``reported`` percentage points as the change of a share from
    ``earlier`` to ``later``, each a (part, whole) pair of Figures.

    The exact interval is the later share's less the earlier's, ends taken crosswise: the
    two years' figures are rounded independently of each other.
    """
    (a, b), (c, d) = later, earlier
    interval = share_interval(a, b) - share_interval(c, d)
    # both wholes are nonzero once their intervals divide: the exact shares exist
    n1, d1 = percent_ratio("share", a.value, b.value) or (0, 1)
    n0, d0 = percent_ratio("share", c.value, d.value) or (0, 1)
    verdict = PointsVerdict(
        "points",
        a,
        b,
        reported,
        mode,
        interval,
        (n1 * d0 - n0 * d1, d1 * d0),
        judge(interval, reported, mode),
    )
    verdict.before = (c, d)
    return verdict


class SumVerdict:
    """Whether parts add up to a total, within the rounding of every figure."""

    __slots__ = ("high", "low", "parts", "status", "total", "value")

    def __init__(self, total, parts, value, low, high, status):
        self.total, self.parts, self.status = total, parts, status
        self.value = value  # the sum of the parts as written
        self.low, self.high = low, high  # the exact interval of the parts' sum (Decimals)

    def __repr__(self):
        return (
            f"SumVerdict({self.status!r}, total={self.total.value}, sum={self.value}, "
            f"interval=[{self.low}, {self.high}])"
        )

    @property
    def consistent(self):
        return self.status == CONSISTENT

    @property
    def gap(self):
        return EXACT.subtract(self.total.value, self.value)


@functools.lru_cache(maxsize=64)
def _half_units(exponent, count):
    """Return (count half units, count + 1 half units) of the digit at ``exponent``."""
    half = Decimal(5).scaleb(exponent - 1)
    return EXACT.multiply(half, count), EXACT.multiply(half, count + 1)


def check_sum(total, parts):
    """Return whether the parts' summed interval meets the total's.

    The sum's interval is shown one decimal past the parts' most precise figure, where half
    a unit of each lands exactly. Written figures (half a unit either side) are summed as
    scaled integers; a derived figure brings its own rational interval.
    """
    if not parts:
        raise KhuyenCongError(_("a sum needs at least one part"))
    if total.written and all(p.written for p in parts):
        return _written_sum(total, tuple(parts))
    interval = Interval.total(p.interval for p in parts)
    places = max(decimals(p.value) for p in parts) + 1
    low = ratio_to_decimal(interval.lo, interval.den, places, "floor")
    high = ratio_to_decimal(interval.hi, interval.den, places, "ceiling")
    status = CONSISTENT if interval.meets(total.interval) else INCONSISTENT
    return SumVerdict(total, tuple(parts), exact_sum(p.value for p in parts), low, high, status)


def _written_sum(total, parts):
    """check_sum for written figures.

    The usual case, every figure written with the same decimals, is a few exact Decimal
    operations: the sum, then half a unit per part either side of it. Otherwise the figures
    are brought to the scale of the most decimals as integers.
    """
    values = [p.value for p in parts]
    first = values[0]
    if first.same_quantum(total.value) and all(map(first.same_quantum, values)):
        exponent = first.as_tuple().exponent
        if exponent <= 0:
            half, reach = _half_units(exponent, len(values))
            value = exact_sum(values)
            meets = EXACT.subtract(total.value, value).copy_abs() <= reach
            return SumVerdict(
                total,
                parts,
                value,
                EXACT.subtract(value, half),
                EXACT.add(value, half),
                CONSISTENT if meets else INCONSISTENT,
            )
    digits = [scaled(p.value) for p in parts]
    k = max(0, max(d for _, d in digits))
    units = [10 ** (k - d) for _, d in digits]  # one last-digit unit of each part, at scale k
    whole = sum(m * u for (m, _), u in zip(digits, units, strict=False))
    half = 5 * sum(units)  # the parts' half units, at scale k + 1
    low, high = 10 * whole - half, 10 * whole + half  # the sum's interval, at scale k + 1
    m, d = scaled(total.value)
    finer = max(k, d)  # compare with the total's interval at the finer of the two scales
    up, t = 10 ** (finer - k), 10 ** (finer - d)
    centre, reach = 10 * m * t, 5 * t
    meets = low * up <= centre + reach and centre - reach <= high * up
    status = CONSISTENT if meets else INCONSISTENT
    return SumVerdict(
        total,
        parts,
        Decimal(whole).scaleb(-k, EXACT),
        Decimal(low).scaleb(-k - 1, EXACT),
        Decimal(high).scaleb(-k - 1, EXACT),
        status,
    )
