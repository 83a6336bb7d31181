"""The data file's schema: a located tree (YAML or JSON) → a validated Dataset.

Every problem is a KhuyenCongError naming the line (YAML) or key path (JSON), the key, and
what was expected, with a hint where one helps (the nearest known key, how to write a
number). Validation stops at the first problem.
"""

import re
from decimal import Decimal

from ..core.errors import KhuyenCongError
from ..core.model import Claim, Dataset, Series
from ..core.numbers import MAX_DIGITS

YEARS = (1900, 2100)

_NUMBER = re.compile(r"[+-]?(?:0|[1-9]\d*)(?:\.\d+)?")
_YEAR = re.compile(r"[12]\d{3}")
_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


class Scalar:
    """A YAML leaf as written: its text, what kind of value YAML would read, and its line."""

    __slots__ = ("text", "kind", "line")

    def __init__(self, text, kind, line):
        self.text, self.kind, self.line = text, kind, line


TOP_KEYS = ("source", "unit", "scope", "series", "claims")
SOURCE_KEYS = ("title", "published", "author", "publisher", "url", "file", "note")
SERIES_KEYS = ("label", "values", "parts", "note")
_SERIES_KEY_SET = frozenset(SERIES_KEYS)
CLAIM_KEYS = ("growth", "share", "of", "from", "to", "year", "reported", "quote", "id", "note")
_CLAIM_KEY_SET = frozenset(CLAIM_KEYS)


class _Validator:
    def __init__(self, path):
        self.path = path

    def fail(self, message, line=None, key=None):
        raise KhuyenCongError(message, path=self.path, line=line, key=key)

    def mapping(self, value, where, allowed, line=None):
        if not isinstance(value, dict):
            self.fail(f"expected a mapping of keys, got {_what(value)}",
                      _line(value, line), where)
        for key in value:
            if key not in allowed:
                self.fail(f"unknown key '{key}'{_suggest(key, allowed)}; expected one of: "
                          f"{', '.join(allowed)}", _key_line(value, key), _join(where, key))
        return value

    def text(self, m, key, where, required=False):
        if key not in m:
            if required:
                self.fail(f"'{key}' is required", _line(m), where)
            return None
        v = m[key]
        if isinstance(v, str):
            text = v
        elif isinstance(v, Scalar) and v.kind != "null":
            text = v.text
        else:
            self.fail(f"expected text, got {_what(v)}", _line(v, _key_line(m, key)),
                      _join(where, key))
        if not text.strip():
            self.fail("expected text, got an empty string", _line(v, _key_line(m, key)),
                      _join(where, key))
        return text

    def number(self, v, where, line=None):
        number = self._number(v, where, line)
        if len(number.as_tuple().digits) > MAX_DIGITS:
            self.fail(f"'{number}' has more than {MAX_DIGITS} digits", _line(v, line), where)
        return number

    def _number(self, v, where, line=None):
        if type(v) is Decimal:  # JSON: already a number, with its written digits
            if v.as_tuple().exponent > 0:
                self.fail(f"'{v}' must be written as plain digits ({v:f})", line, where)
            return v
        if isinstance(v, str):  # JSON text where a number belongs: the same hints as YAML
            v = Scalar(v, "str", None)
        if not isinstance(v, Scalar):
            self.fail(f"expected a number, got {_what(v)}", _line(v, line), where)
        text, line = v.text.strip(), v.line if v.line is not None else line
        if v.kind in ("int", "float") and _NUMBER.fullmatch(text):
            return Decimal(text)
        if v.kind == "str":
            if re.fullmatch(r"[+-]?[\d.]*\d,\d+", text):
                hint = text.replace(".", "").replace(",", ".")
                self.fail(f"'{text}' is text: numbers use a decimal point, so write {hint} "
                          "(108,989 tỷ in a Vietnamese report is 108.989 here)", line, where)
            if _NUMBER.fullmatch(text):
                self.fail(f"'{text}' is quoted text: write the number without quotes", line, where)
        low = text.lower()
        if low.lstrip("+-") in (".inf", ".nan", "inf", "nan", "infinity"):
            self.fail(f"'{text}' is not a finite number", line, where)
        if re.fullmatch(r"[+-]?0\d+(\.\d*)?", text):
            self.fail(f"'{text}' has a leading zero (YAML reads 0123 as octal 83): "
                      f"write {text.lstrip('+-').lstrip('0') or '0'}", line, where)
        if ":" in text and v.kind == "int":
            self.fail(f"'{text}' is read by YAML as base 60: write the number as digits",
                      line, where)
        if v.kind in ("int", "float"):
            self.fail(f"'{text}' must be written as plain digits with a decimal point "
                      "(no exponent, no underscores)", line, where)
        self.fail(f"expected a number, got {_what(v)}", line, where)

    def year(self, v, where, line=None):
        text = v.text if isinstance(v, Scalar) else v if isinstance(v, str) else \
            str(v) if type(v) is Decimal else ""
        if not _YEAR.fullmatch(text.strip()):
            self.fail(f"expected a year like 2012, got {_what(v)}", _line(v, line), where)
        year = int(text)
        if not YEARS[0] <= year <= YEARS[1]:
            self.fail(f"year {year} is outside {YEARS[0]}–{YEARS[1]}", _line(v, line), where)
        return year

    def series_name(self, v, where, series, line=None):
        name = v if isinstance(v, str) else v.text if isinstance(v, Scalar) and v.kind == "str" \
            else None
        if name is None:
            self.fail(f"expected a series name, got {_what(v)}", _line(v, line), where)
        if name not in series:
            shown = ", ".join(list(series)[:12]) + (", …" if len(series) > 12 else "")
            self.fail(f"no series named '{name}'{_suggest(name, series)}; the file has: "
                      f"{shown}", _line(v, line), where)
        return name


