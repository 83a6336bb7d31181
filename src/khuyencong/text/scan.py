"""Report text → checked claims: amounts, percentages, and what the text ties them to.

statcheck for Vietnamese budget reports. The text is cut into sentences and clauses; each
clause has a *main* amount (what its subject "là" / "đạt"), perhaps amounts in parentheses,
and percentages whose wording says what they are:

- ``tăng / giảm X% so với …`` — a growth of the main amount over the amount beside it;
- ``chiếm X% …`` — a share of the main amount in a whole;
- ``đạt / hoàn thành X% kế hoạch, dự toán`` — a rate against the item's own plan;
- ``bằng X% so với cùng kỳ`` — a ratio to last year's amount (X% of it, not a growth of X%).

False alarms are worse than misses, so a percentage gets a verdict only when the text ties
it to its operands without doubt: the amount in parentheses beside it, the amount that
follows it in the same clause, or — for ``chiếm`` — the total that the part is listed under
(``Trong đó: …``). Anything else is "base not in text": the operand it implies, with its
interval, and every amount of the same period in the text (or derived from a ``Trong đó``
list) that would make it consistent. Nothing is dropped: a percentage with no recognised
wording is listed as unpaired.
"""

import re
from decimal import Decimal

from ..core.errors import KhuyenCongError
from ..core.model import Figure
from ..core.numbers import format_number, format_percent
from ..core.verdict import CONSISTENT, INCONSISTENT, TRUNCATED, check, implied
from .passages import PERCENT, YEAR, detect_locale, excerpt, number, read_clauses, slug

#: statuses a finding can have besides the verdicts
BASE_NOT_IN_TEXT = "base not in text"
UNPAIRED = "unpaired"

# wording before a percentage → its kind (the nearest wins)
_KEYWORDS = [
    ("growth+", r"tăng|tăng thêm|up|rose|rise|risen|increased?|grew|growth of|higher"),
    ("growth-", r"giảm|down|fell|fallen|decreased?|declined?|lower|drop(?:ped)?"),
    (
        "share",
        r"chiếm|accounting for|accounted for|accounts? for|making up|made up|makes? up|"
        r"share of",
    ),
    ("rate", r"đạt|hoàn thành|thực hiện|reached|achieved|completed|met"),
    ("ratio", r"bằng|equal to|equivalent to"),
]
_KEYWORD = re.compile(
    "|".join(rf"(?P<k{i}>\b(?:{words})\b)" for i, (_, words) in enumerate(_KEYWORDS)), re.IGNORECASE
)
_PLAN = re.compile(r"kế hoạch|dự toán|chỉ tiêu|\bplan\b|target|budget estimate", re.IGNORECASE)
_SAME_PERIOD = re.compile(r"cùng kỳ|same period", re.IGNORECASE)
_ELSEWHERE = re.compile(
    r"toàn quốc|cả nước|toàn ngành|nationwide|national total|whole country", re.IGNORECASE
)
_TO = re.compile(
    r"(?:\bto|lên|xuống|còn)(?:\s+mức)?\s*(?:"
    + "|".join(
        ("xấp xỉ", "khoảng", "hơn", "gần", "trên", "dưới", "about", "around", "nearly", "over")
    )
    + r")?\s*$",
    re.IGNORECASE,
)
_COMPARED = re.compile(r"so với|compared (?:with|to)|from|over|against", re.IGNORECASE)


class Finding:
    """One percentage of the text: what it is, what it was checked against, and the verdict."""

    def __init__(self, file, line, excerpt, kind, reported, text):
        self.file, self.line, self.excerpt = file, line, excerpt
        self.kind, self.reported, self.text = kind, reported, text
        self.status = UNPAIRED
        self.verdict = None  # a Verdict when the text ties both operands
        self.operands = ()  # the Amounts used
        self.implied = None  # an Implied figure when one operand is missing
        self.missing = ""  # what the missing operand is, in words
        self.candidates = []  # text describing amounts that would make it consistent
        self.note = ""
        self.claim = None  # the claim for --emit-yaml (a dict in the data file's schema)
        self.searched = False  # whether amounts of the text were tried as the missing one
        self.used = {}  # (series, year) → the value the finding used, for the draft

    @property
    def recomputed(self):
        return self.verdict.recomputed if self.verdict is not None else None


