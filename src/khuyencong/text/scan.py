"""Report text → findings: every percentage, what the text ties it to, and the verdict.

statcheck for Vietnamese budget reports. The text is read into paragraphs, sentences and
clauses (reading.py); each percentage is read from its verb and object and tied to its
operands by its own sentence (rules.py), or by its context: a list's total, a table's row,
a headline's body (context.py). Those ties may give any verdict. A weak tie — a total or
plan named by the same words elsewhere in the text — may only confirm.

False alarms are worse than misses: a percentage is called inconsistent only when the text
ties it to its operands without doubt, and not when a hedged amount ("hơn", "gần",
"khoảng") could explain it. Anything else is "base not in text": the operand it implies,
with its interval, and the amounts of the text that would fit. Nothing is dropped: a
percentage with no recognised wording is listed as unpaired.
"""

from bisect import bisect_left, bisect_right
from fractions import Fraction

from ..core.errors import KhuyenCongError
from ..core.i18n import _
from ..core.model import Figure
from ..core.numbers import decimals, format_number, format_percent, ratio_to_decimal
from ..core.relations import (
    YearlyVerdict,
    form_interval,
    form_point,
    hedged_verdict,
    range_verdict,
)
from ..core.verdict import (
    CONSISTENT,
    INCONSISTENT,
    NO_VERDICT,
    TRUNCATED,
    Verdict,
    implied,
)
from . import context, ellipsis, evidence, figures, labels, lists, periods, points, ranges, yearly
from . import words as w
from .evidence import BASE_NOT_IN_TEXT, UNPAIRED
from .reading import normalize, read
from .roles import roles
from .rules import Reading, read_sentence
from .tables import tie_tables
from .ties import tie_in_passage
from .tokens import Amount, is_money

_FORM_KIND = {
    "growth": "growth",
    "yearly": "growth",
    "rise": "growth",
    "fall": "growth",
    "ratio": "share",
    "times": "times",
}
_MISSING_ROLE = {
    "old": ("growth", "old"),
    "new": ("growth", "new"),
    "whole": ("share", "whole"),
    "plan": ("share", "whole"),
    "base": ("share", "whole"),
    "achieved": ("share", "part"),
    "part": ("share", "part"),
}

#: the kind of percentage whose subjects cannot be a missing operand of this role
_SUBJECT_OF = {
    "old": "growth",
    "new": "",  # a current level may be several growths' (against two periods)
    "base": "share",
    "whole": "share",
    "plan": "rate",
    "achieved": "",
    "part": "",
}


class Finding:
    """One percentage of the text: what it is, what it was checked against, and the verdict."""

    def __init__(self, file, reading, excerpt):
        p = reading.percent
        self.file, self.line, self.excerpt = file, reading.sentence.paragraph.line, excerpt
        self.kind, self.reported, self.text = reading.kind, p.value, p.text
        self.reading = reading
        self.status = UNPAIRED
        self.verdict = None  # a Verdict when the text ties both operands
        self.operands = ()  # the Amounts used
        self.implied = None  # an Implied figure when one operand is missing
        self.missing = ""  # what the missing operand is, in words
        self.candidates = []  # text describing amounts that would make it consistent
        self.note = reading.note
        self.unit = ""  # the unit of an implied amount, as the text writes it
        self.where = f"line {self.line}"  # where it stands in its document
        self.claim = None  # the claim for --emit-yaml
        self.searched = False
        self.hits: dict = {}  # {value: amount} of the passage that meet its implied interval

    @property
    def recomputed(self):
        return self.verdict.recomputed if self.verdict is not None else None


