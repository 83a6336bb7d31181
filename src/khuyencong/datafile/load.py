"""Data file → Dataset, strictly: every problem is an error naming the file, line and key.

YAML is composed into nodes by PyYAML's safe (C when present) composer and then walked by
our own code, so no tag is ever constructed and no code can run. JSON of the same schema is
the fast path for big files. Numbers are kept as ``Decimal`` with their written digits.
"""

import os
from decimal import Decimal

from ..core.errors import KhuyenCongError
from ..core.i18n import _
from .schema import build_dataset
from .validate import Scalar

#: files larger than this are refused before parsing (bytes)
MAX_BYTES = 50 * 1024 * 1024
MAX_DEPTH = 16

_STD_TAG = "tag:yaml.org,2002:"
_ALLOWED_TAGS = {
    _STD_TAG + t for t in ("str", "int", "float", "bool", "null", "timestamp", "map", "seq")
}


# --- a located tree: what YAML and JSON both become before validation ---------------


class Map(dict):
    """A mapping that remembers its line and the line of each key."""

    __slots__ = ("line", "lines")
    line: int
    lines: dict[str, int]


class Seq(list):
    """A sequence that remembers its line and the line of each item."""

    __slots__ = ("line", "lines")
    line: int
    lines: list[int]


def read_bytes(path):
    """Return the file's bytes, refusing what is not a readable file of sane size."""
    import stat

    try:
        if os.path.isdir(path):
            raise KhuyenCongError(_("is a directory, not a data file"), path=path)
        if not stat.S_ISREG(os.stat(path).st_mode):  # a FIFO would wait for a writer forever
            raise KhuyenCongError(_("is not a regular file (a pipe, socket or device)"), path=path)
        with open(path, "rb") as f:
            size = os.fstat(f.fileno()).st_size
            if size > MAX_BYTES:
                raise KhuyenCongError(
                    _("is {size} MiB; data files are limited to {limit} MiB").format(
                        size=f"{size / 1048576:.0f}", limit=MAX_BYTES // 1048576
                    ),
                    path=path,
                )
            data = f.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise KhuyenCongError(_("no such file"), path=path) from None
    except PermissionError:
        raise KhuyenCongError(_("cannot be read (permission denied)"), path=path) from None
    except OSError as e:
        raise KhuyenCongError(
            _("cannot be read ({problem})").format(problem=e.strerror or e), path=path
        ) from None
    if len(data) > MAX_BYTES:
        raise KhuyenCongError(
            _("is larger than the {limit} MiB limit").format(limit=MAX_BYTES // 1048576), path=path
        )
    return data


def decode(data, path):
    """Return the bytes as UTF-8 text, refusing binary, other encodings and emptiness."""
    if b"\0" in data:
        raise KhuyenCongError(_("is a binary file, not UTF-8 text"), path=path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise KhuyenCongError(
            _("is not UTF-8 text (byte 0x{byte:02x}); save it as UTF-8").format(byte=data[e.start]),
            path=path,
            line=line,
        ) from None
    if not text or text.isspace():  # isspace stops at the first letter; strip copies it all
        raise KhuyenCongError(_("is empty"), path=path)
    return text


def parse_yaml(text, path):
    """Return the located tree of a YAML document."""
    import yaml

    from .yaml_words import yaml_problem

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        node = yaml.compose(text, Loader=loader)
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        said = ": ".join(str(x) for x in (e.context, e.problem) if x)
        problem = yaml_problem(said)
        line = mark.line + 1 if mark else None
        if mark is not None and mark.index >= len(text.rstrip()):
            problem += _(", at the end of the file")
            line = text.rstrip().count("\n") + 1  # the last line, not the empty one after it
        if e.context_mark is not None and line is not None and e.context_mark.line + 1 < line:
            problem += _(" (it began on line {line})").format(line=e.context_mark.line + 1)
        if mark is not None and "\t" in text[text.rfind("\n", 0, mark.index) + 1 : mark.index + 1]:
            problem = _("a tab in the indentation: YAML indents with spaces only")
        elif mark is not None and "mapping values are not allowed" in said:
            start = text.rfind("\n", 0, mark.index) + 1
            if mark.index - start > 1024:  # YAML reads no key longer than 1024 characters
                problem = _("a key is longer than the 1024 characters YAML allows a key")
        raise KhuyenCongError(
            _("not valid YAML: {problem}").format(problem=problem), path=path, line=line
        ) from None
    except yaml.YAMLError as e:
        raise KhuyenCongError(
            _("not valid YAML: {problem}").format(problem=yaml_problem(str(e).splitlines()[0])),
            path=path,
        ) from None
    except RecursionError:
        raise KhuyenCongError(_("nested too deeply"), path=path) from None
    if node is None:
        raise KhuyenCongError(_("is empty"), path=path)
    try:
        return _walk(node, path, set(), 0)
    except _AliasFound:
        # composed nodes keep the anchor's place; the events know where the alias stands
        line = next(
            (
                e.start_mark.line + 1
                for e in yaml.parse(text, Loader=loader)
                if isinstance(e, yaml.AliasEvent) and e.start_mark is not None
            ),
            None,
        )
        raise KhuyenCongError(
            _("aliases (*name) are not allowed: write the value out"), path=path, line=line
        ) from None


#: what each kind of YAML node is, by its class's name
_SHAPES = {"MappingNode": "map", "SequenceNode": "seq"}


class _AliasFound(Exception):
    """A node met twice while walking: the document uses an alias."""


def _walk(node, path, seen, depth):
    line = node.start_mark.line + 1
    if id(node) in seen:
        raise _AliasFound
    seen.add(id(node))
    if depth > MAX_DEPTH:
        raise KhuyenCongError(_("nested too deeply"), path=path, line=line)
    tag = node.tag
    if tag not in _ALLOWED_TAGS:
        shown = "!!" + tag[len(_STD_TAG) :] if tag.startswith(_STD_TAG) else tag
        raise KhuyenCongError(
            _("the tag {tag} is not allowed (this file format uses no tags)").format(tag=shown),
            path=path,
            line=line,
        )
    kind = tag[len(_STD_TAG) :]
    shape = _SHAPES.get(type(node).__name__, "scalar")
    if shape != (kind if kind in ("map", "seq") else "scalar"):  # "!!str {a: 1}", "!!map a"
        raise KhuyenCongError(
            _("the tag !!{tag} does not fit the value it is on").format(tag=kind),
            path=path,
            line=line,
        )
    if kind == "map":
        out = Map()
        out.line, out.lines = line, {}
        for knode, vnode in node.value:
            key = _walk(knode, path, seen, depth + 1)
            if not isinstance(key, Scalar):
                raise KhuyenCongError(
                    _("a key must be a plain word or number"),
                    path=path,
                    line=knode.start_mark.line + 1,
                )
            kline = knode.start_mark.line + 1
            if key.text in out.lines:
                raise KhuyenCongError(
                    _("duplicate key '{key}' (also on line {line})").format(
                        key=key.text, line=out.lines[key.text]
                    ),
                    path=path,
                    line=kline,
                    key=key.text,
                )
            out.lines[key.text] = kline
            out[key.text] = _walk(vnode, path, seen, depth + 1)
        return out
    if kind == "seq":
        seq = Seq(_walk(item, path, seen, depth + 1) for item in node.value)
        seq.line, seq.lines = line, [item.start_mark.line + 1 for item in node.value]
        return seq
    if node.style and kind != "str":  # an explicit tag on a quoted scalar
        kind = "str"
    return Scalar(node.value, "str" if node.style else kind, line)


def parse_json(text, path):
    """Return a JSON document as plain values: dicts, lists, str, Decimal (as written), bool, None.

    JSON has no lines worth naming here (a data file is often one line): errors name the key
    path instead. Duplicate keys are refused, as in YAML.
    """
    import json

    def pairs(items):
        out = dict(items)
        if len(out) != len(items):
            seen: set[str] = set()
            key = next(k for k, _v in items if k in seen or seen.add(k))  # type: ignore[func-returns-value]
            raise KhuyenCongError(_("duplicate key '{key}'").format(key=key), path=path, key=key)
        return out

    try:
        return json.loads(
            text,
            object_pairs_hook=pairs,
            parse_float=_json_number,
            parse_int=_json_number,
            parse_constant=_json_constant,
        )
    except json.JSONDecodeError as e:
        raise KhuyenCongError(
            _("not valid JSON: {problem} (column {column})").format(problem=e.msg, column=e.colno),
            path=path,
            line=e.lineno,
        ) from None
    except KhuyenCongError as e:
        e.path = path
        raise
    except RecursionError:
        raise KhuyenCongError(_("nested too deeply"), path=path) from None


def _json_number(text):
    """Return a JSON number as written, refused before any arithmetic if it has an exponent
    (1e999999999 would take gigabytes) or more digits than a figure may have."""
    from ..core.numbers import MAX_DIGITS, shorten

    if "e" in text or "E" in text:
        raise KhuyenCongError(
            _("'{number}' has an exponent: write the number as plain digits").format(
                number=shorten(text)
            )
        )
    if sum(c.isdigit() for c in text) > MAX_DIGITS:
        raise KhuyenCongError(
            _("'{number}' has more than {limit} digits").format(
                number=shorten(text), limit=MAX_DIGITS
            )
        )
    return Decimal(text)


def _json_constant(name):
    raise KhuyenCongError(_("'{text}' is not a finite number").format(text=name))


def read_dataset(path):
    """Return the validated Dataset in the YAML or JSON file at ``path`` (no derived figures)."""
    import gc

    path = os.fspath(path)
    if path == "-":  # the data file on standard input, within the same limit as a file
        import sys

        if sys.stdin is None:
            raise KhuyenCongError(_("standard input is closed"), path="<stdin>")
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            raise KhuyenCongError(
                _("is larger than the {limit} MiB limit").format(limit=MAX_BYTES // 1048576),
                path="<stdin>",
            )
        path = "<stdin>"
        text = decode(data, path)
        is_json = text.lstrip("\ufeff \t\r\n").startswith("{")
    else:
        text = decode(read_bytes(path), path)
        is_json = path.lower().endswith(".json")
    enabled = gc.isenabled()
    gc.disable()  # parsing makes many objects and no cycles: see cli.run
    try:
        tree = parse_json(text, path) if is_json else parse_yaml(text, path)
        return build_dataset(tree, path)
    except KhuyenCongError as e:
        if e.path is None:
            e.path = path
        raise
    finally:
        if enabled:
            gc.enable()