class Scanner:
    """Reads one text; ``findings`` are its percentages, ``document()`` a draft data file."""

    def __init__(self, text, name="-", locale=None, mode="any"):
        self.text, self.name = text, name
        self.locale = locale or detect_locale(text)
        self.mode = mode
        self.clauses = []
        self.amounts = []
        self.findings = []
        self._keys = {}
        self._series = {}  # key → {"label":…, "values": {year: Decimal}, "parts": [...]}
        self._read()

    # --- reading ----------------------------------------------------------------------

    def _read(self):
        self.clauses, self.amounts = read_clauses(self.text, self.locale)
        self._name_series()
        for clause in self.clauses:
            self._read_percentages(clause)
        self._derive_lists()

    def _name_series(self):
        """Give each clause with a main amount a series key from its label's own words."""
        labelled = [c for c in self.clauses if c.main is not None]
        common = None
        for c in labelled:
            words = set(slug(c.label).split("_"))
            common = words if common is None else common & words
        self._common = (common or set()) if len(labelled) > 1 else set()
        for c in labelled:
            c.key = self._unique(self._key_words(c.label), c.label)
            c.main.series = c.key
            self._value(c.key, c.label, c.main)

    _STOP = frozenset({"cua", "nam", "va", "cac", "nhung", "duoc", "the", "of", "and", "in", "a"})

    def _key_words(self, label, fallback="series"):
        """Return a series key: the label's distinctive words (diacritics dropped), four at most."""
        label = re.sub(r"\b(?:năm|in)\s+\d{4}\b", "", label)
        words = [
            w
            for w in slug(label).split("_")
            if w and w not in self._common and w not in self._STOP and not w.isdigit()
        ]
        return "_".join(words[:5]) or slug(label)[:30].strip("_") or fallback

    def _unique(self, key, label):
        key = key if key[:1].isalpha() else f"s_{key}"
        if self._keys.get(key, label) == label:
            self._keys[key] = label
            return key
        n = 2
        while f"{key}_{n}" in self._keys and self._keys[f"{key}_{n}"] != label:
            n += 1
        self._keys[f"{key}_{n}"] = label
        return f"{key}_{n}"

    def _value(self, key, label, amount):
        series = self._series.setdefault(key, {"label": label or key, "values": {}})
        if amount is not None and amount.year is not None:
            series["values"].setdefault(amount.year, amount.value)

    def _derive_lists(self):
        """Declare head = sum of items for every ``Trong đó`` list of two or more items."""
        for head in self.clauses:
            items = [c for c in self.clauses if c.head is head and c.key]
            parts = list(dict.fromkeys(c.key for c in items if c.key != head.key))
            if head.key and len(parts) >= 2:
                self._series[head.key]["parts"] = parts

    # --- percentages -------------------------------------------------------------------

    def _read_percentages(self, clause):
        marks = list(PERCENT[self.locale].finditer(clause.text))
        for i, m in enumerate(marks):
            try:
                reported = number(m.group("num"), self.locale)
            except KhuyenCongError:
                continue
            start, end = clause.start + m.start(), clause.start + m.end()
            before = clause.text[marks[i - 1].end() if i else 0 : m.start()]
            after = clause.text[m.end() : marks[i + 1].start() if i + 1 < len(marks) else None]
            kind = self._kind(before)
            line = self.text.count("\n", 0, start) + 1
            finding = Finding(
                self.name,
                line,
                excerpt(self.text, start, end),
                kind,
                reported,
                " ".join(m.group(0).split()),
            )
            self.findings.append(finding)
            if kind is None:
                finding.note = "no wording ties this percentage to a growth, share or rate"
                continue
            getattr(self, "_" + kind.rstrip("+-"))(finding, clause, m.start(), after, kind)

    def _kind(self, before):
        words = before[-60:]
        hits = list(_KEYWORD.finditer(words))
        if not hits:
            return None
        last = hits[-1]
        index = int(next(k for k, v in last.groupdict().items() if v)[1:])
        return _KEYWORDS[index][0]

    def _following(self, clause, pos, after):
        """Return the first amount in the words after a percentage (before the next one)."""
        limit = clause.start + pos + len(after) + 12
        return next((a for a in clause.amounts if clause.start + pos < a.start <= limit), None)

    def _growth(self, finding, clause, pos, after, kind):
        new = (
            clause.main
            if clause.main is not None and clause.main.start < clause.start + pos
            else None
        )
        if kind == "growth-" and finding.reported > 0:
            finding.reported = -finding.reported  # "giảm 5%" is a growth of −5%
        finding.kind = "growth"
        base_year = self._base_year(after, clause)
        old = self._following(clause, pos, after)
        if new is None:  # "giảm 3,5% xuống còn 96,5 tỷ …", "fell 3.5% to 96.5 billion from 100"
            later = [a for a in clause.amounts if a.start > clause.start + pos]
            lead = self.text[clause.start + pos : later[0].start] if later else ""
            if later and _TO.search(lead):
                new, old = later[0], (later[1] if len(later) > 1 else None)
        if old is not None and old.year is None:
            old.year = base_year
        if new is None:
            finding.note = "no amount before it to grow from"
            return
        if old is not None:
            if old.year == new.year:
                old.year = base_year
            self._tie(finding, "growth", new, old, "the amount beside it")
            if clause.key:
                self._value(clause.key, clause.label, old)
                old.series = clause.key
                self._claim(
                    finding,
                    "growth",
                    clause.key,
                    None,
                    old.year,
                    new.year,
                    {(clause.key, new.year): new, (clause.key, old.year): old},
                )
            return
        self._missing(finding, "growth", "old", new, base_year, self._in_year(clause, base_year))
        if clause.key and base_year and base_year != new.year:
            self._claim(
                finding,
                "growth",
                clause.key,
                None,
                base_year,
                new.year,
                {(clause.key, new.year): new},
            )

    def _in_year(self, clause, year):
        """Return words for the clause's subject in another year: "Vốn năm 2012"."""
        if not year:
            return "the base"
        word = "năm" if self.locale == "vi" else "in"
        return f"{clause.label or 'it'} {word} {year}"

    def _base_year(self, after, clause):
        compared = _COMPARED.search(after)
        phrase = after[compared.end() :] if compared else after
        year = YEAR[self.locale].search(phrase)
        if year:
            return int(year.group(1))
        if _SAME_PERIOD.search(after) and clause.year:
            return clause.year - 1
        return clause.year - 1 if clause.year else None

    def _share(self, finding, clause, pos, after, kind):
        part = (
            clause.main
            if clause.main is not None and clause.main.start < clause.start + pos
            else None
        )
        whole_words = re.split(r",|;|\(| và | and ", after, maxsplit=1)[0].strip(" .")
        whole_words = re.sub(r"^(?:của|of the|of)\s+", "", whole_words, flags=re.IGNORECASE)
        if part is None:
            finding.note = "no amount before it to be a part"
            return
        beside = self._following(clause, pos, after)
        if beside is not None:
            self._tie(finding, "share", part, beside, "the amount beside it")
            key = self._whole_series(whole_words, beside)
            self._claim(
                finding,
                "share",
                clause.key,
                key,
                part.year,
                {(clause.key, part.year): part, (key, part.year): beside},
            )
            return
        if (
            _ELSEWHERE.search(whole_words) is None
            and clause.head is not None
            and clause.head.main is not None
            and clause.head.year == part.year
        ):
            whole = clause.head.main
            self._tie(finding, "share", part, whole, "the total it is listed under")
            self._claim(
                finding,
                "share",
                clause.key,
                clause.head.key,
                part.year,
                {(clause.key, part.year): part, (clause.head.key, part.year): whole},
            )
            return
        self._missing(finding, "share", "whole", part, part.year, whole_words or "the whole")
        key = self._whole_series(whole_words, None)
        self._claim(finding, "share", clause.key, key, part.year, {(clause.key, part.year): part})

    def _whole_series(self, words, amount):
        label = words[:1].upper() + words[1:] if words else "Whole"
        key = self._unique(self._key_words(label, "whole"), label)
        self._value(key, label, amount)
        return key

    def _rate(self, finding, clause, pos, after, kind):
        plan = self._following(clause, pos, after)
        main = (
            clause.main
            if clause.main is not None and clause.main.start < clause.start + pos
            else None
        )
        own_plan = bool(_PLAN.search(after) or _PLAN.search(clause.text[:pos]))
        finding.kind = "rate"
        what = "its own plan" if own_plan else "its target"
        if main is not None and plan is not None and plan.in_parens:
            self._tie(finding, "share", main, plan, "the plan beside it")
        elif main is not None:  # the item's own plan: never another item's amount
            self._missing(finding, "share", "whole", main, None, what)
        elif plan is not None:
            self._missing(finding, "share", "part", plan, plan.year, "the amount achieved")
        else:
            finding.note = "no amount in its clause"
            return
        words = re.split(r",|;|\(", after, maxsplit=1)[0].strip(" .")
        base_key = clause.key
        if base_key is None:
            base_key = self._unique(self._key_words(words, "achieved"), f"Thực hiện: {words}")
            self._series.setdefault(base_key, {"label": f"Thực hiện: {words}", "values": {}})
        # one plan series per finding: two rates never share a plan by sharing words
        plan_key = self._unique(f"{base_key}_plan", f"Kế hoạch: {words} #{len(self.findings)}")
        self._series.setdefault(plan_key, {"label": f"Kế hoạch: {words}", "values": {}})
        if plan is not None and plan in finding.operands and plan.year is not None:
            self._series[plan_key]["values"].setdefault(plan.year, plan.value)
        year = (main or plan).year
        if year is not None:
            used = {(base_key, year): main} if main is not None else {}
            if plan in finding.operands:
                used[(plan_key, year)] = plan
            self._claim(finding, "share", base_key, plan_key, year, used)

    def _ratio(self, finding, clause, pos, after, kind):
        if _PLAN.search(after):
            return self._rate(finding, clause, pos, after, kind)
        main = (
            clause.main
            if clause.main is not None and clause.main.start < clause.start + pos
            else None
        )
        other = self._following(clause, pos, after)
        finding.kind = "ratio"
        if main is None:
            finding.note = "no amount before it"
            return
        base_year = self._base_year(after, clause)
        if other is not None:
            self._tie(finding, "share", main, other, "the amount beside it")
        else:
            self._missing(
                finding, "share", "whole", main, base_year, self._in_year(clause, base_year)
            )
        finding.note = (
            finding.note + "; " if finding.note else ""
        ) + f"a ratio ({format_percent(finding.reported, self.locale)} of the base), not a growth"

    # --- checking ------------------------------------------------------------------------

    def _tie(self, finding, kind, a, b, how):
        finding.operands = (a, b)
        try:
            finding.verdict = check(kind, a.figure(), b.figure(), finding.reported, self.mode)
        except KhuyenCongError as e:
            finding.note = e.message
            return
        finding.status = finding.verdict.status
        hedged = [x.text for x in (a, b) if x.hedge]
        finding.note = f"against {how}"
        if hedged:
            finding.note += f"; rests on a hedged amount ({', '.join(hedged)})"

    def _missing(self, finding, kind, role, known, year, what):
        finding.status = BASE_NOT_IN_TEXT
        finding.operands = (known,)
        finding.missing = what
        try:
            finding.implied = implied(kind, role, known.figure(), finding.reported, self.mode)
        except KhuyenCongError as e:
            finding.note = e.message
            return
        fits = []
        for other in self._candidates(year, known) if year is not None else ():
            a, b = (known.figure(), other) if role in ("old", "whole") else (other, known.figure())
            try:
                if check(kind, a, b, finding.reported, self.mode).consistent:
                    fits.append(other.name)
            except KhuyenCongError:
                continue
        finding.candidates = fits
        finding.searched = year is not None
        if known.hedge:
            finding.note = f"rests on a hedged amount ({known.text})"

    def _candidates(self, year, exclude):
        """Return Figures for every amount of ``year`` in the text, and the derived ones."""
        out, seen = [], set()
        for a in self.amounts:
            if a is not exclude and a.year == year and year is not None and a.value not in seen:
                seen.add(a.value)
                out.append(Figure(a.value, name=a.text))
        for head in self.clauses:
            items = [c for c in self.clauses if c.head is head and c.main is not None]
            if head.main is None or len(items) < 2:
                continue
            for whole in [a for a in head.amounts if a.year == year]:
                known = [self._amount_of(c, year) for c in items]
                if sum(k is None for k in known) != 1:
                    continue
                others = [k for k in known if k is not None]
                value = whole.value - sum((k.value for k in others), Decimal(0))
                interval = Figure(whole.value).interval
                for k in others:
                    interval = interval - Figure(k.value).interval
                text = " − ".join([self._fmt(whole.value)] + [self._fmt(k.value) for k in others])
                out.append(Figure(value, interval, f"{text} = {self._fmt(value)}"))
        return out

    def _amount_of(self, clause, year):
        return next((a for a in clause.amounts if a.year == year), None)

    def _fmt(self, value):
        return format_number(value, self.locale)

    def _claim(self, finding, kind, series, of, year, end=None, used=None):
        """Record the claim a finding makes, for the draft data file, if it can stand there.

        ``used`` maps (series, year) to the Amount the finding used there: the draft keeps
        the claim only if the file says the same (a series may have met another amount).
        """
        if series is None or (kind == "share" and finding.reported < 0):
            return
        if any(a.value == 0 for a in finding.operands):
            return  # a zero amount may be the base: nothing can be checked against it
        finding.used = {where: a.value for where, a in (used or {}).items()}
        claim = {kind: series}
        if kind == "growth":
            if year is None or end is None or year >= end:
                return
            claim.update({"from": year, "to": end})
        else:
            if of is None or of == series or year is None:
                return
            claim.update({"of": of, "year": year})
        claim["reported"] = finding.reported
        claim["quote"] = finding.excerpt
        finding.claim = claim

    # --- output -----------------------------------------------------------------------------

    def document(self, title=None):
        """Return a draft data file (a document in the data file's schema) for the text."""
        from .draft import draft_document

        return draft_document(self, title)


def scan_text(text, name="-", locale=None, mode="any"):
    """Return the Scanner of one text (its ``findings`` and ``document()``)."""
    return Scanner(text, name, locale, mode)


__all__ = [
    "BASE_NOT_IN_TEXT",
    "CONSISTENT",
    "INCONSISTENT",
    "TRUNCATED",
    "UNPAIRED",
    "Finding",
    "Scanner",
    "scan_text",
]
