"""Report text → paragraphs, sentences and clauses, each with its tokens.

Text arrives as it was published: sentences glued together ("2019.Theo"), abbreviations
("TP. Hồ Chí Minh", "U.S."), bullets, a headline without a full stop, tables pasted as
rows of ``|`` or tabs. A paragraph is a line; a headline is a first line with no full stop
that a longer text follows; a table row is a line of three or more cells.
"""

import itertools
import re
import unicodedata
from bisect import bisect_left, bisect_right

from . import ranges, tables
from .language import line_locale
from .tokens import Amount, Percent, Slash, amounts, percents

#: words that end with a full stop without ending a sentence
_ABBREVIATIONS = re.compile(
    r"(?:\b(?:TP|TS|ThS|PGS|GS|Mr|Mrs|Ms|Dr|St|No|Co|Ltd|Inc|Corp|vs|etc|Q|U\.S|U\.K|e\.g|i\.e|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Tr|tr)"  # "1.245 Tr.USD": triệu
    r"|\b[A-Z])\.$"
)
#: a capital letter of Vietnamese or English (not "À-Ỹ", which runs over the small letters
#: too: "1.245 tr.đ" is no sentence's end)
_CAPITAL = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
_SENTENCE_END = re.compile(
    rf"(?<=[.!?…])[\"”’)\]]*(?:\s+|(?=[{_CAPITAL}]))(?=[\"“(\[•\-–]*\s*[{_CAPITAL}0-9])"
)
_CELL = re.compile(r"\s*\|\s*|\t+")
#: what opens a list of the parts of the amount before it
LIST_HEAD = re.compile(
    r"(?:^|[\s,.;:(])(?P<word>trong đó|trong số (?:đó|này)|bao gồm|gồm|cụ thể|of which|"
    r"of this|(?<=[.;:]\s)of that|of these|of them|of whom|among them|among these|of the total|"
    r"including|"
    # "Phân theo nguồn vốn: …", "Chia theo khu vực kinh tế: …": a total broken down
    r"(?:phân|chia) theo [^\d,;:.]{1,30}?(?=\s*:))\b\s*[:,]?",
    re.IGNORECASE,
)


class Clause:
    """A stretch of a sentence between semicolons (or after a list head), with its tokens."""

    __slots__ = ("end", "listed", "sentence", "slash", "start", "starts", "tokens")

    def __init__(self, sentence, start, end, listed, starts=None):
        self.sentence, self.start, self.end = sentence, start, end
        self.slash = False  # its A/B pairs and where they end, once asked (pairs.py)
        self.listed = listed  # whether it lies in a list of the parts of a total
        starts = starts if starts is not None else [t.start for t in sentence.tokens]
        lo, hi = bisect_left(starts, start), bisect_left(starts, end)
        self.tokens = sentence.tokens[lo:hi]
        self.starts = starts[lo:hi]

    def between(self, lo, hi):
        """Return the clause's tokens that start in [lo, hi), found by bisection: a clause
        of thousands of percentages is read in time linear in its length."""
        return self.tokens[bisect_left(self.starts, lo) : bisect_left(self.starts, hi)]

    def before(self, pos):
        """Return the index just past the clause's last token that starts before ``pos``."""
        return bisect_left(self.starts, pos)

    @property
    def text(self):
        return self.sentence.paragraph.text[self.start : self.end]


