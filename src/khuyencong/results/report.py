"""Findings and verify rows → what the annotated report shows, as plain data.

The report is the text itself with every percentage marked by its verdict and the amounts
it was checked against marked too, each with a card: reported, recomputed, the exact
interval, why it was paired, and what would have made it true. Everything here is words and
numbers in the language and notation in use; present/html.py lays it out. The data is plain
(dicts, lists, strings) so that a worker process can make it and send it back.
"""

from ..core import explain
from ..core.i18n import N_, _, place
from ..core.numbers import format_measure, format_number, format_percent
from ..core.verdict import CONSISTENT, IMPLIED, INCONSISTENT, NO_VERDICT, TRUNCATED
from ..text.notes import describe_finding

#: each verdict's mark: a symbol that reads without colour, and a short class of its own
MARKS = {
    CONSISTENT: ("✓", "ok"),
    TRUNCATED: ("✓", "tr"),
    INCONSISTENT: ("✗", "bad"),
    IMPLIED: ("≈", "imp"),
    "base not in text": ("?", "nb"),
    NO_VERDICT: ("~", "nv"),
    "unpaired": ("·", "un"),
    "derived": ("=", "der"),
    "unclear": ("?", "nv"),  # a table's check that its structure leaves in doubt
}
#: the verdicts a reader must look at: what "problems only" keeps
PROBLEMS = (INCONSISTENT,)
#: the order verdicts are counted and explained in
ORDER = (
    INCONSISTENT,
    NO_VERDICT,
    CONSISTENT,
    TRUNCATED,
    IMPLIED,
    "base not in text",
    "unpaired",
    "derived",
)


def verdict_view(status):
    """Return {code, word, symbol, css} of a verdict, in the language in use."""
    symbol, css = MARKS.get(status, ("·", "un"))
    return {"code": status, "word": _(status), "symbol": symbol, "css": css}


def tally_view(statuses):
    """Return the verdicts with their counts, in ORDER, for the chips at the top."""
    counts: dict = {}
    for s in statuses:
        counts[s] = counts.get(s, 0) + 1
    known = [s for s in ORDER if s in counts] + [s for s in counts if s not in ORDER]
    return [dict(verdict_view(s), count=counts[s]) for s in known]


def rule_text(locale, sentence=None, written="108.989"):
    """Return the rounding rule in one sentence (``sentence``, with its {written}, {low}
    and {high}; a scan's or verify's by default), its example figure ``written`` and the
    interval it stands for in the report's notation."""
    from decimal import Decimal

    from ..core.interval import Interval
    from ..core.numbers import ratio_to_decimal

    figure = Decimal(written)
    places = -figure.as_tuple().exponent + 1  # type: ignore[operator]
    stands = Interval.unround(figure)
    sentence = sentence or _(
        "Each percentage is recomputed exactly from its figures as written: a figure "
        "written {written} stands for anything from {low} to {high}, and a percentage holds "
        "when some value the figures allow, rounded or cut as the report writes it, gives it."
    )
    return sentence.format(
        written=format_number(figure, locale),
        low=format_number(
            ratio_to_decimal(stands.low.numerator, stands.low.denominator, places), locale
        ),
        high=format_number(
            ratio_to_decimal(stands.high.numerator, stands.high.denominator, places), locale
        ),
    )


def legend_view():
    """Return every verdict with what it means, for the glossary at the foot."""
    meaning = {
        CONSISTENT: _("the figures give this percentage, rounded as the report rounds"),
        TRUNCATED: _("the figures give it cut, not rounded, to the places shown"),
        INCONSISTENT: _("no rounding of the figures gives this percentage"),
        NO_VERDICT: _("a hedged amount (hơn, gần, khoảng) could explain the gap"),
        IMPLIED: _("a figure the percentage implies; not in the data, so not checked"),
        "base not in text": _("the text does not give both figures: what it implies is shown"),
        "unpaired": _("a percentage the tool cannot tie to figures"),
        "derived": _("a figure computed from others, not stated in the report"),
    }
    return [dict(verdict_view(s), meaning=meaning[s]) for s in ORDER]


