"""Numbers as people write them: parse and format in English and Vietnamese notation.

A figure is a ``Decimal`` that keeps the digits as written (``85.170`` keeps its exponent
-3), because the written precision is what tells how far the true value may lie from it.
"""

import re
from decimal import Context, Decimal

from .errors import KhuyenCongError
from .i18n import _

LOCALES = ("en", "vi")

#: for sums and differences of written figures: data files refuse numbers of more than 30
#: digits, so with 100 digits of precision these are always exact (no context switch needed)
EXACT = Context(prec=100)
MAX_DIGITS = 30
_POWERS = [10**k for k in range(64)]


def exact_sum(values):
    """Return the exact sum of Decimals."""
    total = Decimal(0)
    for value in values:
        total = EXACT.add(total, value)
    return total


_EN = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)", re.ASCII)
# vi: ',' is the decimal mark; '.' groups thousands, in groups of exactly three.
_VI = re.compile(r"[+-]?(?:\d{1,3}(?:\.\d{3})+|\d+)?(?:,\d*)?", re.ASCII)


def count(n, word, plural=None):
    """Return "1 claim", "2 claims", "-1 unit": a count with its word, singular for ±1."""
    return f"{n} {word if abs(n) == 1 else plural or word + 's'}"


def shorten(text, limit=60):
    """Return text cut to ``limit`` characters with "…", for quoting it in a message."""
    text = str(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def parse_number(text, locale="en", switch="--locale vi"):
    """Return the Decimal written in ``text`` (``%`` and a leading ``+`` allowed).

    Raises KhuyenCongError, with a hint, for anything else: in ``en`` a comma is refused
    because ``108,989`` is 108.989 to a Vietnamese reader and 108989 to an English one.
    ``switch``: how the caller chooses Vietnamese notation, for that hint (the command
    line's ``--locale vi``, the API's ``locale="vi"``).
    """
    raw = shorten(text)
    s = text.strip().replace("\u2212", "-")  # a typographic minus is still a minus
    if any(c.isdigit() and not c.isascii() for c in s):
        raise KhuyenCongError(
            _(
                "'{text}' has digits other than 0-9 (Arabic, Devanagari, Bengali or fullwidth "
                "digits look alike but are not read): write it with 0-9"
            ).format(text=raw)
        )
    if sum(c.isdigit() for c in s) > MAX_DIGITS:
        raise KhuyenCongError(
            _("'{number}' has more than {limit} digits").format(number=raw, limit=MAX_DIGITS)
        )
    if s.endswith("%"):
        s = s[:-1].rstrip()
    if locale == "vi":
        if s and _VI.fullmatch(s) and any(c.isdigit() for c in s):
            return Decimal(s.replace(".", "").replace(",", "."))
        if re.fullmatch(r"[+-]?\d+\.\d{1,2}", s) or re.fullmatch(r"[+-]?\d+\.\d{4,}", s):
            raise KhuyenCongError(
                _(
                    "'{text}' is not a number in Vietnamese notation, where '.' groups "
                    "thousands and ',' marks decimals (write {hint})"
                ).format(text=raw, hint=s.replace(".", ","))
            )
        raise KhuyenCongError(
            _("'{text}' is not a number (Vietnamese notation: 108,989 or 1.234,5)").format(text=raw)
        )
    if locale != "en":
        raise KhuyenCongError(
            _("unknown locale '{locale}' (expected one of: {names})").format(
                locale=locale, names=", ".join(LOCALES)
            )
        )
    if _EN.fullmatch(s):
        return Decimal(s)
    if "," in s and re.fullmatch(r"[+-]?[\d.,]*\d[\d.,]*", s):
        raise KhuyenCongError(
            _(
                "'{text}' has a comma: use {switch} for Vietnamese notation, "
                "or write it with a decimal point (e.g. 108.989)"
            ).format(text=raw, switch=switch)
        )
    raise KhuyenCongError(
        _("'{text}' is not a number (expected e.g. 108.989 or 27.97%)").format(text=raw)
    )


def scaled(value):
    """Return (m, k) with ``value == m / 10**k``, k the decimals as written.

    ``85.170`` is (85170, 3); ``1E+3`` (precise to the thousand) is (1, -3). Read from the
    text, which is about twice as fast as ``as_tuple`` for the usual plain numbers.
    """
    text = str(value)
    if "E" not in text:
        point = text.find(".")
        if point == -1:
            return int(text), 0
        return int(text[:point] + text[point + 1 :]), len(text) - point - 1
    sign, digits, exponent = value.as_tuple()
    if not isinstance(exponent, int):
        raise ValueError(f"not a finite number: {value}")
    m = int("".join(map(str, digits)) or "0")
    return (-m if sign else m), -exponent


def decimals(value):
    """Return how many decimals ``value`` was written with (0 for whole numbers)."""
    exponent = value.as_tuple().exponent
    return -exponent if exponent < 0 else 0


def format_number(value, locale="en", places=None, group=None):
    """Return ``value`` written in ``locale`` notation, at its own precision unless ``places``.

    ``en`` never groups thousands (so every printed number can be typed back in);
    ``vi`` groups with dots and marks decimals with a comma unless ``group`` is False.
    """
    if places is not None:
        value = value.quantize(Decimal(1).scaleb(-places), context=EXACT)
    if locale == "vi":
        text = format(value, ",f" if group is not False else "f")
        return text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return format(value, ",f" if group else "f")


def format_percent(value, locale="en", places=None):
    """Return ``value`` as a percentage: ``27.97%`` or ``27,97%``."""
    return format_number(value, locale, places) + "%"


#: the unit of what a reported figure measures, by its kind: a multiple ("gấp 2,4 lần")
#: and a change in percentage points are no percentages; any other kind is in "%"
MEASURE_UNITS = {"times": "×", "points": "pp"}
#: how a number in each such unit is shown
UNIT_SIGNS = {"%": "%", "×": "×", "pp": " pp"}


def format_measure(value, kind, locale="en"):
    """Return a reported figure with the sign of what it measures: ``27,97%``, ``2,4×``,
    ``-0,84 pp``."""
    return format_number(value, locale) + UNIT_SIGNS[MEASURE_UNITS.get(kind, "%")]


def fraction_to_decimal(fraction, places, direction="half-up"):
    """Return ``fraction`` as a Decimal with ``places`` decimals (see ``ratio_to_decimal``)."""
    return ratio_to_decimal(fraction.numerator, fraction.denominator, places, direction)


def ratio_to_decimal(num, den, places, direction="half-up"):
    """Return num/den (den > 0) as a Decimal with ``places`` decimals, exactly rounded.

    ``direction`` is ``half-up`` (half away from zero, as reports round), ``truncate``
    (toward zero, as many reports cut), ``floor`` or ``ceiling`` (to round an interval's
    ends outward, so it still holds the truth).
    """
    num *= _POWERS[places] if 0 <= places < 64 else 10**places
    if direction == "truncate":
        direction = "floor" if num >= 0 else "ceiling"
    if direction == "floor":
        n = num // den
    elif direction == "ceiling":
        n = -((-num) // den)
    else:
        n = (2 * abs(num) + den) // (2 * den)
        n = -n if num < 0 else n
    return Decimal(n).scaleb(-places, EXACT)  # the default context would round past 28 digits
