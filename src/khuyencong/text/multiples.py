"""A multiple ("gấp 2,5 lần", "3.2 times") or a ratio to a period ("bằng 107% so với năm
2023"), as its own sentence ties it: its level, and the amount it is compared with.
"""

import re

from ..core.i18n import _
from . import periods
from . import words as w
from .growth import first
from .roles import another_year


def tie(r, main, scope, role, text):
    """Tie a multiple ("gấp 2,5 lần", "3.2 times") or a ratio to a period ("bằng 107% so
    với năm 2023") to its level and the amount it is compared with."""
    p = r.percent
    # "a 2.3-fold increase from B": the multiple's own noun is no verb of another
    noun = w.KEYWORD_AFTER.match(text[p.end : p.end + 40]) if r.kind == "times" else None
    start = p.end + (noun.end() if noun and noun.lastgroup == "up" else 0)
    base = first(scope, role, ("base", "plain", "whole"), True, text, start)
    main = first(scope, role, ("new",)) or main  # "jumped 2.7-fold to A from B"
    if main is None and base is not None and role.get(id(base)) == "plain":
        # "3.2 times those to Japan, at $119.5 billion against $24.6 billion"; not when the
        # amount it is against is of a period the multiple does not name ("…, against
        # $110 billion a year earlier": the same market's, a year before)
        after = first(scope, role, ("base",), True, text, base.end)
        said = text[after.end : after.end + 40].split(",")[0] if after is not None else ""
        if (
            after is not None
            and after.unit == base.unit
            and not after.in_parens
            and (periods.period(r.object) or not _PERIOD_AFTER.match(said))
        ):
            main, base = base, after
    if base is not None and base.in_parens and another_year(text[p.end : base.start]):
        base = None  # "bằng 130% so với năm 2022 (năm 2021: B)": another year's
    if base is not None and main is not None and base.in_parens and base.unit != main.unit:
        base = _in_same_parens(r, base, main.unit, text)  # "(26 dự án, 0,55 tỷ USD)"
    if base is not None and (base.in_parens or role.get(id(base)) == "base") and main:
        how = (
            _("the amount it is compared with, in parentheses after it")
            if base.in_parens
            else _("the amount it is compared with, after 'so với' / 'from'")
        )
        r.tie("times" if r.kind == "times" else "ratio", main, base, how)
    elif main is not None:
        r.a, r.missing = main, "base"


#: words after an amount that say it is of another period: "a year earlier", "in 2023"
_PERIOD_AFTER = re.compile(
    r"\s*(?:a year (?:earlier|before|ago)|(?:in|of) (?:19|20)\d\d|last year|"
    r"(?:của |năm |trong )?(?:năm trước|năm (?:19|20)\d\d|cùng kỳ))",
    re.IGNORECASE,
)


def _in_same_parens(r, base, unit, text):
    """Return the amount of ``unit`` said in the same parentheses as ``base``, after it
    ("gấp 2,3 lần về vốn so với năm 2023 (26 dự án, 0,55 tỷ USD)": the money), or None."""
    close = text.find(")", base.end)
    for t in r.sentence.ahead(base.end):
        if close < 0 or t.start > close:
            return None
        if getattr(t, "unit", None) == unit and t.in_parens:
            return t
    return None