#: the fields a card may have: a short key (the page's markup) and its label
FIELDS = {
    "r": N_("Reported"),
    "c": N_("Recomputed"),
    "i": N_("Exact interval"),
    "f": N_("What would make it true"),
    "w": N_("Why these figures"),
    "m": N_("Implied"),
    "n": N_("Note"),
    # a table's check: the figure it prints, what its parts give, the relation it rests on
    "p": N_("Printed"),
    "g": N_("The parts give"),
    "o": N_("Rests on"),
}


def field_labels():
    """Return {key: label} of the card fields, in the language in use."""
    return {key: _(label) for key, label in FIELDS.items()}


def _field(key, value):
    return {"key": key, "value": value}


def verdict_fields(verdict, locale, unit="", searched=True, kind=None):
    """Return the card of a checked percentage: reported, recomputed, interval, the fix;
    each in what ``kind`` (the verdict's by default; a multiple's is its finding's) measures."""
    kind = kind or verdict.kind
    fields = [
        _field("r", format_measure(verdict.reported, kind, locale)),
        _field(
            "c",
            f"{format_measure(verdict.recomputed, kind, locale)} = "
            f"{explain.operation(verdict, locale)}",
        ),
        _field(
            "i",
            f"{format_measure(verdict.low, kind, locale)} – "
            f"{format_measure(verdict.high, kind, locale)}",
        ),
    ]
    fix = explain.note(verdict, locale, unit, searched)
    if fix:
        fields.append(_field("f" if verdict.status == INCONSISTENT else "n", fix))
    return fields


def implied_fields(reported, implied, locale, unit, missing):
    """Return the card of a percentage whose other figure is not given: what it implies."""
    u = f" {unit}" if unit else ""
    return [
        _field("r", format_percent(reported, locale)),
        _field(
            "m",
            f"{missing} ≈ {format_number(implied.value, locale)}{u} "
            f"({format_number(implied.low, locale)} – {format_number(implied.high, locale)})",
        ),
    ]


# --- scan: the text with its findings -------------------------------------------------


def scanned_document(scanner, name=None):
    """Return one scanned text as the report shows it: paragraphs cut into plain text and
    marks, and a card per finding. Finding numbers start at 1 in each document."""
    locale = scanner.locale
    owner = {}  # id(token) → the paragraph it stands in
    for p in scanner.paragraphs:
        for s in p.sentences:
            for t in s.tokens:
                owner[id(t)] = p
                for inner in (getattr(t, "first", None), getattr(t, "second", None)):
                    if inner is not None:
                        owner[id(inner)] = p
    spans: dict[int, list] = {}  # line → [(start, end, kind, finding numbers)]
    findings = []
    for n, f in enumerate(scanner.findings, start=1):
        r = f.reading
        spans.setdefault(r.sentence.paragraph.line, []).append(
            (r.percent.start, r.percent.end, "pct", [n])
        )
        for a in f.operands:
            p = owner.get(id(a))
            if p is not None:
                spans.setdefault(p.line, []).append((a.start, a.end, "op", [n]))
        findings.append(_finding_view(f, n, locale))
    paragraphs = []
    for p in scanner.paragraphs:
        where = _where(scanner, p)
        marks = _merge(spans.get(p.line, []))
        numbers = {n for _s, _e, kind, ns in marks if kind == "pct" for n in ns}
        paragraphs.append(
            {
                "where": where,
                "parts": _cut(p.text, marks),
                "problem": any(findings[n - 1]["verdict"]["code"] in PROBLEMS for n in numbers),
                "headline": p.headline,
            }
        )
    return {
        "name": name or scanner.name,
        "notation": locale,
        "paragraphs": paragraphs,
        "findings": findings,
    }


def _base(name):
    import os

    return os.path.basename(name) or name


