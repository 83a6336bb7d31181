"""Data file → Dataset, strictly: every problem is an error naming the file, line and key.

YAML is composed into nodes by PyYAML's safe (C when present) composer and then walked by
our own code, so no tag is ever constructed and no code can run. JSON of the same schema is
the fast path for big files. Numbers are kept as ``Decimal`` with their written digits.
"""

import os
import re
from decimal import Decimal

from .errors import KhuyenCongError
from .model import Claim, Dataset, Series

#: files larger than this are refused before parsing (bytes)
MAX_BYTES = 50 * 1024 * 1024
MAX_DEPTH = 16
YEARS = (1900, 2100)

_NUMBER = re.compile(r"[+-]?(?:0|[1-9]\d*)(?:\.\d+)?")
_YEAR = re.compile(r"[12]\d{3}")
_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_STD_TAG = "tag:yaml.org,2002:"
_ALLOWED_TAGS = {_STD_TAG + t for t in ("str", "int", "float", "bool", "null", "timestamp", "map", "seq")}


# --- a located tree: what YAML and JSON both become before validation ---------------

class Map(dict):
    """A mapping that remembers its line and the line of each key."""

    __slots__ = ("line", "lines")


class Seq(list):
    """A sequence that remembers its line and the line of each item."""

    __slots__ = ("line", "lines")


class Scalar:
    """A leaf as written: its text, what kind of value YAML would read, and its line."""

    __slots__ = ("text", "kind", "line")

    def __init__(self, text, kind, line):
        self.text, self.kind, self.line = text, kind, line


def read_bytes(path):
    """Return the file's bytes, refusing what is not a readable file of sane size."""
    try:
        if os.path.isdir(path):
            raise KhuyenCongError("is a directory, not a data file", path=path)
        with open(path, "rb") as f:
            size = os.fstat(f.fileno()).st_size
            if size > MAX_BYTES:
                raise KhuyenCongError(
                    f"is {size / 1048576:.0f} MiB; data files are limited to "
                    f"{MAX_BYTES // 1048576} MiB", path=path)
            data = f.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise KhuyenCongError("no such file", path=path) from None
    except PermissionError:
        raise KhuyenCongError("cannot be read (permission denied)", path=path) from None
    except OSError as e:
        raise KhuyenCongError(f"cannot be read ({e.strerror or e})", path=path) from None
    if len(data) > MAX_BYTES:
        raise KhuyenCongError(f"is larger than the {MAX_BYTES // 1048576} MiB limit", path=path)
    return data


