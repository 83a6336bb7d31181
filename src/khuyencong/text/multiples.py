"""A multiple ("gấp 2,5 lần", "3.2 times") or a ratio to a period ("bằng 107% so với năm
2023"), as its own sentence ties it: its level, and the amount it is compared with.
"""

import re

from ..core.i18n import _
from ..core.interval import Interval
from ..core.relations import form_interval
from ..core.verdict import acceptance_set
from . import periods
from . import words as w
from .context import derive
from .growth import first, is_fall
from .language import detect_locale
from .roles import another_year
from .tokens import Amount, Percent


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
    elif main is not None and r.kind == "ratio" and (change := _change_to(r, main, role, text)):
        # "đạt 850 tỷ đồng, giảm 150 tỷ đồng so với cùng kỳ, chỉ bằng 85% cùng kỳ"
        then = derive(main, [change], detect_locale(text), minus=not is_fall(change, text))
        how = _("the amount it is compared with: its level and the change said before it")
        r.tie("ratio", main, then, how)
    elif main is not None:
        r.a, r.missing = main, "base"


def as_ratio(r, text):
    """Read a percentage tied to a change said before it ("tăng 120 triệu USD, tương đương
    112% cùng kỳ") as its level's ratio to the period compared with when only that reading
    fits its figures: both are said with the same words, and differ by exactly 100."""
    if r.form not in ("rise", "fall") or r.a is None or r.b is None:
        return
    growth = form_interval(r.form, Interval.unround(r.a.value), Interval.unround(r.b.value))
    reported = abs(r.percent.value)
    if growth is None or growth.meets(acceptance_set(r.percent.value)):
        return
    if not growth.scale(1, 100).meets(acceptance_set(reported)):
        return
    r.percent.value = reported
    then = derive(r.a, [r.b], detect_locale(text), minus=r.form == "rise")
    r.kind = "ratio"
    how = _("the amount it is compared with: its level and the change said before it")
    r.tie("ratio", r.a, then, how)


def _change_to(r, main, role, text):
    """Return the change of a ratio's level said right after the level and right before
    the ratio, of the level's unit, when the change is against the period the ratio names,
    or one of them names none ("giảm 150 tỷ đồng so với cùng kỳ, chỉ bằng 85% cùng kỳ";
    not "… so với quý II, chỉ bằng 85% cùng kỳ", nor "lợi nhuận giảm D": another
    subject's change); else None."""
    p = r.percent
    change = next((t for t in r.sentence.back(p.start) if isinstance(t, (Amount, Percent))), None)
    if (
        not isinstance(change, Amount)
        or role.get(id(change)) != "change"
        or change.unit != main.unit
        or change.start < main.end
        or not _THEN_CHANGE.fullmatch(text, main.end, change.start)
        or p.start - change.end > _CHANGE_REACH
        or ";" in text[change.end : p.start]
    ):
        return None
    theirs, mine = (_compared_with(x) for x in (text[change.end : p.start], r.object))
    return change if not theirs or not mine or theirs == mine else None


#: the words between a level and its change said right after it: ", giảm ", ", down by "
_THEN_CHANGE = re.compile(
    rf"[\s,]*(?:(?:đã|chỉ)\s+)?(?:{w.UP}|{w.DOWN})(?:\s+(?:by|thêm))?\s*", re.IGNORECASE
)

#: how far, in characters, a ratio may follow the change to its level
_CHANGE_REACH = 40


def _compared_with(words):
    """The words of the period a comparison names, without its "so với": "cùng kỳ"."""
    m = w.COMPARED.search(words)
    if m is None:
        return ""
    said = re.split(r"[,;.()]", words[m.start() :], maxsplit=1)[0]
    return " ".join(_COMPARING.sub("", said).split())


#: the words that open a comparison, before the period it names
_COMPARING = re.compile(r"^(?:so với|compared (?:with|to)|against|versus|from)\s*", re.I)


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
