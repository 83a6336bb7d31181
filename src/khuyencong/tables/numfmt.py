"""A spreadsheet's number format applied to its stored value: the figure a reader sees.

``44958.5`` under ``#,##0`` shows ``44.959`` (44959); under ``0.0%`` 0.2797 shows 28.0%. The
figure shown is what a person checks with a calculator, so it is what the checks use, as a
Decimal with the digits shown (its exponent says its precision). Only the parts of the
format language that change the number are read: sections (positive; negative; zero; text),
decimal places, percent, thousands scaling by trailing commas. Colours, quoted text, padding
and fills change how it looks, not the figure.
"""

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation, localcontext

#: what a section holds that is not a number placeholder: [Red], "text", \x, _x, *x
_NOISE = re.compile(r'\[[^\]]*\]|"[^"]*"|\\.|_.|\*.')
_DATE = re.compile(r"[dmyhsDMYHS]")
#: General shows at most this many significant digits (Excel shows 11 characters)
GENERAL_DIGITS = 10


class Shown:
    """A cell's figure as shown: ``value`` (Decimal at its shown precision) or None when the
    cell shows nothing (a zero section of ``""``); ``percent`` when shown with ``%``;
    ``stored`` the stored number at the scale shown (× 100 under ``%``, ÷ 1000 under a
    trailing comma), every digit kept."""

    __slots__ = ("percent", "stored", "value")

    def __init__(self, value, percent=False, stored=None):
        self.value, self.percent, self.stored = value, percent, stored


def split_sections(fmt):
    """Return the format's sections, split on ``;`` outside quotes."""
    sections, current, quoted = [], [], False
    i = 0
    while i < len(fmt):
        c = fmt[i]
        if c == '"':
            quoted = not quoted
        elif c == "\\" and not quoted and i + 1 < len(fmt):
            current.append(fmt[i : i + 2])
            i += 2
            continue
        elif c == ";" and not quoted:
            sections.append("".join(current))
            current = []
            i += 1
            continue
        current.append(c)
        i += 1
    sections.append("".join(current))
    return sections


def is_date(fmt):
    """Return whether a format shows a date or a time (its number is no amount)."""
    return bool(_DATE.search(_NOISE.sub("", split_sections(fmt)[0])))


def shown(value, fmt):
    """Return the Shown figure of a stored number (float, int or Decimal) under ``fmt``."""
    number = value if isinstance(value, Decimal) else Decimal(repr(value))
    if not number.is_finite():
        return Shown(None)
    fmt = (fmt or "General").strip()
    if fmt.lower() in ("general", "@", ""):
        return Shown(_general(number), stored=number)
    sections = split_sections(fmt)
    if number < 0 and len(sections) >= 2:
        section = sections[1]
    elif number == 0 and len(sections) >= 3:
        section = sections[2]
    else:
        section = sections[0]
    bare = _NOISE.sub("", section)
    if not re.search(r"[0#?]", bare):  # a section of text alone ("", "-"): no figure
        if number == 0 or re.fullmatch(r"\s*-?\s*", bare):
            return Shown(None if number == 0 else number, False, number)
        return Shown(None)
    if bare.lower() == "general":
        return Shown(_general(number), stored=number)
    percent = "%" in bare
    if percent:
        number = number.scaleb(2 * bare.count("%"))
    # trailing commas after the last placeholder divide by a thousand each
    m = re.search(r"[0#?](,+)(?![0#?])", bare)
    if m:
        number = number.scaleb(-3 * len(m.group(1)))
    places = 0
    m = re.search(r"\.([0#?]+)", bare)
    if m:
        places = len(m.group(1))
        required = m.group(1).rstrip("#").count("0") + m.group(1).rstrip("#").count("?")
    else:
        required = 0
    with localcontext() as context:  # room for every digit shown (Excel allows 30 decimals)
        context.prec = max(28, number.adjusted() + places + 2)
        try:
            out = number.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
        except InvalidOperation:  # a format past any sense: the number as stored
            out = number
    if places > required:  # optional decimals (#): trailing zeros are not shown
        whole, _dot, decimals = format(out, "f").partition(".")
        decimals = decimals.rstrip("0").ljust(required, "0")
        out = Decimal(whole + ("." + decimals if decimals else ""))
    if len(sections) >= 2 and number < 0:
        out = -abs(out)  # the negative section shows the sign by its own marks
    return Shown(out, percent, number)


def _general(number):
    """Return a number as General shows it: whole numbers whole, others to ten digits."""
    if number == number.to_integral_value():
        return number.quantize(Decimal(1))
    digits = len(number.as_tuple().digits)
    exponent = number.as_tuple().exponent
    if isinstance(exponent, int) and digits > GENERAL_DIGITS:
        number = number.quantize(
            Decimal(1).scaleb(exponent + digits - GENERAL_DIGITS), rounding=ROUND_HALF_UP
        )
    return number.normalize() if number != 0 else Decimal(0)