class Scanner:
    """Reads one text; ``findings`` are its percentages, ``document()`` a draft data file."""

    def __init__(self, text, name="-", locale=None, mode="any", places=None):
        from .language import detect_locale, notation_clash

        self.text = normalize(text)
        self.places = places  # for each line, where it stands in its document (a Block)
        self.name = name
        detected = detect_locale(self.text)
        if locale is not None and locale != detected and notation_clash(self.text, locale):
            raise KhuyenCongError(
                f"reads as {'Vietnamese' if detected == 'vi' else 'English'} notation, not "
                f"--locale {locale}: numbers like '27,97%' would be misread; use --locale "
                f"{detected} (or leave --locale out)",
                path=name,
            )
        self.locale = locale or detected
        self.mode = mode
        self.paragraphs = read(self.text, self.locale)
        #: every sentence, at its index: the one before a sentence is sentences[index - 1]
        self.sentences = [s for p in self.paragraphs for s in p.sentences]
        self.roles = {}
        self.years = periods.years(self.paragraphs)
        self.readings = []
        self.findings = []
        self._read()

    def _read(self):
        previous, previous_main = None, None
        for p in self.paragraphs:
            for s in p.sentences:
                self.roles.update(roles(s))
                readings = read_sentence(s, previous_main)
                listing = None
                for i, r in enumerate(readings):
                    if r.kind == "share" and r.strength is None and r.clause.listed:
                        if listing is None:
                            near = self.sentences[max(0, s.index - 3) : s.index]
                            listing = lists.Listing(s, s.list_head or previous, near)
                        before = self.readings[-40:] + readings[max(0, i - 40) : i]
                        lists.tie_list(r, listing, self.roles, before)
                self.readings.extend(readings)
                # "con số này" names the sentence before's amount only where it has one, said
                # plainly or as the level a change led to ("jumped 27 percent to $119.5
                # billion. That accounted for …")
                plain = {
                    t.value: t
                    for t in s.tokens
                    if isinstance(t, Amount) and self.roles.get(id(t)) in ("plain", "new")
                }
                if plain:
                    previous_main = next(iter(plain.values())) if len(plain) == 1 else None
                previous = s
        ellipsis.respectively(self.readings)
        ellipsis.share_comparisons(self.readings)
        yearly.share_comparison(self.readings)  # "gấp 1,74 lần …, bình quân tăng 11,7%/năm"
        ellipsis.inherit_objects(self.readings)
        tie_tables(self.paragraphs, self.readings, self.locale)
        self.catalog = context.Catalog(self.paragraphs)
        self.parts: dict[int, set] = {}  # sentence → the parts of its shares
        self.by_sentence: dict[int, list] = {}
        self._reading_starts: dict[int, list] = {}  # by_sentence's places, when asked
        self._sentences_near: dict[int, list] = {}  # the sentences in reach, when asked
        self.base_period: dict[int, tuple] = {}  # a year before's amounts, by sentence
        self.item_words: dict[int, frozenset | set] = {}  # what an amount's words name
        self.stated_as_plan: dict[int, bool] = {}  # whether an amount's words say a plan
        self.said: dict[tuple, frozenset] = {}  # what a reading's words say of its subject
        self.list_totals: dict[int, tuple | None] = {}  # a sentence's list's total, if asked
        self.split_wholes: dict[int, Amount] = {}  # the sum its shares split, by sentence
        self.growth_bases: dict[int, frozenset] = {}  # the growths' bases near a sentence
        self.tied = {  # the bases and plans strongly tied (a share's whole is neither)
            id(r.b) for r in self.readings if r.strength == "strong" and r.b and r.kind != "share"
        }
        self.subjects: dict[str, set] = {}  # kind → the amounts that are its subjects
        self.plan_parts: set | None = None  # the amounts listed as parts of a plan (elsewhere)
        self.share_wholes: dict | None = None  # a share's words → the wholes tied to them
        self.share_whole_ids: frozenset | None = None  # the ids of those wholes
        self.whole_of: dict | None = None  # a strongly tied share's part → its whole
        self.listed_sums: dict[tuple, object] = {}  # a sentence's unnamed shares' parts, summed
        self.first_of_unit: dict[tuple, object] = {}  # a sentence's first amount of a unit
        self.claims: dict[int, int] = {}  # a sentence's percentages that claim amounts
        for r in self.readings:
            self.by_sentence.setdefault(r.sentence.index, []).append(r)
            if r.a is not None and r.kind is not None:
                self.subjects.setdefault(r.kind, set()).add(id(r.a))
            if r.kind == "share" and r.a is not None:
                self.parts.setdefault(id(r.sentence), set()).add(id(r.a))
        for r in self.readings:
            tie_in_passage(self, r)
        context.headline(self.readings)
        ranges.take_ties(self.readings)
        for r in self.readings:
            self.findings.append(self._judge(r))
        ranges.follow(self.findings)
        lists.corroborate(self.findings, self._judge)
        lists.jointly(self.findings, self._agreed)

    def sentences_near(self, r):
        """Return the indexes, in order, of the sentences within reach of a reading (found
        once for each sentence that is no longer than the catalog's reach in characters)."""
        short = r.sentence.end - r.sentence.start <= context.CHARS
        found = self._sentences_near.get(r.sentence.index) if short else None
        if found is None:
            at = None if short else r.percent.start
            near = {e.sentence.index for e in self.catalog.near(r.sentence, at)}
            near.add(r.sentence.index)
            found = sorted(near)
            if short:
                self._sentences_near[r.sentence.index] = found
        return found

    def readings_near(self, index, r):
        """Return the readings of sentence ``index``: of r's own sentence, only those within
        CHARS characters of it (found by bisection, so that a sentence of thousands of
        percentages is read in time linear in its length)."""
        found = self.by_sentence.get(index, [])
        if index != r.sentence.index or len(found) < 2:
            return found
        starts = self._reading_starts.get(index)
        if starts is None:
            starts = self._reading_starts[index] = [x.percent.start for x in found]
        lo = bisect_left(starts, r.percent.start - context.CHARS)
        return found[lo : bisect_right(starts, r.percent.start + context.CHARS)]

    def document(self, title=None):
        """Return a draft data file (a document in the data file's schema) for the text."""
        from .draft import draft_document

        return draft_document(self, title)

    def amounts(self):
        """Return every amount of the text, in order."""
        return [
            t
            for p in self.paragraphs
            for s in p.sentences
            for t in s.tokens
            if isinstance(t, Amount)
        ]

    def _judge(self, r):
        yearly.adjust(r)  # "tăng bình quân 20,6%/năm": over the years between its amounts
        f = Finding(self.name, r, excerpt(r))
        if self.places is not None and 0 < f.line <= len(self.places):
            f.where = self.places[f.line - 1].where(r.percent.start)
        if r.kind == "points":
            found = points.rates_compared(r)
            if found is not None:
                later, earlier, sign = found
                points.check(f, r, later, earlier, sign, self.mode)
            return f
        if r.kind is None or r.kind == "other":
            return f
        if r.a is not None and r.b is not None and r.form is not None:
            self._check(f, r)
        elif r.missing:
            self._missing(f, r)
        else:
            f.status, f.note = BASE_NOT_IN_TEXT, f.note or _("the text gives none of its amounts")
        return f

    def _check(self, f, r):
        a, b = r.a, r.b
        f.operands = (a, b)
        problem = _unusable(a) or _unusable(b)
        if problem is None and a.unit != b.unit:
            problem = _("its amounts are in different units ({a}, {b})").format(a=a.text, b=b.text)
        bare = b if a.scaled else a  # "VND 528,000" beside "VND 7.7 million": written out
        if problem is None and is_money(a) and a.scaled != b.scaled and bare.value < 1000:
            problem = _(
                "'{amount}' has no scale word (tỷ, triệu…) beside amounts that do: a slip?"
            ).format(amount=bare.text)
        interval = (
            None
            if problem
            else form_interval(r.form, figures.literal(a), figures.literal(b), r.years)
        )
        if interval is None:
            f.status = BASE_NOT_IN_TEXT
            f.note = problem or _("a denominator may be zero at the amounts' precision")
            return
        reported = r.percent.value
        status = hedged_verdict(interval, reported, r.percent.hedge, self.mode)
        span = ranges.bounds(r.percent)  # a low end is judged on its range alone
        ranged = span is not None and (status == INCONSISTENT or r.percent.high is not None)
        if span is not None and ranged:  # "tăng 1,5-2,1%": the range, not 2,1% alone
            status = range_verdict(interval, span[0], span[1], self.mode)
            ranged = status != INCONSISTENT
        hedged = [x.text for x in (a, b) if x.hedge]
        against = _("against {how}").format(how=r.how)
        note = r.how if r.strength == evidence.AGREEMENT else against
        if ranged:
            note += _("; within the range the text gives ({low}–{high})").format(
                low=format_number(span[0], self.locale), high=(r.percent.high or r.percent).text
            )
        if status == INCONSISTENT and hedged:
            loose = form_interval(r.form, figures.loose(a), figures.loose(b), r.years)
            if (
                loose is not None
                and hedged_verdict(loose, reported, r.percent.hedge, self.mode) != INCONSISTENT
            ):
                status = NO_VERDICT
                note += _("; the hedge of {amounts} allows it").format(amounts=", ".join(hedged))
        elif hedged:
            note += _("; rests on a hedged amount ({amounts})").format(amounts=", ".join(hedged))
        num, den = form_point(r.form, a.value, b.value, r.years)
        swapped = None
        if r.strength == evidence.WEAK and status == INCONSISTENT:  # "đạt 98,9%" for 89,9%
            swapped = evidence.transposed(
                reported,
                interval,
                lambda v: hedged_verdict(interval, v, None, self.mode) != INCONSISTENT,
            )
        if swapped is not None:
            note += _("; the amounts give {value}, its digits with two swapped").format(
                value=format_number(swapped, self.locale)
            )
        if not evidence.allowed(r.strength, status, reported, Fraction(num, den), swapped):
            f.status = BASE_NOT_IN_TEXT
            places = decimals(reported) + (2 if r.form == "times" else 0)  # "2,05 lần"
            shown = format_percent(ratio_to_decimal(num, den, places), self.locale, places)
            if r.form == "times":
                shown = _("{value} times").format(value=shown.removesuffix("%"))
            f.note = _("{how} would make it {value}: not tied without doubt, so not judged").format(
                how=r.how, value=shown
            )
            f.operands = (a,)
            return
        if status == NO_VERDICT:
            f.status, f.note = NO_VERDICT, note
            return
        kind = _FORM_KIND[r.form]
        if a.power == b.power and a.said_unit == b.said_unit:  # in the unit both are written in
            fa, fb = figures.as_written(a), figures.as_written(b)
            f.unit = a.said_unit
        else:
            fa, fb = (
                Figure(a.value, figures.literal(a), a.text),
                Figure(b.value, figures.literal(b), b.text),
            )
        f.verdict = (YearlyVerdict if r.form == "yearly" else Verdict)(
            kind,
            fa,
            fb,
            reported,
            self.mode,
            interval,
            form_point(r.form, a.value, b.value, r.years),
            status,
        )
        if r.form == "yearly":
            f.verdict.years = r.years
        f.status = status
        f.note = note if not r.note else f"{note}; {r.note}"

    def _then(self, r):
        """Return words for the subject of a growth in the period it is compared with."""
        # the words before the level, or before the percentage when the level follows it
        # ("revenue edged up 2.1 per cent to VND31.6 trillion")
        said = ""
        if r.a is not None:
            said = labels.subject(r.a if r.a.start < r.percent.start else r.percent, r.sentence)
        said = said or _("the amount")
        prior = w.period_before(r.object)  # "so với tháng trước": not a year ago
        if prior is not None:
            return f"{said} {prior[1]}"
        year = self.years.get(id(r.sentence))
        compared = periods.compared_year(r)
        if year is None and compared is None:
            return _("{subject} in the period compared with").format(subject=said)
        word = "năm" if self.locale == "vi" else "in"
        return f"{said} {word} {compared or periods.base_year(r, year)}"

    def _missing(self, f, r):
        f.status = BASE_NOT_IN_TEXT
        known = r.a if r.a is not None else r.b
        f.missing = {
            "old": self._then(r),
            "new": _("the level it reached"),
            "whole": r.object or _("the whole"),
            "plan": r.object or _("its plan"),
            "base": self._then(r),
            "achieved": _("the amount achieved"),
            "part": _("the part"),
        }[r.missing]
        if known is None or _unusable(known) or r.kind == "times":
            f.note = f.note or _("the text gives none of its amounts")
            return
        f.operands = (known,)
        f.unit = known.said_unit
        kind, role = _MISSING_ROLE[r.missing]
        if r.kind == "excess" and r.missing == "plan":  # "vượt X% kế hoạch": plan·(1 + X%)
            kind, role = "growth", "old"
        try:  # in the unit the known amount was written in
            f.implied = implied(kind, role, Figure(known.written), r.percent.value, self.mode)
        except KhuyenCongError as e:
            f.note = e.message
            return
        f.searched = True
        others = [
            e.amount
            for e in self.catalog.near(r.sentence, r.percent.start)
            if e.amount is not known and e.amount.unit == known.unit and not _unusable(e.amount)
        ]
        others += context.derived(r, self.by_sentence)
        offered = [(x.value, figures.in_unit(x, known.power), x) for x in others]
        for _value, stands_for, x in offered:
            if f.implied.interval.meets(stands_for) and x.text not in f.candidates:
                f.candidates.append(x.text)
        if known.hedge:
            f.note = _("rests on a hedged amount ({amount})").format(amount=known.text)
        # an amount the text measures as this kind's subject cannot be its operand (a current
        # level is no base, a part no whole, an amount achieved no plan), nor can one item's
        # base or plan, tied to its own percentage, be another's
        measured = self.subjects.get(_SUBJECT_OF[r.missing], set())
        tied = self.tied if r.missing in ("old", "plan", "new") else ()  # tied to another
        # (the two text-long sets are looked into, never joined: joining them for each
        # percentage would make the cost grow with the square of the text)
        offered = [o for o in offered if id(o[2]) not in measured and id(o[2]) not in tied]
        f.hits = evidence.hits(f.implied.interval, offered)
        match = evidence.lone_match(f.implied.interval, f.hits)
        if match is not None and not known.hedge and not match.hedge:
            self._agreed(f, r, known, match)

    def _agreed(self, f, r, known, match, how=None):
        """Check a percentage against the one figure of the passage its implied interval
        meets: the verdict may only confirm (evidence.py)."""
        form = "growth" if r.missing in ("old", "new") or r.kind == "excess" else "ratio"
        a, b = (match, known) if r.missing in ("achieved", "new", "part") else (known, match)
        line = self.catalog.line_of(match) if not isinstance(match, context.Derived) else f.line
        how = (
            how
            or _(
                "confirmed by agreement with {amount} (line {line}): the only figure of the "
                "text in the interval it implies"
            )
        ).format(amount=match.text, line=line)
        r.tie(form, a, b, how, evidence.AGREEMENT)
        r.missing = ""
        kept = f.implied, f.candidates, f.missing
        self._check(f, r)
        if f.status == BASE_NOT_IN_TEXT:  # not confirmed: say what was implied, as before
            f.implied, f.candidates, f.missing = kept
            f.operands = (known,)
        else:
            f.implied, f.candidates, f.missing = None, [], ""


