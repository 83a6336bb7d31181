"""A finding → the note a reader sees: what it was checked against, or what it implies."""

from ..core.i18n import _
from ..core.numbers import format_number


def describe_finding(finding, locale, subject=True):
    """Return the note column: how the percentage was checked, or what it implies.

    ``subject``: name what is implied ("tổng kinh phí năm 2011 ≈ …"); the annotated
    report's card, beside the words it comes from, leaves it out.
    """
    if finding.verdict is not None:
        a, b = finding.operands
        sep = {"growth": _(" vs "), "points": " − "}.get(finding.kind, _(" of "))
        head = f"{a.text}{sep}{b.text}"
        return f"{head}; {finding.note}" if finding.note else head
    if finding.implied is not None:
        imp = finding.implied
        unit = finding.unit
        named = f"{finding.missing} " if subject else ""
        text = (
            f"{named}≈ {format_number(imp.value, locale)} {unit} "
            f"({format_number(imp.low, locale)}–{format_number(imp.high, locale)})"
        )
        if finding.candidates:
            text += _("; agrees with ") + ", ".join(finding.candidates)
        elif finding.searched:
            text += _("; no amount in the text fits")
        else:
            text += _("; not in the text")
        return text + (f"; {finding.note}" if finding.note else "")
    return finding.note