def _line(value, fallback=None):
    line = getattr(value, "line", None)
    return line if line is not None else fallback


def _key_line(mapping, key):
    """Return the line of a key in a YAML mapping (None in JSON, which names keys instead)."""
    lines = getattr(mapping, "lines", None)
    return lines.get(key) if lines else None


def _item_line(sequence, i):
    lines = getattr(sequence, "lines", None)
    return lines[i] if lines else None


def _join(where, key):
    return f"{where}.{key}" if where else str(key)


def _what(v):
    if isinstance(v, dict):
        return "a mapping"
    if isinstance(v, list):
        return "a list"
    if v is None:
        return "nothing"
    if isinstance(v, bool):
        return f"'{str(v).lower()}'"
    if isinstance(v, (str, Decimal)):
        return f"'{v}'"
    if v.kind == "null":
        return "nothing"
    if v.kind == "bool":
        return f"'{v.text}' (YAML reads it as {v.text.lower() in ('true', 'yes', 'on', 'y')!s})"
    return f"'{v.text}'"


def _suggest(word, choices):
    import difflib

    near = difflib.get_close_matches(str(word), list(choices), n=1, cutoff=0.6)
    return f" (did you mean '{near[0]}'?)" if near else ""


def build_dataset(tree, path):
    """Return the Dataset a located tree describes, or raise at the first problem."""
    v = _Validator(path)
    if not isinstance(tree, dict):
        v.fail(f"the top level must be a mapping with keys {', '.join(TOP_KEYS)}; "
               f"got {_what(tree)}", _line(tree, 1))
    v.mapping(tree, "", TOP_KEYS)
    source = {}
    if "source" in tree:
        m = v.mapping(tree["source"], "source", SOURCE_KEYS, _key_line(tree, "source"))
        for key in m:
            source[key] = v.text(m, key, "source")
    unit = v.text(tree, "unit", "", required=True)
    scope = v.text(tree, "scope", "")
    if "series" not in tree:
        v.fail("'series' is required", _line(tree))
    sm = tree["series"]
    if isinstance(sm, dict) and not sm:
        v.fail("there are no series: give at least one", _line(sm, _key_line(tree, "series")),
               "series")
    if not isinstance(sm, dict):
        v.fail(f"expected a mapping of series, got {_what(sm)}", _line(sm, _key_line(tree, "series")),
               "series")
    series = {}
    years = {}  # year text → year, checked once
    for key, body in sm.items():
        quick = _plain_series(key, body, years)
        if quick is not None:
            series[key] = quick
            continue
        where = f"series.{key}"
        if not _KEY.fullmatch(key):
            v.fail("a series name is a word of letters, digits and '_' (it is typed on the "
                   "command line as name@year)", _key_line(sm, key), where)
        m = v.mapping(body, where, SERIES_KEYS, _key_line(sm, key))
        label = v.text(m, "label", where, required=True)
        values = {}
        if "values" in m:
            vm = m["values"]
            if not isinstance(vm, dict) or not vm:
                v.fail("expected a mapping of year: amount (leave 'values' out for a series "
                       "the report only implies)", _line(vm, _key_line(m, "values")), where + ".values")
            previous = None
            lines = getattr(vm, "lines", None) or {}
            for ytext, amount in vm.items():
                line = lines.get(ytext)  # YAML only: JSON names the key path instead
                if line is not None:
                    if previous and previous[1] == line and ytext.isdigit() and len(ytext) <= 3:
                        v.fail(f"'{previous[0]},{ytext}' was split at the comma (inside {{…}} a "
                               f"comma separates entries): write {previous[0]}.{ytext}", line,
                               f"{where}.values")
                    previous = (getattr(amount, "text", ""), line)
                year = years.get(ytext)
                if year is None:
                    year = years[ytext] = v.year(ytext, f"{where}.values.{ytext}", line)
                if type(amount) is Decimal and amount >= 0:
                    text = str(amount)
                    if "E+" not in text and len(text) <= MAX_DIGITS:
                        values[year] = amount  # JSON, as written and fine: the fast path
                        continue
                number = v.number(amount, f"{where}.values.{ytext}", line)
                if number < 0:
                    v.fail(f"amount {number} is negative: money in a budget is never below zero",
                           _line(amount, line), f"{where}.values.{ytext}")
                values[year] = number
        parts = ()
        if "parts" in m:
            pl = m["parts"]
            if not isinstance(pl, list) or len(pl) < 2:
                v.fail("expected a list of at least two series that add up to this one",
                       _line(pl, _key_line(m, "parts")), where + ".parts")
            parts = tuple(pl)
        series[key] = Series(key, label, values, parts, _key_line(sm, key))
    for key, s in series.items():
        names = []
        for i, p in enumerate(s.parts):
            name = v.series_name(p, f"series.{key}.parts", series, _item_line(sm[key]["parts"], i))
            if name == key or name in names:
                v.fail(f"'{name}' cannot be listed twice or be a part of itself",
                       _line(p), f"series.{key}.parts")
            names.append(name)
        s.parts = tuple(names)
    _refuse_cycles(series, v)
    claims = []
    if "claims" in tree:
        cl = tree["claims"]
        if not isinstance(cl, list):
            v.fail(f"expected a list of claims, got {_what(cl)}", _line(cl, _key_line(tree, "claims")),
                   "claims")
        for i, body in enumerate(cl):
            where = f"claims[{i + 1}]"
            claims.append(_plain_claim(body, where, series, years)
                          or _claim(v, body, where, series, _item_line(cl, i)))
    return Dataset(path, source, unit, scope, series, claims)


