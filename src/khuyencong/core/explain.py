"""Verdicts → sentences a person can read aloud, in either notation."""

from decimal import Decimal

from .numbers import count, format_number, format_percent
from .verdict import INCONSISTENT, TRUNCATED


def _num(value, locale):
    return format_number(value, locale)


def _pct(value, locale):
    return format_percent(value, locale)


def operation(verdict, locale="en"):
    """Return the computation written out, e.g. ``44.485 / 108.989``."""
    a, b = (_num(f.value, locale) for f in (verdict.a, verdict.b))
    return f"{a} / {b} − 1" if verdict.kind == "growth" else f"{a} / {b}"


def headline(verdict, locale="en"):
    """Return the first line: the verdict, the reported and recomputed values, the interval."""
    rep, rec = _pct(verdict.reported, locale), _pct(verdict.recomputed, locale)
    span = f"{_pct(verdict.low, locale)} – {_pct(verdict.high, locale)}"
    names = [
        f"{f.name} = {f.derivation}" if f.derivation else f.name
        for f in (verdict.a, verdict.b)
        if f.name
    ]
    named = f" [{', '.join(names)}]" if names else ""
    return (
        f"{verdict.status}: {verdict.kind} reported {rep}, recomputed {rec} "
        f"({operation(verdict, locale)}{named} lies in {span})"
    )


def note(verdict, locale="en", unit=""):
    """Return what explains the verdict: how truncation fits, or the gap and what would fix it."""
    if verdict.status == TRUNCATED:
        return (
            f"{_pct(verdict.reported, locale)} is the exact value cut (not rounded) to "
            f"{count(verdict.places, 'decimal')}, a common style in Vietnamese reports; rounded it "
            f"would be {_pct(verdict.rounded, locale)}"
        )
    if verdict.status != INCONSISTENT:
        return ""
    gap = verdict.gap
    sign = "+" if gap > 0 else ""
    step = format_number(Decimal(1).scaleb(-verdict.places), locale)
    parts = [
        f"off by {sign}{_num(gap, locale)} percentage points "
        f"({sign}{count(verdict.gap_units, 'unit')} of {step})"
    ]
    fixes = []
    for role, need, matches, total in verdict.needed():
        if need.value is None:
            continue
        found = ", ".join(f.name or _num(f.value, locale) for f in matches)
        more = f" and {total - len(matches)} more" if total > len(matches) else ""
        match = f"matches {found}{more}" if found else "no figure in the data matches"
        article = "an" if role[0] in "aeiou" else "a"
        fixes.append(
            f"{article} {role} of {_num(need.value, locale)}{' ' + unit if unit else ''} "
            f"({_num(need.low, locale)}–{_num(need.high, locale)}; {match})"
        )
    if fixes:
        parts.append(f"{_pct(verdict.reported, locale)} would need " + " or ".join(fixes))
    return "; ".join(parts)


def describe(verdict, locale="en", unit=""):
    """Return one or two lines: the headline, then the note if there is one."""
    extra = note(verdict, locale, unit)
    return headline(verdict, locale) + ("\n  " + extra if extra else "")


def describe_sum(result, locale="en"):
    """Return one line on whether parts add up to a total."""
    parts = " + ".join(_num(p.value, locale) for p in result.parts)
    line = (
        f"{result.status}: {parts} = {_num(result.value, locale)}, "
        f"total given {_num(result.total.value, locale)}"
    )
    if not result.consistent:
        line += f"; off by {_num(result.gap, locale)}, more than the rounding of the figures allows"
    return line


def describe_implied(implied, name, reported, locale="en", unit=""):
    """Return one line on a figure a reported percentage implies."""
    u = f" {unit}" if unit else ""
    return (
        f"{name} ≈ {_num(implied.value, locale)}{u} "
        f"({_num(implied.low, locale)}–{_num(implied.high, locale)}), implied by "
        f"{_pct(reported, locale)}; not in the data, so not checked"
    )