def decode(data, path):
    """Return the bytes as UTF-8 text, refusing binary, other encodings and emptiness."""
    if b"\0" in data:
        raise KhuyenCongError("is a binary file, not UTF-8 text", path=path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise KhuyenCongError(
            f"is not UTF-8 text (byte 0x{data[e.start]:02x}); save it as UTF-8", path=path, line=line
        ) from None
    if not text.strip():
        raise KhuyenCongError("is empty", path=path)
    return text


def parse_yaml(text, path):
    """Return the located tree of a YAML document."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        node = yaml.compose(text, Loader=loader)
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        problem = " ".join(str(x) for x in (e.context, e.problem) if x)
        raise KhuyenCongError(f"not valid YAML: {problem}", path=path,
                              line=mark.line + 1 if mark else None) from None
    except yaml.YAMLError as e:
        raise KhuyenCongError(f"not valid YAML: {str(e).splitlines()[0]}", path=path) from None
    except RecursionError:
        raise KhuyenCongError("nested too deeply", path=path) from None
    if node is None:
        raise KhuyenCongError("is empty", path=path)
    try:
        return _walk(node, path, set(), 0)
    except _AliasFound:
        # composed nodes keep the anchor's place; the events know where the alias stands
        line = next((e.start_mark.line + 1 for e in yaml.parse(text, Loader=loader)
                     if isinstance(e, yaml.AliasEvent)), None)
        raise KhuyenCongError("aliases (*name) are not allowed: write the value out",
                              path=path, line=line) from None


class _AliasFound(Exception):
    """A node met twice while walking: the document uses an alias."""


def _walk(node, path, seen, depth):
    line = node.start_mark.line + 1
    if id(node) in seen:
        raise _AliasFound
    seen.add(id(node))
    if depth > MAX_DEPTH:
        raise KhuyenCongError("nested too deeply", path=path, line=line)
    tag = node.tag
    if tag not in _ALLOWED_TAGS:
        shown = "!!" + tag[len(_STD_TAG):] if tag.startswith(_STD_TAG) else tag
        raise KhuyenCongError(f"the tag {shown} is not allowed (this file format uses no tags)",
                              path=path, line=line)
    kind = tag[len(_STD_TAG):]
    if kind == "map":
        out = Map()
        out.line, out.lines = line, {}
        for knode, vnode in node.value:
            key = _walk(knode, path, seen, depth + 1)
            if not isinstance(key, Scalar):
                raise KhuyenCongError("a key must be a plain word or number", path=path,
                                      line=knode.start_mark.line + 1)
            kline = knode.start_mark.line + 1
            if key.text in out.lines:
                raise KhuyenCongError(
                    f"duplicate key '{key.text}' (also on line {out.lines[key.text]})",
                    path=path, line=kline, key=key.text)
            out.lines[key.text] = kline
            out[key.text] = _walk(vnode, path, seen, depth + 1)
        return out
    if kind == "seq":
        out = Seq(_walk(item, path, seen, depth + 1) for item in node.value)
        out.line, out.lines = line, [item.start_mark.line + 1 for item in node.value]
        return out
    if node.style and kind != "str":  # an explicit tag on a quoted scalar
        kind = "str"
    return Scalar(node.value, "str" if node.style else kind, line)


def parse_json(text, path):
    """Return the located tree of a JSON document (no lines: errors name the key path)."""
    import json

    def pairs(items):
        out = Map()
        out.line, out.lines = None, {}
        for key, value in items:
            if key in out.lines:
                raise KhuyenCongError(f"duplicate key '{key}'", path=path, key=key)
            out.lines[key] = None
            out[key] = value
        return out

    try:
        tree = json.loads(text, object_pairs_hook=pairs, parse_float=_json_number,
                          parse_int=_json_number, parse_constant=_json_constant)
    except json.JSONDecodeError as e:
        raise KhuyenCongError(f"not valid JSON: {e.msg} (column {e.colno})", path=path,
                              line=e.lineno) from None
    except KhuyenCongError as e:
        e.path = path
        raise
    except RecursionError:
        raise KhuyenCongError("nested too deeply", path=path) from None
    return _wrap_json(tree)


class _JsonNumber(str):
    """The text of a JSON number, kept as written."""


def _json_number(text):
    return _JsonNumber(text)


def _json_constant(name):
    raise KhuyenCongError(f"{name} is not a finite number")


def _wrap_json(value):
    if isinstance(value, Map):
        for k, v in value.items():
            value[k] = _wrap_json(v)
        return value
    if isinstance(value, list):
        out = Seq(_wrap_json(v) for v in value)
        out.line, out.lines = None, [None] * len(out)
        return out
    if isinstance(value, _JsonNumber):
        return Scalar(str(value), "float", None)
    if isinstance(value, str):
        return Scalar(value, "str", None)
    if value is None:
        return Scalar("null", "null", None)
    return Scalar("true" if value else "false", "bool", None)


# --- the schema ---------------------------------------------------------------------

TOP_KEYS = ("source", "unit", "scope", "series", "claims")
SOURCE_KEYS = ("title", "published", "author", "publisher", "url", "file", "note")
SERIES_KEYS = ("label", "values", "parts", "note")
CLAIM_KEYS = ("growth", "share", "of", "from", "to", "year", "reported", "quote", "id", "note")


class _Validator:
    def __init__(self, path):
        self.path = path

    def fail(self, message, line=None, key=None):
        raise KhuyenCongError(message, path=self.path, line=line, key=key)

    def mapping(self, value, where, allowed, line=None):
        if not isinstance(value, Map):
            self.fail(f"expected a mapping of keys, got {_what(value)}",
                      _line(value, line), where)
        for key in value:
            if key not in allowed:
                self.fail(f"unknown key '{key}'{_suggest(key, allowed)}; expected one of: "
                          f"{', '.join(allowed)}", value.lines[key], _join(where, key))
        return value

    def text(self, m, key, where, required=False):
        if key not in m:
            if required:
                self.fail(f"'{key}' is required", m.line, where)
            return None
        v = m[key]
        if not isinstance(v, Scalar) or v.kind in ("null",):
            self.fail(f"expected text, got {_what(v)}", _line(v, m.lines[key]), _join(where, key))
        if not v.text.strip():
            self.fail("expected text, got an empty string", v.line, _join(where, key))
        return v.text

    def number(self, v, where, line=None):
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
        if not isinstance(v, Scalar) or not _YEAR.fullmatch(v.text.strip()):
            self.fail(f"expected a year like 2012, got {_what(v)}", _line(v, line), where)
        year = int(v.text)
        if not YEARS[0] <= year <= YEARS[1]:
            self.fail(f"year {year} is outside {YEARS[0]}–{YEARS[1]}", _line(v, line), where)
        return year

    def series_name(self, v, where, series, line=None):
        if not isinstance(v, Scalar) or v.kind != "str":
            self.fail(f"expected a series name, got {_what(v)}", _line(v, line), where)
        if v.text not in series:
            self.fail(f"no series named '{v.text}'{_suggest(v.text, series)}; the file has: "
                      f"{', '.join(series)}", _line(v, line), where)
        return v.text


def _line(value, fallback=None):
    line = getattr(value, "line", None)
    return line if line is not None else fallback


def _join(where, key):
    return f"{where}.{key}" if where else str(key)


def _what(v):
    if isinstance(v, Map):
        return "a mapping"
    if isinstance(v, Seq):
        return "a list"
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
    if not isinstance(tree, Map):
        v.fail(f"the top level must be a mapping with keys {', '.join(TOP_KEYS)}; "
               f"got {_what(tree)}", _line(tree, 1))
    v.mapping(tree, "", TOP_KEYS)
    source = {}
    if "source" in tree:
        m = v.mapping(tree["source"], "source", SOURCE_KEYS, tree.lines["source"])
        for key in m:
            source[key] = v.text(m, key, "source")
    unit = v.text(tree, "unit", "", required=True)
    scope = v.text(tree, "scope", "")
    if "series" not in tree:
        v.fail("'series' is required", tree.line)
    sm = tree["series"]
    if not isinstance(sm, Map) or not sm:
        v.fail(f"expected a mapping of series, got {_what(sm)}", _line(sm, tree.lines["series"]),
               "series")
    series = {}
    for key, body in sm.items():
        where = f"series.{key}"
        if not _KEY.fullmatch(key):
            v.fail("a series name is a word of letters, digits and '_' (it is typed on the "
                   "command line as name@year)", sm.lines[key], where)
        m = v.mapping(body, where, SERIES_KEYS, sm.lines[key])
        label = v.text(m, "label", where, required=True)
        values = {}
        if "values" in m:
            vm = m["values"]
            if not isinstance(vm, Map) or not vm:
                v.fail("expected a mapping of year: amount (leave 'values' out for a series "
                       "the report only implies)", _line(vm, m.lines["values"]), where + ".values")
            previous = None
            for ytext, amount in vm.items():
                if previous and previous[1] == vm.lines[ytext] and ytext.isdigit() \
                        and len(ytext) <= 3 and vm.lines[ytext] is not None:
                    v.fail(f"'{previous[0]},{ytext}' was split at the comma (inside {{…}} a comma "
                           f"separates entries): write {previous[0]}.{ytext}", vm.lines[ytext],
                           f"{where}.values")
                previous = (getattr(amount, "text", ""), vm.lines[ytext])
                year = v.year(Scalar(ytext, "int", vm.lines[ytext]), f"{where}.values.{ytext}")
                number = v.number(amount, f"{where}.values.{ytext}", vm.lines[ytext])
                if number < 0:
                    v.fail(f"amount {number} is negative: money in a budget is never below zero",
                           _line(amount, vm.lines[ytext]), f"{where}.values.{ytext}")
                values[year] = number
        parts = ()
        if "parts" in m:
            pl = m["parts"]
            if not isinstance(pl, Seq) or len(pl) < 2:
                v.fail("expected a list of at least two series that add up to this one",
                       _line(pl, m.lines["parts"]), where + ".parts")
            parts = tuple(pl)
        series[key] = Series(key, label, values, parts, sm.lines[key])
    for key, s in series.items():
        names = []
        for i, p in enumerate(s.parts):
            name = v.series_name(p, f"series.{key}.parts", series, sm[key]["parts"].lines[i])
            if name == key or name in names:
                v.fail(f"'{name}' cannot be listed twice or be a part of itself",
                       _line(p), f"series.{key}.parts")
            names.append(name)
        s.parts = tuple(names)
    _refuse_cycles(series, v)
    claims = []
    if "claims" in tree:
        cl = tree["claims"]
        if not isinstance(cl, Seq):
            v.fail(f"expected a list of claims, got {_what(cl)}", _line(cl, tree.lines["claims"]),
                   "claims")
        for i, body in enumerate(cl):
            claims.append(_claim(v, body, f"claims[{i + 1}]", series, cl.lines[i]))
    return Dataset(path, source, unit, scope, series, claims)


def _claim(v, m, where, series, line):
    v.mapping(m, where, CLAIM_KEYS, line)
    kinds = [k for k in ("growth", "share") if k in m]
    if len(kinds) != 1:
        v.fail("a claim names exactly one of 'growth: SERIES' or 'share: SERIES'", m.line, where)
    kind = kinds[0]
    name = v.series_name(m[kind], f"{where}.{kind}", series, m.lines[kind])
    if "reported" not in m:
        v.fail("'reported' is required: the percentage the report printed", m.line, where)
    reported = v.number(m["reported"], f"{where}.reported", m.lines["reported"])
    if kind == "share" and reported < 0:
        v.fail(f"a share cannot be negative ({reported})", _line(m["reported"]), f"{where}.reported")
    extra = {"quote": v.text(m, "quote", where) or "", "id": v.text(m, "id", where),
             "line": m.line, "where": where}
    years = sorted(series[name].values)
    if kind == "growth":
        for wrong in ("of", "year"):
            if wrong in m:
                v.fail(f"'{wrong}' belongs to a share claim; a growth uses 'from' and 'to'",
                       m.lines[wrong], f"{where}.{wrong}")
        end = v.year(m["to"], f"{where}.to", m.lines["to"]) if "to" in m else (years[-1] if years else None)
        start = v.year(m["from"], f"{where}.from", m.lines["from"]) if "from" in m else None
        if end is None:
            v.fail(f"'to' is required: series '{name}' has no values to take the latest year from",
                   m.line, where)
        if start is None:
            earlier = [y for y in years if y < end]
            if not earlier:
                v.fail("'from' is required: no earlier year to compare with", m.line, where)
            start = earlier[-1]
        if start >= end:
            v.fail(f"'from' ({start}) must be before 'to' ({end})", m.line, where)
        return Claim("growth", name, reported, start=start, end=end, **extra)
    for wrong in ("from", "to"):
        if wrong in m:
            v.fail(f"'{wrong}' belongs to a growth claim; a share uses 'year'", m.lines[wrong],
                   f"{where}.{wrong}")
    if "of" not in m:
        v.fail("'of' is required: the series this is a share of", m.line, where)
    whole = v.series_name(m["of"], f"{where}.of", series, m.lines["of"])
    if whole == name:
        v.fail("a series cannot be a share of itself", _line(m["of"]), f"{where}.of")
    year = v.year(m["year"], f"{where}.year", m.lines["year"]) if "year" in m else (years[-1] if years else None)
    if year is None:
        v.fail("'year' is required: the series has no values to take it from", m.line, where)
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


def read_dataset(path):
    """Return the validated Dataset in the YAML or JSON file at ``path`` (no derived figures)."""
    path = os.fspath(path)
    text = decode(read_bytes(path), path)
    if path.lower().endswith(".json"):
        tree = parse_json(text, path)
    else:
        tree = parse_yaml(text, path)
    try:
        return build_dataset(tree, path)
    except KhuyenCongError as e:
        if e.path is None:
            e.path = path
        raise
