"""The validator's tools: a YAML leaf as written, where each value came from, and the checks
that turn a wrong value into one located message with a hint."""

import re
from decimal import Decimal

from ..core.errors import KhuyenCongError
from ..core.i18n import _
from ..core.numbers import MAX_DIGITS

YEARS = (1900, 2100)

NUMBER = re.compile(r"[+-]?(?:0|[1-9]\d*)(?:\.\d+)?")
YEAR = re.compile(r"[12]\d{3}")
KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


class Scalar:
    """A YAML leaf as written: its text, what kind of value YAML would read, and its line."""

    __slots__ = ("kind", "line", "text")

    def __init__(self, text, kind, line):
        self.text, self.kind, self.line = text, kind, line


TOP_KEYS = ("source", "unit", "scope", "series", "claims")
SOURCE_KEYS = ("title", "published", "author", "publisher", "url", "file", "note")
SERIES_KEYS = ("label", "values", "parts", "note", "signed")
SERIES_KEY_SET = frozenset(SERIES_KEYS)
CLAIM_KEYS = (
    "growth",
    "share",
    "ratio",
    "rate",
    "excess",
    "points",
    "of",
    "from",
    "to",
    "year",
    "reported",
    "quote",
    "id",
    "note",
)
CLAIM_KEY_SET = frozenset(CLAIM_KEYS)