def _plain_series(key, body, years):
    """Return the Series of a JSON entry in the usual shape, or None to validate it closely.

    Native JSON values need few checks; anything unusual (a year not seen before, a
    number in exponent form, a missing label…) goes the long way, which names the problem.
    """
    if type(body) is not dict or not body.keys() <= _SERIES_KEY_SET or not _KEY.fullmatch(key):
        return None
    label = body.get("label")
    if type(label) is not str or not label.strip():
        return None
    values = {}
    if "values" in body:
        vm = body["values"]
        if type(vm) is not dict or not vm:
            return None
        for ytext, amount in vm.items():
            year = years.get(ytext)
            if year is None or type(amount) is not Decimal or amount < 0:
                return None
            text = str(amount)
            if "E+" in text or len(text) > MAX_DIGITS:
                return None
            values[year] = amount
    parts = body.get("parts", ())
    if parts != () and (type(parts) is not list or len(parts) < 2):
        return None
    return Series(key, label, values, parts)


def _plain_claim(m, where, series, years):
    """Return the Claim of a JSON entry in the usual shape, or None to validate it closely.

    ``years`` maps the text of every year already validated to the year.
    """
    if type(m) is not dict or not m.keys() <= _CLAIM_KEY_SET:
        return None
    kind = "growth" if "growth" in m else "share"
    name, reported = m.get(kind), m.get("reported")
    if ("growth" in m and "share" in m) or type(name) is not str or name not in series \
            or type(reported) is not Decimal or "E" in str(reported) \
            or len(str(reported)) > MAX_DIGITS:
        return None
    extra = {"quote": m.get("quote", ""), "id": m.get("id"), "where": where}
    for key in ("quote", "id"):
        if key in m and (type(m[key]) is not str or not m[key].strip()):
            return None
    known = series[name].values
    if kind == "growth":
        if "of" in m or "year" in m:
            return None
        end = years.get(str(m["to"])) if "to" in m else max(known, default=None)
        if "from" in m:
            start = years.get(str(m["from"]))
        else:
            start = max((y for y in known if end is not None and y < end), default=None)
        if start is None or end is None or start >= end:
            return None
        return Claim("growth", name, reported, start=start, end=end, **extra)
    whole = m.get("of")
    year = years.get(str(m["year"])) if "year" in m else max(known, default=None)
    if "from" in m or "to" in m or type(whole) is not str or whole not in series \
            or whole == name or year is None or reported < 0:
        return None
    return Claim("share", name, reported, of=whole, year=year, **extra)


