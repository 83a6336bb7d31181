"""The data file's schema: a located tree (YAML or JSON) → a validated Dataset.

Every problem is a KhuyenCongError naming the line (YAML) or key path (JSON), the key, and
what was expected, with a hint where one helps (the nearest known key, how to write a
number). Validation stops at the first problem.
"""

from decimal import Decimal

from ..core.i18n import _
from ..core.model import CLAIM_KINDS, Claim, Dataset, Series
from ..core.numbers import MAX_DIGITS
from .validate import (
    CLAIM_KEY_SET,
    CLAIM_KEYS,
    KEY,
    SERIES_KEY_SET,
    SERIES_KEYS,
    SOURCE_KEYS,
    TOP_KEYS,
    Validator,
    describe_value,
    item_line,
    key_line,
    line_of,
)


def _kind_of(value):
    """Return what a value is, in words, without quoting it."""
    if isinstance(value, list):
        return _("a list")
    if value is None:
        return _("nothing")
    return _("a single value")


def build_dataset(tree, path):
    """Return the Dataset a located tree describes, or raise at the first problem."""
    v = Validator(path)
    # nothing of a file is quoted until it reads as a data file: a file named by mistake
    # (KHUYENCONG_DATA=/etc/shadow, under sudo -E) must not have its first line printed
    if not isinstance(tree, dict):
        v.fail(
            _(
                "is not a khuyencong data file: its top level must be a mapping with keys "
                "{keys}, not {what}"
            ).format(keys=", ".join(TOP_KEYS), what=_kind_of(tree)),
            line_of(tree, 1),
        )
    if not any(key in TOP_KEYS for key in tree):
        v.fail(
            _("is not a khuyencong data file: its top level has none of the keys {keys}").format(
                keys=", ".join(TOP_KEYS)
            ),
            line_of(tree, 1),
        )
    v.mapping(tree, "", TOP_KEYS)
    source = {}
    if "source" in tree:
        m = v.mapping(tree["source"], "source", SOURCE_KEYS, key_line(tree, "source"))
        for key in m:
            source[key] = v.text(m, key, "source")
    unit = v.text(tree, "unit", "", required=True)
    scope = v.text(tree, "scope", "")
    if "series" not in tree:
        v.fail(_("'{key}' is required").format(key="series"), line_of(tree))
    sm = tree["series"]
    if isinstance(sm, dict) and not sm:
        v.fail(
            _("there are no series: give at least one"),
            line_of(sm, key_line(tree, "series")),
            "series",
        )
    if not isinstance(sm, dict):
        v.fail(
            _("expected a mapping of series, got {value}").format(value=describe_value(sm)),
            line_of(sm, key_line(tree, "series")),
            "series",
        )
    series = {}
    years: dict[str, int] = {}  # year text → year, checked once
    for key, body in sm.items():
        quick = _plain_series(key, body, years)
        if quick is not None:
            series[key] = quick
            continue
        where = f"series.{key}"
        if not KEY.fullmatch(key):
            v.fail(
                _(
                    "a series name is a word of ASCII letters (a-z, A-Z), digits and '_' (it is "
                    "typed on the command line as name@year)"
                ),
                key_line(sm, key),
                where,
            )
        m = v.mapping(body, where, SERIES_KEYS, key_line(sm, key))
        label = v.text(m, "label", where, required=True)
        signed = v.flag(m, "signed", where)
        values = {}
        if "values" in m:
            vm = m["values"]
            if not isinstance(vm, dict) or not vm:
                v.fail(
                    _(
                        "expected a mapping of year: amount (leave 'values' out for a series "
                        "the report only implies)"
                    ),
                    line_of(vm, key_line(m, "values")),
                    where + ".values",
                )
            previous = None
            lines = getattr(vm, "lines", None) or {}
            said: dict[int, tuple] = {}
            for ytext, amount in vm.items():
                line = lines.get(ytext)  # YAML only: JSON names the key path instead
                if line is not None:
                    if previous and previous[1] == line and ytext.isdigit() and len(ytext) <= 3:
                        v.fail(
                            _(
                                "'{before},{after}' was split at the comma (inside {{…}} a "
                                "comma separates entries): write {before}.{after}"
                            ).format(before=previous[0], after=ytext),
                            line,
                            f"{where}.values",
                        )
                    previous = (getattr(amount, "text", ""), line)
                year = years.get(ytext)
                if year is None:
                    year = years[ytext] = v.year(ytext, f"{where}.values.{ytext}", line)
                if year in said:  # "2011" and " 2011": one year, given twice
                    first, first_line = said[year]
                    also = f" ({_('line {line}').format(line=first_line)})" if first_line else ""
                    v.fail(
                        _("year {year} is given twice, as '{first}'{also} and '{second}'").format(
                            year=year, first=first, also=also, second=ytext
                        ),
                        line,
                        f"{where}.values",
                    )
                said[year] = (ytext, line)
                if type(amount) is Decimal and amount >= 0:
                    text = str(amount)
                    if "E+" not in text and len(text) <= MAX_DIGITS:
                        values[year] = amount  # JSON, as written and fine: the fast path
                        continue
                number = v.number(amount, f"{where}.values.{ytext}", line)
                if number.is_signed() and not signed:
                    v.fail(
                        _(
                            "amount {number} is negative: money in a budget is never below zero "
                            "(a balance that can be, such as a deficit, says signed: true)"
                        ).format(number=number),
                        line_of(amount, line),
                        f"{where}.values.{ytext}",
                    )
                values[year] = number
        parts = ()
        if "parts" in m:
            pl = m["parts"]
            if not isinstance(pl, list) or len(pl) < 2:
                v.fail(
                    _("expected a list of at least two series that add up to this one"),
                    line_of(pl, key_line(m, "parts")),
                    where + ".parts",
                )
            parts = tuple(pl)
        note = v.text(m, "note", where)
        series[key] = Series(key, label, values, parts, key_line(sm, key), note, signed)
    for key, s in series.items():
        names = []
        for i, p in enumerate(s.parts):
            name = v.series_name(p, f"series.{key}.parts", series, item_line(sm[key]["parts"], i))
            if name == key or name in names:
                v.fail(
                    _("'{key}' cannot be listed twice or be a part of itself").format(key=name),
                    line_of(p),
                    f"series.{key}.parts",
                )
            names.append(name)
        s.parts = tuple(names)
    _refuse_cycles(series, v)
    claims = []
    if "claims" in tree:
        cl = tree["claims"]
        if not isinstance(cl, list):
            v.fail(
                _("expected a list of claims, got {value}").format(value=describe_value(cl)),
                line_of(cl, key_line(tree, "claims")),
                "claims",
            )
        for i, body in enumerate(cl):
            where = f"claims[{i + 1}]"
            claims.append(
                _plain_claim(body, where, series, years)
                or _claim(v, body, where, series, item_line(cl, i))
            )
    return Dataset(path, source, unit, scope, series, claims)


