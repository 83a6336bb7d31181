"""The annotated report → one self-contained HTML page, laid out by a Jinja2 template.

Jinja2 with autoescaping on: every character of a report reaches the page escaped, so a
text holding ``<script>``, ``onerror=`` or ``javascript:`` shows as text. The page has no
script at all: a card opens on focus or when its mark is the link's target (CSS ``:focus``
and ``:target``), and "problems only" is a checkbox read by CSS ``:has()``. Its
Content-Security-Policy allows nothing but its own style sheet, by hash, and data: images:
no request leaves the file. Words come from the same catalog as the rest of the tool
(Jinja2's i18n extension, given our gettext).
"""

import base64
import hashlib
import os

TEMPLATES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "templates")


def _environment():
    import jinja2

    from ..core import i18n

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        extensions=["jinja2.ext.i18n"],
        undefined=jinja2.StrictUndefined,
    )
    env.install_gettext_callables(  # type: ignore[attr-defined]
        gettext=i18n._, ngettext=i18n.ngettext, newstyle=True
    )
    return env


def _css_string(text):
    """Return ``text`` as a CSS string literal (its quotes, backslashes, breaks and any
    '<' escaped, so nothing can close the string or the style element)."""
    out = "".join(f"\\{ord(ch):x} " if ch in '"\\<>\n\r' else ch for ch in text)
    return f'"{out}"'


def style(kind="scan"):
    """Return the page's style sheet and its CSP source (``'sha256-…'``); a table's page
    has the rules of its tables too.

    The card fields' labels are the style sheet's generated content, said once for the
    page rather than once per finding (browsers give them to screen readers too).
    """
    from ..results.report import MARKS, field_labels, verdict_view

    sheets = ["report.css"] + (["table.css"] if kind == "table" else [])
    css = ""
    for sheet in sheets:
        with open(os.path.join(TEMPLATES, sheet), encoding="utf-8") as f:
            css += f.read().strip() + "\n"
    css = css.strip()
    css += "\n" + "".join(
        f".c>.f{key}::before{{content:{_css_string(label)}}}"
        for key, label in field_labels().items()
    )
    for v in (verdict_view(code) for code in MARKS):
        # a mark's symbol, with its verdict as the text a screen reader says; the first
        # line of the card after it
        symbol, word = _css_string(v["symbol"]), _css_string(v["word"])
        said = _css_string(" " + v["word"])
        css += f".m.{v['css']}::after{{content:{symbol};content:{symbol}/{said}}}"
        css += f".m.{v['css']}+.c::before{{content:{_css_string(v['symbol'] + ' ')} {word}}}"
    digest = base64.b64encode(hashlib.sha256(css.encode("utf-8")).digest()).decode("ascii")
    return css, f"sha256-{digest}"


def generator():
    """Return what made the page: the tool and its version."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return f"khuyencong {version('khuyencong')}"
    except PackageNotFoundError:
        return "khuyencong"


def render_report(report, heading):
    """Return the page of a report from results/report.py, in the language in use.

    ``heading``: the line above the title (which command made it, over which files).
    """
    from markupsafe import Markup

    from ..core import i18n
    from ..results.report import PROBLEMS

    css, style_hash = style(report["kind"])
    return (
        _environment()
        .get_template("report.html.j2")
        .render(
            report=report,
            lang=i18n.language(),
            heading=heading,
            css=Markup(css),
            style_hash=style_hash,
            generator=generator(),
            problem_codes=PROBLEMS,
        )
    )