def _where(scanner, paragraph):
    places = scanner.places
    if places is not None and 0 < paragraph.line <= len(places):
        return place(places[paragraph.line - 1].where(0))
    return place(f"line {paragraph.line}")


def _finding_view(f, n, locale):
    verdict = verdict_view(f.status)
    if f.verdict is not None:
        fields = verdict_fields(f.verdict, locale, f.unit, searched=False, kind=f.kind)
        recomputed = format_measure(f.verdict.recomputed, f.kind, locale)
        if f.note:  # how the text ties them (the figures are in the line above)
            fields.append(_field("w", f.note))
    else:  # what it implies, and the amounts of the text that would fit; or why not checked
        recomputed = ""
        fields = [_field("r", format_measure(f.reported, f.kind, locale))]
        said = describe_finding(f, locale, subject=False)
        if said:
            fields.append(_field("m" if f.implied is not None else "n", said))
    return {
        "n": n,
        "verdict": verdict,
        "kind": _(f.kind or "?"),
        "reported": format_measure(f.reported, f.kind, locale),
        "recomputed": recomputed,
        "where": place(f.where),
        "excerpt": f.excerpt,
        "fields": fields,
    }


def _merge(spans):
    """Return the spans in order, without overlaps: a percentage wins over an amount, and an
    amount used by several findings is one mark naming them all."""
    merged: dict[tuple, list] = {}
    for start, end, kind, numbers in spans:
        key = (start, end, kind)
        merged.setdefault(key, [])
        merged[key] += [n for n in numbers if n not in merged[key]]
    ordered = sorted(merged.items(), key=lambda item: (item[0][0], item[0][2] != "pct"))
    out: list = []
    for (start, end, kind), numbers in ordered:
        if out and start < out[-1][1]:  # overlaps the mark before it
            continue
        out.append((start, end, kind, numbers))
    return out


def _cut(text, marks):
    """Return the line as parts: plain strings, and marks {text, kind, numbers}."""
    parts: list = []
    at = 0
    for start, end, kind, numbers in marks:
        if start > at:
            parts.append(text[at:start])
        parts.append({"text": text[start:end], "kind": kind, "numbers": numbers})
        at = end
    if at < len(text):
        parts.append(text[at:])
    return parts


def report_title(documents):
    """Return the title of a scan's report: one text's headline, else its file's name, else
    how many files and their names (without their folders)."""
    if len(documents) == 1:
        paragraphs = documents[0]["paragraphs"]
        if paragraphs and paragraphs[0]["headline"]:
            parts = paragraphs[0]["parts"]
            return "".join(p if isinstance(p, str) else p["text"] for p in parts).strip()
    return files_title([d["name"] for d in documents])


def files_title(names):
    """Return a report's title from the files it reads: one file's name, else how many files
    and their names (without their folders, the first five)."""
    from ..core.numbers import count

    names = [_base(n.rstrip("/\\")) for n in names]
    if len(names) == 1:
        return names[0]
    shown = ", ".join(names[:5]) + (", …" if len(names) > 5 else "")
    return f"{count(len(names), _('file'), _('files'))}: {shown}" if names else ""


def scan_report(documents, title, failed=()):
    """Return the whole report of a scan: its title, tally, problems first, documents."""
    problems = [
        (i, f)
        for i, doc in enumerate(documents, start=1)
        for f in doc["findings"]
        if f["verdict"]["code"] in PROBLEMS
    ]
    return {
        "kind": "scan",
        "title": title,
        "tally": tally_view(f["verdict"]["code"] for d in documents for f in d["findings"]),
        "problems": [
            dict(f, doc=i, name=_base(documents[i - 1]["name"]) if len(documents) > 1 else "")
            for i, f in problems
        ],
        "documents": documents,
        "failed": list(failed),
        "legend": legend_view(),
        "rule": rule_text(documents[0]["notation"] if documents else "en"),
    }