def _plain_series(key, body, years):
    """Return the Series of a JSON entry in the usual shape, or None to validate it closely.

    Native JSON values need few checks; anything unusual (a year not seen before, a
    number in exponent form, a missing label…) goes the long way, which names the problem.
    """
    if (
        type(body) is not dict
        or not body.keys() <= SERIES_KEY_SET
        or not KEY.fullmatch(key)
        or "signed" in body
    ):
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
            if year is None or year in values or type(amount) is not Decimal or amount < 0:
                return None
            text = str(amount)
            if "E+" in text or len(text) > MAX_DIGITS:
                return None
            values[year] = amount
    parts = body.get("parts", ())
    if parts != () and (type(parts) is not list or len(parts) < 2):
        return None
    note = body.get("note")
    if "note" in body and (type(note) is not str or not note.strip()):
        return None
    return Series(key, label, values, parts, note=note)


def _plain_claim(m, where, series, years):
    """Return the Claim of a JSON entry in the usual shape, or None to validate it closely.

    ``years`` maps the text of every year already validated to the year.
    """
    if type(m) is not dict or not m.keys() <= CLAIM_KEY_SET:
        return None
    if not m.keys().isdisjoint(("ratio", "rate", "excess", "points")):
        return None  # the other kinds go the long way
    kind = "growth" if "growth" in m else "share"
    name, reported = m.get(kind), m.get("reported")
    if (
        ("growth" in m and "share" in m)
        or type(name) is not str
        or name not in series
        or type(reported) is not Decimal
        or "E" in str(reported)
        or len(str(reported)) > MAX_DIGITS
    ):
        return None
    extra = {"quote": m.get("quote", ""), "id": m.get("id"), "where": where, "note": m.get("note")}
    for key in ("quote", "id", "note"):
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
    if (
        "from" in m
        or "to" in m
        or type(whole) is not str
        or whole not in series
        or whole == name
        or year is None
        or reported < 0
    ):
        return None
    return Claim("share", name, reported, of=whole, year=year, **extra)