def _claim(v, m, where, series, line):
    v.mapping(m, where, CLAIM_KEYS, line)
    kinds = [k for k in ("growth", "share") if k in m]
    if len(kinds) != 1:
        v.fail("a claim names exactly one of 'growth: SERIES' or 'share: SERIES'", _line(m), where)
    kind = kinds[0]
    name = v.series_name(m[kind], f"{where}.{kind}", series, _key_line(m, kind))
    if "reported" not in m:
        v.fail("'reported' is required: the percentage the report printed", _line(m), where)
    reported = v.number(m["reported"], f"{where}.reported", _key_line(m, "reported"))
    if kind == "share" and reported < 0:
        v.fail(f"a share cannot be negative ({reported})", _line(m["reported"]), f"{where}.reported")
    extra = {"quote": v.text(m, "quote", where) or "", "id": v.text(m, "id", where),
             "line": _line(m), "where": where}
    years = sorted(series[name].values)
    if kind == "growth":
        for wrong in ("of", "year"):
            if wrong in m:
                v.fail(f"'{wrong}' belongs to a share claim; a growth uses 'from' and 'to'",
                       _key_line(m, wrong), f"{where}.{wrong}")
        end = v.year(m["to"], f"{where}.to", _key_line(m, "to")) if "to" in m else (years[-1] if years else None)
        start = v.year(m["from"], f"{where}.from", _key_line(m, "from")) if "from" in m else None
        if end is None:
            v.fail(f"'to' is required: series '{name}' has no values to take the latest year from",
                   _line(m), where)
        if start is None:
            earlier = [y for y in years if y < end]
            if not earlier:
                v.fail("'from' is required: no earlier year to compare with", _line(m), where)
            start = earlier[-1]
        if start >= end:
            v.fail(f"'from' ({start}) must be before 'to' ({end})", _line(m), where)
        return Claim("growth", name, reported, start=start, end=end, **extra)
    for wrong in ("from", "to"):
        if wrong in m:
            v.fail(f"'{wrong}' belongs to a growth claim; a share uses 'year'", _key_line(m, wrong),
                   f"{where}.{wrong}")
    if "of" not in m:
        v.fail("'of' is required: the series this is a share of", _line(m), where)
    whole = v.series_name(m["of"], f"{where}.of", series, _key_line(m, "of"))
    if whole == name:
        v.fail("a series cannot be a share of itself", _line(m["of"]), f"{where}.of")
    year = v.year(m["year"], f"{where}.year", _key_line(m, "year")) if "year" in m else (years[-1] if years else None)
    if year is None:
        v.fail("'year' is required: the series has no values to take it from", _line(m), where)
    return Claim("share", name, reported, of=whole, year=year, **extra)


def _refuse_cycles(series, v):
    state = {}

    def visit(key, trail):
        if state.get(key) == "done":
            return
        if state.get(key) == "open":
            loop = trail[trail.index(key):] + [key]
            v.fail(f"the parts relation is circular: {' → '.join(loop)}", series[key].line,
                   f"series.{key}.parts")
        state[key] = "open"
        for p in series[key].parts:
            visit(p, trail + [key])
        state[key] = "done"

    for key in series:
        visit(key, [])