class Validator:
    def __init__(self, path):
        self.path = path

    def fail(self, message, line=None, key=None):
        raise KhuyenCongError(message, path=self.path, line=line, key=key)

    def mapping(self, value, where, allowed, line=None):
        if not isinstance(value, dict):
            self.fail(
                _("expected a mapping of keys, got {value}").format(value=describe_value(value)),
                line_of(value, line),
                where,
            )
        for key in value:
            if key not in allowed:
                self.fail(
                    _("unknown key '{key}'{hint}; expected one of: {keys}").format(
                        key=key, hint=suggest(key, allowed), keys=", ".join(allowed)
                    ),
                    key_line(value, key),
                    join_place(where, key),
                )
        return value

    def flag(self, m, key, where):
        """Return a yes/no key's value (false when absent): true or false, nothing else."""
        if key not in m:
            return False
        v = m[key]
        if v is True or v is False:  # JSON
            return v
        if isinstance(v, Scalar) and v.kind == "bool" and v.text in ("true", "false"):
            return v.text == "true"
        self.fail(
            _("expected true or false, got {value}").format(value=describe_value(v)),
            line_of(v, key_line(m, key)),
            join_place(where, key),
        )
        return False

    def text(self, m, key, where, required=False):
        if key not in m:
            if required:
                self.fail(_("'{key}' is required").format(key=key), line_of(m), where)
            return None
        v = m[key]
        if isinstance(v, str):
            text = v
        elif isinstance(v, Scalar) and v.kind != "null":
            text = v.text
        else:
            self.fail(
                _("expected text, got {value}").format(value=describe_value(v)),
                line_of(v, key_line(m, key)),
                join_place(where, key),
            )
        if not text.strip():
            self.fail(
                _("expected text, got an empty string"),
                line_of(v, key_line(m, key)),
                join_place(where, key),
            )
        return text

    def number(self, v, where, line=None):
        number = self._number(v, where, line)
        if len(number.as_tuple().digits) > MAX_DIGITS:
            self.fail(
                _("'{number}' has more than {limit} digits").format(
                    number=number, limit=MAX_DIGITS
                ),
                line_of(v, line),
                where,
            )
        return number

    def _number(self, v, where, line=None):
        if type(v) is Decimal:  # JSON: already a number, with its written digits
            exponent = v.as_tuple().exponent
            if isinstance(exponent, int) and exponent > 0:
                self.fail(
                    _("'{number}' must be written as plain digits ({digits})").format(
                        number=v, digits=f"{v:f}"
                    ),
                    line,
                    where,
                )
            return v
        if isinstance(v, str):  # JSON text where a number belongs: the same hints as YAML
            v = Scalar(v, "str", None)
        if not isinstance(v, Scalar):
            self.fail(
                _("expected a number, got {value}").format(value=describe_value(v)),
                line_of(v, line),
                where,
            )
        text, line = v.text.strip(), v.line if v.line is not None else line
        if v.kind in ("int", "float") and NUMBER.fullmatch(text):
            return Decimal(text)
        if v.kind == "str":
            if re.fullmatch(r"[+-]?[\d.]*\d,\d+", text):
                hint = text.replace(".", "").replace(",", ".")
                self.fail(
                    _(
                        "'{text}' is text: numbers use a decimal point, so write {hint} "
                        "(108,989 tỷ in a Vietnamese report is 108.989 here)"
                    ).format(text=text, hint=hint),
                    line,
                    where,
                )
            if NUMBER.fullmatch(text):
                self.fail(
                    _("'{text}' is quoted text: write the number without quotes").format(text=text),
                    line,
                    where,
                )
        low = text.lower()
        if low.lstrip("+-") in (".inf", ".nan", "inf", "nan", "infinity"):
            self.fail(_("'{text}' is not a finite number").format(text=text), line, where)
        if re.fullmatch(r"[+-]?0\d+(\.\d*)?", text):
            self.fail(
                _("'{text}' has a leading zero (YAML reads 0123 as octal 83): write {hint}").format(
                    text=text, hint=text.lstrip("+-").lstrip("0") or "0"
                ),
                line,
                where,
            )
        if ":" in text and v.kind == "int":
            self.fail(
                _("'{text}' is read by YAML as base 60: write the number as digits").format(
                    text=text
                ),
                line,
                where,
            )
        if v.kind in ("int", "float"):
            self.fail(
                _(
                    "'{text}' must be written as plain digits with a decimal point "
                    "(no exponent, no underscores)"
                ).format(text=text),
                line,
                where,
            )
        if NUMBER.fullmatch(text.strip().rstrip("%").strip()) and text.strip().endswith("%"):
            self.fail(
                _(
                    "'{text}' has a % sign: a percentage is written without it (reported: {hint})"
                ).format(text=text, hint=text.strip().rstrip("%").strip()),
                line,
                where,
            )
        self.fail(_("expected a number, got {value}").format(value=describe_value(v)), line, where)

    def year(self, v, where, line=None):
        text = (
            v.text
            if isinstance(v, Scalar)
            else v
            if isinstance(v, str)
            else str(v)
            if type(v) is Decimal
            else ""
        )
        if not YEAR.fullmatch(text.strip()):
            self.fail(
                _("expected a year like 2012, got {value}").format(value=describe_value(v)),
                line_of(v, line),
                where,
            )
        year = int(text)
        if not YEARS[0] <= year <= YEARS[1]:
            self.fail(
                _("year {year} is outside {low}–{high}").format(
                    year=year, low=YEARS[0], high=YEARS[1]
                ),
                line_of(v, line),
                where,
            )
        return year

    def series_name(self, v, where, series, line=None):
        name = (
            v
            if isinstance(v, str)
            else v.text
            if isinstance(v, Scalar) and v.kind == "str"
            else None
        )
        if name is None:
            self.fail(
                _("expected a series name, got {value}").format(value=describe_value(v)),
                line_of(v, line),
                where,
            )
        if name not in series:
            shown = ", ".join(list(series)[:12]) + (", …" if len(series) > 12 else "")
            self.fail(
                _("no series named '{key}'{hint}; the file has: {names}").format(
                    key=name, hint=suggest(name, series), names=shown
                ),
                line_of(v, line),
                where,
            )
        return name


def line_of(value, fallback=None):
    line = getattr(value, "line", None)
    return line if line is not None else fallback


def key_line(mapping, key):
    """Return the line of a key in a YAML mapping (None in JSON, which names keys instead)."""
    lines = getattr(mapping, "lines", None)
    return lines.get(key) if lines else None


def item_line(sequence, i):
    lines = getattr(sequence, "lines", None)
    return lines[i] if lines else None


def join_place(where, key):
    return f"{where}.{key}" if where else str(key)


def describe_value(v):
    if isinstance(v, dict):
        return _("a mapping")
    if isinstance(v, list):
        return _("a list")
    if v is None:
        return _("nothing")
    if isinstance(v, bool):
        return f"'{str(v).lower()}'"
    if isinstance(v, (str, Decimal)):
        return f"'{v}'"
    if v.kind == "null":
        return _("nothing")
    if v.kind == "bool":
        return _("'{text}' (YAML reads it as {value})").format(
            text=v.text, value=v.text.lower() in ("true", "yes", "on", "y")
        )
    return f"'{v.text}'"


def suggest(word, choices):
    import difflib

    near = difflib.get_close_matches(str(word), list(choices), n=1, cutoff=0.6)
    return _(" (did you mean '{word}'?)").format(word=near[0]) if near else ""