class Sentence:
    """One sentence of a paragraph: its place, its tokens and its clauses."""

    __slots__ = (
        "_clause_starts",
        "_starts",
        "clauses",
        "end",
        "first_whole",
        "index",
        "item_shares",
        "items",
        "list_at",
        "list_head",
        "paragraph",
        "start",
        "tokens",
        "verb_starts",
        "verbs",
        "whole_shares",
    )

    def __init__(self, paragraph, start, end, index):
        self.paragraph, self.start, self.end, self.index = paragraph, start, end, index
        self.tokens = []
        self.clauses = []
        self.list_at = None  # where a list of parts opens, if one does
        self.list_head = None  # the line a bulleted item is listed under ("…, gồm:"), if any
        self.items = []  # of such a head, the sentences of its items
        self.item_shares = None  # what their shares in parentheses are (lists.py), found once
        self.whole_shares = None  # whether those after its first whole fit in it (lists.py)
        self.verbs = None  # the verbs of the sentence, found when first asked (rules.py)
        self.verb_starts: list[int] = []
        self.first_whole = None  # its first amount said as a whole (rules.py)
        self._starts = None
        self._clause_starts = None

    def clause_at(self, pos):
        """Return the clause ``pos`` lies in, or None, found by bisection."""
        if self._clause_starts is None or len(self._clause_starts) != len(self.clauses):
            self._clause_starts = [c.start for c in self.clauses]
        at = bisect_right(self._clause_starts, pos) - 1
        if at >= 0 and pos < self.clauses[at].end:
            return self.clauses[at]
        return None

    def beside(self, clause, step):
        """Return the clause ``step`` places from one of the sentence's (−1: the one before),
        or None, found by bisection."""
        if self._clause_starts is None or len(self._clause_starts) != len(self.clauses):
            self._clause_starts = [c.start for c in self.clauses]
        at = bisect_left(self._clause_starts, clause.start) + step
        return self.clauses[at] if 0 <= at < len(self.clauses) else None

    def back(self, pos):
        """Yield the sentence's tokens that start before ``pos``, nearest first, found by
        bisection: a sentence of thousands of amounts is read in time linear in its
        length, as long as each caller stops after the few it needs."""
        if self._starts is None or len(self._starts) != len(self.tokens):
            self._starts = [t.start for t in self.tokens]
        for i in range(bisect_left(self._starts, pos) - 1, -1, -1):
            yield self.tokens[i]

    def ahead(self, pos):
        """Yield the sentence's tokens that start at or after ``pos``, nearest first (by
        bisection, as ``back``)."""
        if self._starts is None or len(self._starts) != len(self.tokens):
            self._starts = [t.start for t in self.tokens]
        for i in range(bisect_left(self._starts, pos), len(self.tokens)):
            yield self.tokens[i]

    def first_after(self, pos):
        """Return the first token that starts at or after ``pos``, or None (by bisection)."""
        if self._starts is None or len(self._starts) != len(self.tokens):
            self._starts = [t.start for t in self.tokens]
        at = bisect_left(self._starts, pos)
        return self.tokens[at] if at < len(self.tokens) else None

    def last_before(self, pos):
        """Return the last token that starts before ``pos``, or None."""
        return next(self.back(pos), None)

    @property
    def text(self):
        return self.paragraph.text[self.start : self.end]

    def amounts(self):
        return [t for t in self.tokens if isinstance(t, Amount)]


class Paragraph:
    """A line of the text (offsets are within it), its sentences, and whether it is a
    headline or a table row."""

    __slots__ = ("headline", "line", "offset", "sentences", "table", "text")

    def __init__(self, text, offset, line):
        self.text, self.offset, self.line = text, offset, line
        self.sentences = []
        self.headline = False
        self.table = None  # the cells, for a table row


def normalize(text):
    """Return the text NFC-normalised, with non-breaking and odd spaces made plain."""
    text = unicodedata.normalize("NFC", text)
    return (
        re.sub(r"[\u00a0\u2007\u202f\u2009]", " ", text).replace("\r\n", "\n").replace("\r", "\n")
    )


def _sentence_spans(text):
    cursor = 0
    for m in _SENTENCE_END.finditer(text):
        head = text[cursor : m.start()]
        if _ABBREVIATIONS.search(head) or (
            re.search(r"\d[.]$", head) and text[m.end() : m.end() + 1].isdigit()
        ):
            continue
        yield cursor, m.start()
        cursor = m.end()
    if cursor < len(text):
        yield cursor, len(text)


def read(text, locale):
    """Return the paragraphs of ``text`` with their sentences, clauses and tokens."""
    paragraphs, offset, currency, counted = [], 0, None, None
    index = 0
    in_percent: set[int] = set()  # the columns a table's header says are in percent
    for number, line in enumerate(text.split("\n"), start=1):
        p = Paragraph(line, offset, number)
        offset += len(line) + 1
        if not line.strip():
            continue
        cells = (
            _CELL.split(line.strip().strip("|")) if (line.count("|") >= 2 or "\t" in line) else []
        )
        p.table = cells if len(cells) >= 2 and sum(bool(c.strip()) for c in cells) >= 2 else None
        own = line_locale(line, locale)  # a line in the other language keeps its notation
        row = tables.cells(line) if p.table is not None else []
        if not row or tables.header_row(row, own):
            in_percent = tables.percent_columns(row) if row else set()
        in_cells = tables.cell_percents(row, in_percent, own) if row and in_percent else []
        in_cells.sort(key=lambda t: t.start)
        cell_starts = [t.start for t in in_cells]
        for start, end in _sentence_spans(line):
            s = Sentence(p, start, end, index)
            index += 1
            found, currency = amounts(s.text, own, currency, counted)
            # the last count said, which "Of these, 157,200 were …" counts again
            counted = next((t for t in reversed(found) if _counts(t)), counted)
            for t in found + ranges.marked(percents(s.text, own), s.text, own):
                _shift(t, start)
                if row and re.search(r"[\t|]", line[t.start : t.end]):
                    continue  # "2024\t% change": a number and the next cell's sign
                s.tokens.append(t)
            # "118,0" under "Tỷ lệ (%)": a percentage, not an amount (found by bisection, so
            # that a line of thousands of cells is read in time linear in its length)
            lo, hi = bisect_left(cell_starts, start), bisect_left(cell_starts, end)
            if hi > lo:
                here, at = in_cells[lo:hi], cell_starts[lo:hi]
                s.tokens = [x for x in s.tokens if not _in_cell(x, here, at)] + here
            s.tokens.sort(key=lambda t: t.start)
            _clauses(s)
            p.sentences.append(s)
        paragraphs.append(p)
    _mark_headline(paragraphs)
    _mark_bullets(paragraphs)
    return paragraphs


