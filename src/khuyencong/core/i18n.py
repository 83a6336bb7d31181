"""What a person reads, in their language: English, or Vietnamese from a gettext catalog.

The language is chosen once per command: ``--locale vi``, else the environment
(KHUYENCONG_LOCALE, then LC_ALL, LC_MESSAGES, LANG), read as variables, so the system
need not have a vi_VN locale installed. Machine-readable names (CSV and JSON columns,
verdict codes) never change with it; only what is shown to a person does. The catalog is
``khuyencong/locale/vi/LC_MESSAGES/khuyencong.mo``, compiled from the ``.po`` beside it.
"""

import os
from typing import Any

_current: dict[str, Any] = {"language": "en", "catalog": None}


def language_from_environment():
    """Return "vi" when the environment asks for Vietnamese, else "en"."""
    for name in ("KHUYENCONG_LOCALE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return "vi" if value.lower().startswith("vi") else "en"
    return "en"


def use(language):
    """Make ``language`` ("en" or "vi") the one messages are shown in."""
    _current["language"] = "vi" if language == "vi" else "en"
    _current["catalog"] = None


def language():
    return _current["language"]


def _catalog():
    if _current["catalog"] is None:
        import gettext

        folder = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "locale")
        _current["catalog"] = gettext.translation(
            "khuyencong", folder, languages=[_current["language"]], fallback=True
        )
    return _current["catalog"]


def _(message):
    """Return ``message`` in the language in use (itself, in English)."""
    if _current["language"] == "en":
        return message
    return _catalog().gettext(message)


def ngettext(singular, plural, n):
    """Return the form of a message for ``n`` things, in the language in use (each form is a
    message of its own in the catalog: Vietnamese nouns have one form)."""
    return _(singular if n == 1 else plural)


def place(where):
    """Return a place in a document ("page 3, line 12") in the language in use: the places
    are made in English, their words translated where they are shown."""
    if _current["language"] == "en":
        return where
    import re

    return re.sub(r"\b(?:page|line|paragraph|table|row|sheet)\b", lambda m: _(m.group(0)), where)


def said(key, value):
    """Return a field of a row in the language in use where it is words a person reads:
    verdicts and kinds, places ("page 3, line 12"), a claim's kind ("growth total
    2011→2012"). Other fields are returned as they are."""
    if key in ("verdict", "kind"):
        return _(str(value))
    if key in ("place", "where"):
        return place(str(value))
    if key == "claim":
        from .model import CLAIM_KINDS

        first, _sep, rest = str(value).partition(" ")
        return f"{_(first)} {rest}" if first in CLAIM_KINDS and rest else str(value)
    return value


def N_(message):
    """Mark a message for the catalog without translating it here (gettext's convention)."""
    return message


#: words the code translates by value: verdicts, kinds, column headers, the roles of a fix
VOCABULARY = [
    N_("consistent"),
    N_("consistent (truncated)"),
    N_("inconsistent"),
    N_("implied"),
    N_("derived"),
    N_("base not in text"),
    N_("unpaired"),
    N_("no verdict"),
    N_("growth"),
    N_("share"),
    N_("rate"),
    N_("ratio"),
    N_("excess"),
    N_("times"),
    N_("points"),
    N_("other"),
    N_("sum"),
    N_("?"),
    N_("Series"),
    N_("Label"),
    N_("Change"),
    N_("Growth %"),
    N_("Share %"),
    N_("Claim"),
    N_("Quote"),
    N_("Reported"),
    N_("Recomputed"),
    N_("Exact interval"),
    N_("Verdict"),
    N_("Note"),
    N_("Where"),
    N_("Excerpt"),
    N_("Kind"),
    N_("File"),
    N_("Line"),
    N_("Derived"),
    N_("Low"),
    N_("High"),
    N_("Unit"),
    N_("Reported unit"),
    N_("new"),
    N_("base"),
    N_("old"),
    N_("a new of {value}"),
    N_("an old of {value}"),
    N_("a part of {value}"),
    N_("a whole of {value}"),
    N_("two scale words"),
    N_("page"),
    N_("line"),
    N_("paragraph"),
    N_("table"),
    N_("row"),
    N_("sheet"),
    # the table command: its verdict, kinds of check and column headers
    N_("unclear"),
    N_("partial"),
    N_("column-sum"),
    N_("Sheet"),
    N_("Row"),
    N_("Column"),
    N_("Written"),
    N_("Parts give"),
    N_("Rule"),
    N_("Source"),
    N_("Difference"),
    N_("Fix"),
    N_("Why"),
]
