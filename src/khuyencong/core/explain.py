"""Verdicts → sentences a person can read aloud, in either notation."""

import re
from decimal import Decimal

from .i18n import _
from .numbers import count, format_measure, format_number, format_percent
from .verdict import INCONSISTENT, TRUNCATED


def _num(value, locale):
    return format_number(value, locale)


def _pct(value, locale, kind=None):
    return format_measure(value, kind, locale) if kind else format_percent(value, locale)


def operation(verdict, locale="en"):
    """Return the computation written out, e.g. ``44.485 / 108.989``."""
    a, b, *before = (_num(f.value, locale) for f in verdict.figures)
    if verdict.kind == "points":  # of four figures' two shares, or of two rates
        return f"{a} / {b} − {before[0]} / {before[1]}" if before else f"{a} − {b}"
    years = getattr(verdict, "years", 1)
    if years > 1:  # an average yearly growth
        return f"({a} / {b})^(1/{years}) − 1"
    return f"{a} / {b} − 1" if verdict.kind == "growth" else f"{a} / {b}"


def headline(verdict, locale="en"):
    """Return the first line: the verdict, the reported and recomputed values, the interval."""
    rep, rec, low, high = (
        _pct(x, locale, verdict.kind)
        for x in (verdict.reported, verdict.recomputed, verdict.low, verdict.high)
    )
    span = f"{low} – {high}"
    names = [
        f"{f.name} = {f.derivation}" if f.derivation else f.name for f in verdict.figures if f.name
    ]
    named = f" [{', '.join(names)}]" if names else ""
    return _(
        "{status}: {kind} reported {reported}, recomputed {recomputed} ({computation} lies "
        "in {span})"
    ).format(
        status=_(verdict.status),
        kind=_(verdict.kind),
        reported=rep,
        recomputed=rec,
        computation=operation(verdict, locale) + named,
        span=span,
    )


def note(verdict, locale="en", unit="", searched=True):
    """Return what explains the verdict: how truncation fits, or the gap and what would fix it.

    ``searched``: whether the verdict's figures were searched for one that would fix it
    (verify's data are; a scanned text's amounts are not, so nothing is said of matches).
    """
    if verdict.status == TRUNCATED:
        return _(
            "{reported} is the exact value cut (not rounded) to {places}, a common style in "
            "Vietnamese reports; rounded it would be {rounded}"
        ).format(
            reported=_pct(verdict.reported, locale, verdict.kind),
            places=count(verdict.places, _("decimal"), _("decimals")),
            rounded=_pct(verdict.rounded, locale, verdict.kind),
        )
    if verdict.status != INCONSISTENT:
        return ""
    gap = verdict.gap
    sign = "+" if gap > 0 else ""
    step = format_number(Decimal(1).scaleb(-verdict.places), locale)
    off = (
        _("off by {gap} ({units} of {step})")
        if verdict.kind == "times"  # a multiple is off by a multiple, not by points
        else _("off by {gap} percentage points ({units} of {step})")
    )
    parts = [
        off.format(
            gap=sign + _num(gap, locale),
            units=sign + count(verdict.gap_units, _("unit"), _("units")),
            step=step,
        )
    ]
    fixes = []
    for role, need, matches, total in verdict.needed():
        if need.value is None:
            continue
        found = ", ".join(f.name or _num(f.value, locale) for f in matches)
        more = _(" and {n} more").format(n=total - len(matches)) if total > len(matches) else ""
        match = (
            _("matches {found}").format(found=found + more)
            if found
            else _("no figure in the data matches")
        )
        replaced = verdict.b if role in ("old", "whole") else verdict.a
        low, high = need.shown_apart(replaced.value)  # not seeming to hold what it replaces
        span = f"{_num(low, locale)}–{_num(high, locale)}"
        fixes.append(
            _(ROLES[role]).format(value=_num(need.value, locale) + (" " + unit if unit else ""))
            + (f" ({span}; {match})" if searched else f" ({span})")
        )
    if fixes:
        parts.append(
            _("{reported} would need {fixes}").format(
                reported=_pct(verdict.reported, locale), fixes=_(" or ").join(fixes)
            )
        )
    return "; ".join(parts)


#: the operand a fix names, with its article
ROLES = {
    "new": "a new of {value}",
    "old": "an old of {value}",
    "part": "a part of {value}",
    "whole": "a whole of {value}",
}


def describe(verdict, locale="en", unit=""):
    """Return one or two lines: the headline, then the note if there is one."""
    extra = note(verdict, locale, unit)
    return headline(verdict, locale) + ("\n  " + extra if extra else "")


def describe_sum(result, locale="en"):
    """Return one line on whether parts add up to a total."""
    parts = " + ".join(_num(p.value, locale) for p in result.parts)
    line = _("{status}: {parts} = {sum}, total given {total}").format(
        status=_(result.status),
        parts=parts,
        sum=_num(result.value, locale),
        total=_num(result.total.value, locale),
    )
    if not result.consistent:
        line += _("; off by {gap}, more than the rounding of the figures allows").format(
            gap=_num(result.gap, locale)
        )
    figures = [result.total, *result.parts]
    for f in figures:
        if not f.derivation:
            continue
        others = {(g.name or "").split("@")[0] for g in figures if g is not f}
        used = set(re.findall(r"[^\s+−\-*/()]+", f.derivation))
        if used and used <= others:  # derived from this very sum: it holds by construction
            line += _(
                "; {name} = {how} is derived from the others, so this sum checks nothing"
            ).format(name=f.name, how=f.derivation)
        else:
            line += _("; {name} is not in the data: derived as {how}").format(
                name=f.name, how=f.derivation
            )
    return line


def describe_implied(implied, name, reported, locale="en", unit=""):
    """Return one line on a figure a reported percentage implies."""
    u = f" {unit}" if unit else ""
    return _(
        "{name} ≈ {value} ({low}–{high}), implied by {reported}; not in the data, so not checked"
    ).format(
        name=name,
        value=_num(implied.value, locale) + u,
        low=_num(implied.low, locale),
        high=_num(implied.high, locale),
        reported=_pct(reported, locale),
    )
