"""Text from files made safe to show on a terminal: control characters made visible.

A label, quote or file name may hold escape sequences (clear the screen, set the window's
title) or bidirectional controls (U+202E turns what follows around). Shown to a person,
each such character is written as its escape, ``\\x1b`` or ``\\u202e``; data formats keep
the text and escape it as their format requires.
"""

import re

_CONTROLS = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]"
)


def visible(text, one_line=False):
    """Return ``text`` with control, escape and bidirectional characters written out;
    ``one_line``: line breaks and tabs too (an error is one line, whatever it quotes)."""
    if not isinstance(text, str):
        return text
    if one_line and ("\n" in text or "\t" in text):
        text = text.replace("\n", "\\x0a").replace("\t", "\\x09")
    if not _CONTROLS.search(text):
        return text
    return _CONTROLS.sub(_escape, text)


def _escape(m):
    c = ord(m.group(0))
    return f"\\x{c:02x}" if c < 0x100 else f"\\u{c:04x}"