def _unusable(a):
    if a.garbled:
        return _("'{amount}' is garbled ({why})").format(amount=a.text, why=_(a.garbled))
    if a.value is None or a.value <= 0:
        return _("'{amount}' is not a positive amount").format(amount=a.text)
    return None


def excerpt(r, width=45):
    """Return the words around a percentage, whole words only, within its sentence."""
    s, p = r.sentence, r.percent
    text = s.paragraph.text
    left = max(s.start, p.start - width)
    if left > s.start:
        left = text.find(" ", left, p.start) + 1 or left
    right = min(s.end, p.end + width)
    if right < s.end:
        cut = text.rfind(" ", p.end, right)
        right = cut if cut != -1 else right
    piece = " ".join(text[left:right].split())
    return ("…" if left > s.start else "") + piece + ("…" if right < s.end else "")


def scan_text(text, name="-", locale=None, mode="any", places=None):
    """Return the Scanner of one text (its ``findings`` and ``document()``).

    ``places``: for each line of the text, an object whose ``where(offset)`` names where it
    stands in its document ("page 3, line 12"); by default, "line N".
    """
    return Scanner(text, name, locale, mode, places)


__all__ = [
    "BASE_NOT_IN_TEXT",
    "CONSISTENT",
    "INCONSISTENT",
    "NO_VERDICT",
    "TRUNCATED",
    "UNPAIRED",
    "Finding",
    "Reading",
    "Scanner",
    "scan_text",
]