def _claim(v, m, where, series, line):
    v.mapping(m, where, CLAIM_KEYS, line)
    kinds = [k for k in CLAIM_KINDS if k in m]
    if len(kinds) != 1:
        v.fail(
            _(
                "a claim names exactly one of 'growth: SERIES', 'share: SERIES', "
                "'ratio: SERIES', 'rate: SERIES', 'excess: SERIES' or 'points: SERIES'"
            ),
            line_of(m),
            where,
        )
    kind = kinds[0]
    name = v.series_name(m[kind], f"{where}.{kind}", series, key_line(m, kind))
    if "reported" not in m:
        v.fail(_("'reported' is required: the percentage the report printed"), line_of(m), where)
    reported = v.number(m["reported"], f"{where}.reported", key_line(m, "reported"))
    if kind in ("share", "ratio", "rate") and reported < 0:
        v.fail(
            _("a {kind} cannot be negative ({number})").format(kind=_(kind), number=reported),
            line_of(m["reported"]),
            f"{where}.reported",
        )
    extra = {
        "quote": v.text(m, "quote", where) or "",
        "id": v.text(m, "id", where),
        "line": line_of(m),
        "where": where,
        "note": v.text(m, "note", where),
    }
    years = sorted(series[name].values)
    if kind in ("growth", "points"):
        _refuse_keys(
            v,
            m,
            where,
            ("year",) if kind == "points" else ("of", "year"),
            _("'{key}' belongs to a share claim; a {kind} uses 'from' and 'to'"),
            kind,
        )
        whole = _whole(v, m, where, series, name, kind) if kind == "points" else None
        start, end = _span(v, m, where, name, years)
        return Claim(kind, name, reported, of=whole, start=start, end=end, **extra)
    _refuse_keys(
        v,
        m,
        where,
        ("from", "to"),
        _("'{key}' belongs to a growth claim; a {kind} uses 'year'"),
        kind,
    )
    whole = _whole(v, m, where, series, name, kind)
    year = (
        v.year(m["year"], f"{where}.year", key_line(m, "year"))
        if "year" in m
        else (years[-1] if years else None)
    )
    if year is None:
        v.fail(_("'year' is required: the series has no values to take it from"), line_of(m), where)
    return Claim(kind, name, reported, of=whole, year=year, **extra)


def _refuse_keys(v, m, where, keys, message, kind):
    """Refuse the first of ``keys`` the claim has: it belongs to another kind of claim."""
    for wrong in keys:
        if wrong in m:
            v.fail(message.format(key=wrong, kind=_(kind)), key_line(m, wrong), f"{where}.{wrong}")


def _whole(v, m, where, series, name, kind):
    """Return the series a share (ratio, rate, excess, points) is taken of: 'of'."""
    if "of" not in m:
        v.fail(_("'of' is required: the series this is a share of"), line_of(m), where)
    whole = v.series_name(m["of"], f"{where}.of", series, key_line(m, "of"))
    if whole == name:
        v.fail(
            _("a series cannot be a {kind} of itself").format(kind=_(kind)),
            line_of(m["of"]),
            f"{where}.of",
        )
    return whole


def _span(v, m, where, name, years):
    """Return the (from, to) years of a claim over time: 'to' by default the series' latest
    year, 'from' by default the one before it."""
    end = (
        v.year(m["to"], f"{where}.to", key_line(m, "to"))
        if "to" in m
        else (years[-1] if years else None)
    )
    start = v.year(m["from"], f"{where}.from", key_line(m, "from")) if "from" in m else None
    if end is None:
        v.fail(
            _("'to' is required: series '{key}' has no values to take the latest year from").format(
                key=name
            ),
            line_of(m),
            where,
        )
    if start is None:
        earlier = [y for y in years if y < end]
        if not earlier:
            v.fail(_("'from' is required: no earlier year to compare with"), line_of(m), where)
        start = earlier[-1]
    if start >= end:
        v.fail(
            _("'from' ({start}) must be before 'to' ({end})").format(start=start, end=end),
            line_of(m),
            where,
        )
    return start, end


def _refuse_cycles(series, v):
    state: dict[str, str] = {}

    def visit(key, trail):
        if state.get(key) == "done":
            return
        if state.get(key) == "open":
            loop = [*trail[trail.index(key) :], key]
            v.fail(
                _("the parts relation is circular: {loop}").format(loop=" → ".join(loop)),
                series[key].line,
                f"series.{key}.parts",
            )
        state[key] = "open"
        for p in series[key].parts:
            visit(p, [*trail, key])
        state[key] = "done"

    for key in series:
        visit(key, [])
