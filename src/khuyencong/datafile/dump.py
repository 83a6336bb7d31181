"""Documents → text: JSON and YAML in the data file's schema, numbers with their written digits."""

import re
from decimal import Decimal
from json.encoder import encode_basestring as _encode  # the C encoder; keeps non-ASCII

_PLAIN_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*|[1-9]\d*")


def json_text(value, indent=0):
    """Return ``value`` as JSON, writing Decimals as numbers with their written digits."""
    pad, inner = "  " * indent, "  " * (indent + 1)
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = [f"{inner}{_string(str(k))}: {json_text(v, indent + 1)}" for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        if all(not isinstance(v, (dict, list, tuple)) for v in value):
            return "[" + ", ".join(json_text(v) for v in value) + "]"
        return (
            "[\n" + ",\n".join(inner + json_text(v, indent + 1) for v in value) + "\n" + pad + "]"
        )
    return _scalar(value)


def _string(text):
    return _encode(text)


def json_lines(rows, keys, indent="    "):
    """Return the ``keys`` of each row (a mapping) as JSON objects, a line each.

    Decimals are written as numbers with their written digits. Each cell is written by
    type with the json module's C string encoder, which is about 3x faster than handing
    whole rows to ``json.dumps`` (it cannot write a Decimal without a Python callback).
    """
    pairs = [(_string(str(k)) + ": ", k) for k in keys]
    dec = Decimal
    lines = []
    for row in rows:
        cells = []
        for head, key in pairs:
            value = row.get(key)
            kind = type(value)
            if kind is str:
                cells.append(head + _encode(value))
            elif kind is dec:
                cells.append(head + format(value, "f"))
            elif value is None:
                cells.append(head + "null")
            else:
                cells.append(head + json_text(value))
        lines.append(indent + "{" + ", ".join(cells) + "}")
    return lines


def _scalar(value):
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, Decimal):
        return format(value, "f")
    return _string(str(value))


def _key(key):
    key = str(key)
    return key if _PLAIN_KEY.fullmatch(key) else _string(key)


def _flow(value):
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_key(k)}: {_flow(v)}" for k, v in value.items()) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_flow(v) for v in value) + "]"
    return _scalar(value)  # a JSON string is a valid YAML double-quoted scalar


def _is_flat(value):
    items = value.values() if isinstance(value, dict) else value
    return all(not isinstance(v, (dict, list, tuple)) for v in items)


def yaml_text(doc, indent=0):
    """Return a mapping as block YAML, with flat mappings and lists on one line (flow style).

    Strings are always double-quoted, so no YAML 1.1 surprise (``no``, ``0123``, ``1:30``)
    can change their meaning when the file is read back.
    """
    pad = "  " * indent
    lines = []
    for key, value in doc.items():
        if isinstance(value, (dict, list, tuple)) and _is_flat(value) and len(_flow(value)) < 90:
            lines.append(f"{pad}{_key(key)}: {_flow(value)}")
        elif isinstance(value, dict):
            lines.append(f"{pad}{_key(key)}:")
            lines.append(yaml_text(value, indent + 1).rstrip("\n"))
        elif isinstance(value, (list, tuple)):
            lines.append(f"{pad}{_key(key)}:")
            for item in value:
                if isinstance(item, dict) and _is_flat(item):
                    lines.append(f"{pad}  - {_flow(item)}")
                elif isinstance(item, dict):
                    body = yaml_text(item, indent + 2).rstrip("\n")
                    lines.append(f"{pad}  - " + body.lstrip())
                else:
                    lines.append(f"{pad}  - {_flow(item)}")
        else:
            lines.append(f"{pad}{_key(key)}: {_scalar(value)}")
    return "\n".join(lines) + "\n"


def document(dataset):
    """Return a Dataset as a plain document in the data file's schema (written figures only)."""
    doc: dict = {}
    if dataset.source:
        doc["source"] = dict(dataset.source)
    doc["unit"] = dataset.unit
    if dataset.scope:
        doc["scope"] = dataset.scope
    series = {}
    for key, s in dataset.series.items():
        body: dict = {"label": s.label}
        if s.values:
            body["values"] = dict(s.values)
        if s.parts:
            body["parts"] = list(s.parts)
        if s.note:
            body["note"] = s.note
        if s.signed:
            body["signed"] = True
        series[key] = body
    doc["series"] = series
    claims = []
    for c in dataset.claims:
        item: dict = {c.kind: c.series}
        if c.kind == "growth":
            item.update({"from": c.start, "to": c.end})
        elif c.kind == "points":
            item.update({"of": c.of, "from": c.start, "to": c.end})
        else:
            item.update({"of": c.of, "year": c.year})
        item["reported"] = c.reported
        if c.quote:
            item["quote"] = c.quote
        if c.id:
            item["id"] = c.id
        if c.note:
            item["note"] = c.note
        claims.append(item)
    if claims:
        doc["claims"] = claims
    return doc