# --- verify: the claims with their quotes, and the data's series ------------------------


def verify_report(dataset, outcomes, checked, locale="en"):
    """Return the report of ``verify``: every claim with its quote and card, the sums, and
    the data's series as a table.

    ``outcomes``: the claims as verify checked them (rows.claim_outcomes); ``checked``:
    verify's rows of sums and derived figures.
    """
    from .rows import title

    claims = []
    for n, (claim, outcome) in enumerate(outcomes, start=1):
        if outcome.verdict is not None:
            status = outcome.verdict.status
            fields = verdict_fields(outcome.verdict, locale, dataset.unit)
            recomputed = format_measure(outcome.verdict.recomputed, claim.kind, locale)
        elif outcome.implied is not None:
            status, recomputed = IMPLIED, ""
            fields = implied_fields(
                claim.reported, outcome.implied, locale, dataset.unit, outcome.missing
            )
        else:
            status, recomputed = NO_VERDICT, ""
            fields = [_field("r", format_measure(claim.reported, claim.kind, locale))]
            fields.append(_field("n", outcome.problem or ""))
        reported = format_measure(claim.reported, claim.kind, locale)
        claims.append(
            {
                "n": n,
                "verdict": verdict_view(status),
                "kind": _(claim.kind),
                "claim": _claim_words(claim),
                "reported": reported,
                "recomputed": recomputed,
                "where": place(f"line {claim.line}") if claim.line else "",
                "quote": _cut_quote(claim.quote or "", claim.reported, locale),
                "fields": fields,
            }
        )
    checks = []
    for row in checked:
        unit = f" {row['unit']}" if row.get("unit") else ""
        fields = []
        if row["reported"] is not None:
            fields.append(_field("r", format_number(row["reported"], locale) + unit))
        fields.append(_field("c", format_number(row["recomputed"], locale) + unit))
        fields.append(
            _field(
                "i",
                f"{format_number(row['low'], locale)} – {format_number(row['high'], locale)}",
            )
        )
        if row["note"]:
            fields.append(_field("n", _(row["note"])))
        checks.append(
            {"claim": row["claim"], "verdict": verdict_view(row["verdict"]), "fields": fields}
        )
    return {
        "kind": "verify",
        "title": title(dataset),
        "source": dict(dataset.source),
        "scope": dataset.scope,
        "tally": tally_view([c["verdict"]["code"] for c in claims + checks]),
        "problems": [c for c in claims if c["verdict"]["code"] in PROBLEMS],
        "claims": claims,
        "checks": checks,
        "series": _series_table(dataset, locale),
        "legend": legend_view(),
        "rule": rule_text(locale),
    }


def _claim_words(claim):
    """Return "growth total 2011→2012" with its kind in the language in use."""
    said = claim.describe()
    first, _sep, rest = said.partition(" ")
    return f"{_(first)} {rest}" if first == claim.kind and rest else said


def _cut_quote(quote, reported, locale):
    """Return the quote as parts, its reported percentage marked where it is written."""
    import re

    found = None
    for notation in (locale, "vi" if locale == "en" else "en"):  # a quote keeps its own
        number = re.escape(format_number(reported, notation))
        found = found or re.search(rf"(?<![\d.,]){number}\s*%", quote)
    if found is None:
        return [quote] if quote else []
    return _cut(quote, [(found.start(), found.end(), "pct", [])])


def _series_table(dataset, locale):
    """Return the series as rows under the years, derived values marked."""
    years = dataset.years()
    rows = []
    for key, s in dataset.series.items():
        cells = []
        for y in years:
            value, derived = s.values.get(y), False
            if value is None and (key, y) in dataset.derived:
                value, derived = dataset.derived[key, y].value, True
            cells.append(
                {"value": "" if value is None else format_number(value, locale), "derived": derived}
            )
        rows.append({"key": key, "label": s.label, "cells": cells})
    return {"years": [str(y) for y in years], "rows": rows, "unit": dataset.unit}
