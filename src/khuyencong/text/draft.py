"""Findings → a draft data file in the schema ``verify`` reads (``scan --emit-yaml``).

Each amount a finding used becomes a value of a series named for its subject; a growth is a
series over two years, a share, rate or ratio a share of one series in another, a rise or
fall said with its change ("tăng X%, tương ứng D") a relation whose derived figure carries
the rounding of both amounts. A list whose items add up to its total declares them as
parts. Values keep their precision: every amount is written in the largest unit the draft
uses, its decimal point moved, never rounded (2 nghìn tỷ and 108,989 tỷ → 2 and 0.108989
nghìn tỷ đồng).
"""

import re
from collections import Counter

from ..core.errors import KhuyenCongError
from ..core.i18n import _
from ..core.numbers import count
from . import context, labels, periods
from .reading import Sentence
from .tokens import SCALES

_UNIT_WORDS = {"VND": "đồng", "USD": "USD"}


def draft_document(scanner, title=None):
    """Return a draft data file (a document in the data file's schema) for the text."""
    used = [
        f
        for f in scanner.findings
        if f.operands and f.reading.form != "times" and not f.reading.how.startswith("the headline")
    ]
    units = Counter(a.unit for f in used for a in f.operands if a.unit in _UNIT_WORDS)
    if not units:
        raise KhuyenCongError(_("no amounts found to draft a data file from"), path=scanner.name)
    currency = units.most_common(1)[0][0]
    used = [f for f in used if all(a.unit == currency for a in f.operands)]
    power = max(a.power for f in used for a in f.operands)
    book = _Book(scanner, power)
    for f in used:
        book.add(f)
    book.lists(scanner)
    covered = {year for series in book.series.values() for year in series.get("values", {})}
    # a growth whose base year no series has cannot be checked, nor derived: left out
    book.claims = [c for c in book.claims if "growth" not in c or c["from"] in covered]
    if not book.series:
        raise KhuyenCongError(_("no amounts found to draft a data file from"), path=scanner.name)
    first_line = next((line.strip() for line in scanner.text.splitlines() if line.strip()), "")
    scale = next((w for w, p in SCALES.items() if p == power), "")
    skipped = len(scanner.findings) - len(book.claims)
    note = "drafted by khuyencong scan: check the years and labels"
    if skipped:
        note += f"; {count(skipped, 'finding')} not drafted (other units, no year)"
    doc: dict = {
        "source": {
            "title": title or first_line[:200] or scanner.name,
            "file": scanner.name,
            "note": note,
        },
        "unit": f"{scale} {_UNIT_WORDS[currency]}".strip(),
        "series": book.series,
    }
    if book.claims:
        doc["claims"] = book.claims
    return doc


class _Book:
    def __init__(self, scanner, power):
        self.scanner, self.power = scanner, power
        self.series, self.claims, self.keys = {}, [], {}
        self.years = periods.years(scanner.paragraphs)

    def key(self, amount, suffix=""):
        if id(amount) in self.keys:
            return self.keys[id(amount)]
        sentence = _sentence_of(amount, self.scanner.paragraphs)
        said = labels.subject(amount, sentence) if sentence else ""
        words = [
            w for w in re.findall(r"[a-z0-9]+", _slug(said)) if not w.isdigit() and w not in _STOP
        ][-4:]
        base = "_".join(words) or "amount"
        key = base + suffix
        n = 2
        while key in self.series:
            key, n = f"{base}{suffix}_{n}", n + 1
        self.series[key] = {"label": said or key, "values": {}}
        self.keys[id(amount)] = key
        return key

    def value(self, key, year, amount):
        values = self.series[key]["values"]
        written = amount.value.scaleb(-self.power)
        if values.get(year, written) != written:
            return False
        values[year] = written
        return True

    def add(self, f):
        r = f.reading
        year = self.years.get(id(r.sentence))
        if year is None:
            return
        a = f.operands[0]
        b = f.operands[1] if len(f.operands) > 1 else None
        reported = r.percent.value
        if r.kind == "growth" or (r.form in ("growth", "rise", "fall") and r.kind != "excess"):
            start = periods.base_year(r, year)
            key = self.key(a)
            if not self.value(key, year, a):
                return
            if b is not None and r.form == "growth":
                if not self.value(key, start, b):
                    return
            elif b is not None and r.form in ("rise", "fall"):
                then = key + "_then"
                self.series[then] = {
                    "label": f"{self.series[key]['label']} + mức thay đổi",
                    "values": {start: a.value.scaleb(-self.power)},
                }
                change = self.key(b, "_change")
                self.value(change, start, b)
                if r.form == "rise":  # this year's amount = last year's + the rise
                    self.series[then]["parts"] = [key, change]
                else:  # last year's = this year's amount + the fall
                    self.series[key]["parts"] = [then, change]
            self.claims.append(
                {
                    "growth": key,
                    "from": start,
                    "to": year,
                    "reported": reported,
                    "quote": f.excerpt,
                    "note": f.where,
                }
            )
            return
        if a is None or r.missing == "achieved":
            return
        key = self.key(a)
        if not self.value(key, year, a):
            return
        whole = (
            self.key(b, "_plan" if r.kind in ("rate", "excess") else "_whole")
            if b
            else (self._unnamed(key, f))
        )
        if b is not None and not self.value(whole, year, b):
            return
        kind = {"rate": "rate", "excess": "excess", "ratio": "ratio"}.get(r.kind, "share")
        if reported < 0 and kind != "excess":
            return  # "chiếm … -5 %": no data file holds a negative share; scan said so
        self.claims.append(
            {
                kind: key,
                "of": whole,
                "year": year,
                "reported": reported,
                "quote": f.excerpt,
                "note": f.where,
            }
        )

    def _unnamed(self, key, f):
        whole = f"{key}_of"
        n = 2
        while whole in self.series:
            whole, n = f"{key}_of_{n}", n + 1
        said = f.missing or f.reading.object or "whole"
        self.series[whole] = {"label": said[:1].upper() + said[1:]}
        return whole

    def lists(self, scanner):
        """Declare a list's items as parts of its total where they add up to it."""
        from ..core.interval import Interval

        previous = None
        for p in scanner.paragraphs:
            for s in p.sentences:
                found = context.list_total(s, previous)
                previous = s
                if found is None or id(found[0]) not in self.keys:
                    continue
                total = found[0]
                items = []
                for c in s.clauses:
                    if c.listed:
                        first = next(
                            (t for t in c.tokens if id(t) in self.keys and t is not total), None
                        )
                        if first is not None:
                            items.append(first)
                if len(items) < 2 or any(i.unit != total.unit for i in items):
                    continue
                parts = Interval.total([Interval.unround(i.value) for i in items])
                if parts.meets(Interval.unround(total.value)):
                    self.series[self.keys[id(total)]]["parts"] = [self.keys[id(i)] for i in items]


def _sentence_of(amount, paragraphs) -> Sentence | None:
    for p in paragraphs:
        for s in p.sentences:
            if any(t is amount for t in s.tokens):
                return s
            for t in s.tokens:
                if getattr(t, "first", None) is amount or getattr(t, "second", None) is amount:
                    return s
    return None


_STOP = frozenset(
    ["cua", "va", "cac", "nhung", "duoc", "the", "of", "and", "in", "a", "an", "to", "tong"]
)


def _slug(words):
    from .content import plain

    return plain(words)