#: a line that opens with a bullet or a number: "- ", "+ ", "• ", "1. ", "a) "
_BULLET = re.compile(r"\s*(?:[-+•*–]|\d{1,2}[.)]|[a-zđ][.)])\s+")


def _mark_bullets(paragraphs):
    """Mark the lines that open with a bullet right under a line that ends with a colon
    ("Kim ngạch xuất khẩu đạt 3.420 triệu USD, trong đó:", "- Hoa Kỳ: 1.128 triệu USD
    (33,0%)"): each is a list of the parts of that line's total, as a list said in one
    sentence after "trong đó" is."""
    head = None
    for p in paragraphs:
        if p.table is not None or not p.sentences:
            head = None
            continue
        if head is not None and _BULLET.match(p.text):
            for s in p.sentences:
                s.list_head = head
                head.items.append(s)
                if s.list_at is None:  # (its own "trong đó" lists within it)
                    s.list_at = s.start
                    for c in s.clauses:
                        c.listed = True
            continue
        head = None
        if p.text.rstrip().endswith(":"):  # "…, trong đó:"; "… 14.236 tỷ đồng. Cụ thể như
            # sau:": its last sentence that says an amount
            said = [s for s in p.sentences if any(isinstance(t, Amount) for t in s.tokens)]
            head = said[-1] if said else p.sentences[-1]


def _in_cell(token, cells, starts):
    """Whether a token starts inside one of ``cells`` (Percents in order of place, which
    start at ``starts``)."""
    at = bisect_right(starts, token.start) - 1
    return at >= 0 and token.start < cells[at].end


def _counts(token):
    """Whether a token is an amount that counts things ("233,400 … enterprises")."""
    return isinstance(token, Amount) and token.unit not in ("VND", "USD", "?")


def _shift(token, by):
    token.start += by
    token.end += by
    if isinstance(token, Slash):
        for t in (token.first, token.second):
            t.start += by
            t.end += by


#: list heads only where they open a sentence: "Of these, 157,200 were …", not "most of
#: them", "… of the total revenue"
_OPENING_ONLY = frozenset(
    ["of this", "of these", "of them", "among them", "among these", "of the total"]
)


def _clauses(sentence):
    """Cut a sentence at semicolons outside parentheses; a list head cuts it too."""
    text, base = sentence.text, sentence.start
    head = LIST_HEAD.search(text)
    if head and head.group("word").lower() in _OPENING_ONLY and head.start("word") > 2:
        head = None  # "… accounting for 87.4 percent of the total revenue" lists nothing
    listed_from = None
    if head:
        before = [t for t in sentence.tokens if t.start < base + head.start("word")]
        # a list of parts: of an amount said before it, or of the last sentence's total
        if any(isinstance(t, (Amount, Slash)) for t in before) or head.start("word") <= 2:
            listed_from = head.end()
            sentence.list_at = base + head.start("word")
            part = before[-1] if before else None
            if (
                isinstance(part, Amount)
                and head.group("word").lower() in ("of which", "of whom")
                and not text[part.end - base : head.start("word")].strip()
                and re.match(r"\s*(?:,|or\b)", text[head.end("word") :])  # not "A of which B"
                and len(before) > 1
            ):  # "Some 6,520 hectares …, 4,210 hectares of which, or 64.6 percent, …": the
                # part said before "of which" opens the list
                listed_from = part.start - base
                sentence.list_at = part.start
    depth, cuts = 0, [0]
    for i, ch in enumerate(text):
        depth += ch == "("
        depth -= ch == ")" and depth > 0
        if ch == ";" and depth == 0 and not _NUMBER_RUN.match(text, max(0, i - 1)):
            cuts.append(i + 1)  # not inside a run of numbers: "chiếm 25,0; 16,4 và 58,6%"
    if listed_from is not None and listed_from not in cuts:
        cuts.append(listed_from)
        cuts.sort()
    cuts.append(len(text))
    starts = [t.start for t in sentence.tokens]  # in order: each clause is a slice of them
    for a, b in itertools.pairwise(cuts):
        if b > a:
            listed = listed_from is not None and a >= listed_from
            sentence.clauses.append(Clause(sentence, base + a, base + b, listed, starts))


#: a semicolon between two numbers of a run
_NUMBER_RUN = re.compile(r"\d;\s*\d")


def _mark_headline(paragraphs):
    """The first line is a headline when it has no full stop and a longer text follows."""
    if len(paragraphs) < 2:
        return
    first = paragraphs[0]
    text = first.text.strip()
    if first.table is None and len(text) < 200 and not text.endswith((".", ":", ";")):
        first.headline = True


__all__ = ["Amount", "Clause", "Paragraph", "Percent", "Sentence", "normalize", "read"]
