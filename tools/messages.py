"""The Vietnamese catalog: find every message marked ``_("…")`` in the code, keep the .po in
step with them, and compile it to the .mo the package ships.

    python tools/messages.py            # add new messages to the .po (untranslated), drop
                                        # those the code no longer has, compile
    python tools/messages.py --check    # exit 1 if a message lacks a translation or the .mo
                                        # is not the .po compiled

The .mo is written here in Python (the format is simple: a header and two tables), so no
gettext tools are needed; tests/test_i18n.py runs the check.
"""

import argparse
import ast
import contextlib
import os
import string
import struct
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PACKAGE = os.path.join(ROOT, "src", "khuyencong")
PO = os.path.join(PACKAGE, "locale", "vi", "LC_MESSAGES", "khuyencong.po")
MO = PO[:-3] + ".mo"
HEADER = (
    "Project-Id-Version: khuyencong\\n"
    "Language: vi\\n"
    "MIME-Version: 1.0\\n"
    "Content-Type: text/plain; charset=UTF-8\\n"
    "Content-Transfer-Encoding: 8bit\\n"
)


def marked():
    """Return the messages the code marks with _(…), in the order first found."""
    found = {}
    for folder, _dirs, files in os.walk(PACKAGE):
        for name in sorted(files):
            if not name.endswith(".py"):
                continue
            path = os.path.join(folder, name)
            with open(path, encoding="utf-8") as f:
                tree = ast.parse(f.read())
            for node in ast.walk(tree):
                for text in _help_texts(node):
                    found.setdefault(text, os.path.relpath(path, ROOT))
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Name)
                    and node.func.id in ("_", "N_")
                    and node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)
                ):
                    found.setdefault(node.args[0].value, os.path.relpath(path, ROOT))
    for text, path in _template_messages():
        found.setdefault(text, path)
    return found


def _template_messages():
    """Yield (message, file) for every _("…") of the HTML templates (Jinja2's own
    extraction, through its i18n extension)."""
    import jinja2

    folder = os.path.join(PACKAGE, "present", "templates")
    env = jinja2.Environment(extensions=["jinja2.ext.i18n"])
    for name in sorted(os.listdir(folder)):
        if name.endswith(".j2"):
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                source = f.read()
            for _line, _function, message in env.extract_translations(source):
                for text in message if isinstance(message, tuple) else (message,):
                    if text:
                        yield text, os.path.relpath(os.path.join(folder, name), ROOT)


def _help_texts(node):
    """Yield what --help shows of ``node``: an option's help="…", or the docstring of a
    function made a command (@….command(…) or @….group(…)), cleaned as click cleans it."""
    if isinstance(node, ast.Call):
        for k in node.keywords:
            if k.arg == "help" and isinstance(k.value, ast.Constant) and k.value.value:
                yield k.value.value
    elif isinstance(node, ast.FunctionDef):
        for d in node.decorator_list:
            f = d.func if isinstance(d, ast.Call) else d
            name = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", "")
            if name in ("command", "group") and ast.get_docstring(node):
                yield ast.get_docstring(node, clean=True)
                break


def _quote(text):
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return '"' + escaped.replace("\b", "\\b") + '"'


def _unquote(text):
    out, i = [], 1
    while i < len(text) - 1:
        c = text[i]
        if c == "\\":
            nxt = text[i + 1]
            out.append({"n": "\n", "t": "\t", "b": "\b", '"': '"', "\\": "\\"}.get(nxt, nxt))
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def read_po(path=PO):
    """Return {msgid: msgstr} of a .po file (the header entry left out)."""
    entries, msgid, msgstr, which = {}, None, None, None
    if not os.path.exists(path):
        return entries

    def flush():
        if msgid:
            entries[msgid] = msgstr or ""

    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line.startswith("msgid "):
                flush()
                msgid, msgstr, which = _unquote(line[6:]), None, "id"
            elif line.startswith("msgstr "):
                msgstr, which = _unquote(line[7:]), "str"
            elif line.startswith('"'):
                if which == "id":
                    msgid += _unquote(line)
                elif which == "str":
                    msgstr += _unquote(line)
        flush()
    return entries


def write_po(entries, where, path=PO):
    lines = ['msgid ""', 'msgstr ""'] + [f'"{h}\\n"' for h in HEADER.split("\\n") if h] + [""]
    for msgid, msgstr in entries.items():
        if msgid in where:
            lines.append(f"#: {where[msgid]}")
        lines += [f"msgid {_quote(msgid)}", f"msgstr {_quote(msgstr)}", ""]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


def mo_bytes(entries):
    """Return a GNU .mo file of the translated entries (and the header)."""
    pairs = sorted([("", HEADER.replace("\\n", "\n"))] + [(k, v) for k, v in entries.items() if v])
    ids = [k.encode("utf-8") for k, _ in pairs]
    strs = [v.encode("utf-8") for _, v in pairs]
    n = len(pairs)
    start = 7 * 4 + 16 * n
    id_table, str_table, data = [], [], b""
    for blob in ids:
        id_table.append((len(blob), start + len(data)))
        data += blob + b"\0"
    for blob in strs:
        str_table.append((len(blob), start + len(data)))
        data += blob + b"\0"
    head = struct.pack("<7I", 0x950412DE, 0, n, 28, 28 + 8 * n, 0, 0)
    tables = b"".join(struct.pack("<2I", *e) for e in id_table + str_table)
    return head + tables + data


def _fields(text):
    """Return the {fields} of a message with their formats: a translation must keep them all
    (a field it invents would fail when the message is shown)."""
    try:
        return sorted((f, spec) for _t, f, spec, _c in string.Formatter().parse(text) if f)
    except ValueError:  # not a format string at all: its braces are text
        return None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()
    where = marked()
    entries = read_po()
    missing = [m for m in where if not entries.get(m)]
    compiled = b""
    if a.check:
        with contextlib.suppress(FileNotFoundError), open(MO, "rb") as f:
            compiled = f.read()
        stale = compiled != mo_bytes(entries)
        for m in missing:
            print(f"untranslated: {m!r} ({where[m]})")
        odd = [m for m in where if entries.get(m) and _fields(entries[m]) != _fields(m)]
        for m in odd:
            print(f"the translation of {m!r} has other {{fields}}: {entries[m]!r}")
        if stale:
            print("the .mo is not the .po compiled: run python tools/messages.py")
        return 1 if missing or stale or odd else 0
    dropped = [m for m in entries if m and m not in where]
    for m in dropped:  # no longer in the code: a stale translation is not kept or shipped
        del entries[m]
    for m in where:
        entries.setdefault(m, "")
    write_po(entries, where)
    with open(MO, "wb") as f:
        f.write(mo_bytes(entries))
    print(f"{len(where)} messages, {len(missing)} untranslated, {len(dropped)} no longer used")
    return 0


if __name__ == "__main__":
    sys.exit(main())
