"""Report text in pieces: sentences, clauses, amounts of money with their periods.

What a clause is here: a stretch of a sentence with its own subject — a sentence's head, an
item of a ``Trong đó: …`` list (which lists the parts of the head), or a part between
semicolons. Its *main* amount is the first one not in parentheses: what its subject "là".
Amounts are kept in tỷ đồng with the digits as written (``108,989 tỷ`` → ``108.989``).
"""

import re
import unicodedata

from ..core.errors import KhuyenCongError
from ..core.model import Figure
from ..core.numbers import parse_number

#: unit words → power of ten against tỷ đồng (10⁹ VND), the unit amounts are kept in
_UNITS = {
    "nghìn tỷ": 3,
    "ngàn tỷ": 3,
    "tỷ": 0,
    "tỉ": 0,
    "triệu": -3,
    "nghìn": -6,
    "trillion": 3,
    "billion": 0,
    "million": -3,
}
_HEDGES = (
    "xấp xỉ",
    "khoảng",
    "hơn",
    "gần",
    "trên",
    "dưới",
    "ước",
    "about",
    "around",
    "nearly",
    "almost",
    "over",
    "more than",
    "less than",
    "some",
)
_VI_NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
_EN_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_UNIT_WORDS = "nghìn tỷ|ngàn tỷ|tỷ|tỉ|triệu|trillion|billion|million"
_MONEY = r"(?:\s*(?:đồng|đ\b|VNĐ|VND|dong))?"
_HEDGE = "|".join(sorted((re.escape(h) for h in _HEDGES), key=len, reverse=True))


def _amount_pattern(number):
    return re.compile(
        rf"(?:(?P<hedge>{_HEDGE})\s+)?(?P<num>{number})\s*(?P<unit>{_UNIT_WORDS})(?!\w){_MONEY}"
        rf"|(?:(?P<hedge2>{_HEDGE})\s+)?(?:VND|VNĐ)\s*(?P<num2>{number})\s*"
        rf"(?P<unit2>{_UNIT_WORDS})(?!\w)",
        re.IGNORECASE,
    )


AMOUNT = {"vi": _amount_pattern(_VI_NUMBER), "en": _amount_pattern(_EN_NUMBER)}
PERCENT = {
    "vi": re.compile(rf"(?P<num>[-−]?(?:{_VI_NUMBER}))\s*%"),
    "en": re.compile(rf"(?P<num>[-−]?(?:{_EN_NUMBER}))\s*(?:%|per ?cent\b)", re.I),
}
YEAR = {
    "vi": re.compile(r"\bnăm\s+((?:19|20)\d{2})\b", re.IGNORECASE),
    "en": re.compile(r"(?<![/\d])((?:19|20)\d{2})(?![/\d])"),
}
_BASE_WORDS = re.compile(r"so với|from|compared|than|over|against", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]*\s+(?=[\"“(]*[A-ZĐÀ-Ỹ0-9])|\n\s*\n|\n(?=\s*[-•\d])")
# "Trong đó:" opens a list of the parts of what came before; so does "trong đó" mid-sentence
_LIST_HEAD = re.compile(
    r"\b(?:trong đó|of which)\b\s*[:,]?|\b(?:gồm|bao gồm|including)\s*[:,]", re.IGNORECASE
)


class Amount:
    """An amount of money in the text, in tỷ đồng, with its place, period and wording."""

    __slots__ = ("end", "hedge", "in_parens", "series", "start", "text", "value", "year")

    def __init__(self, value, text, start, end, hedge, in_parens):
        self.value, self.text, self.start, self.end = value, text, start, end
        self.hedge, self.in_parens = hedge, in_parens
        self.year = None
        self.series = None  # the series key it belongs to, for --emit-yaml

    def figure(self):
        return Figure(self.value, name=self.text)


class Clause:
    """A stretch of a sentence with its own subject: a head, a list item, or the whole."""

    __slots__ = ("amounts", "head", "key", "label", "main", "start", "text", "year")

    def __init__(self, text, start, head=None):
        self.text, self.start, self.head = text, start, head
        self.amounts, self.main, self.label, self.key, self.year = [], None, "", None, None


def detect_locale(text):
    """Return ``vi`` when the text reads as Vietnamese (its diacritics), else ``en``."""
    sample = unicodedata.normalize("NFC", text[:20000])
    letters = len(_LETTER.findall(sample))
    marked = len(_VIETNAMESE.findall(sample))
    return "vi" if letters and marked / letters > 0.02 else "en"


_LETTER = re.compile(r"[^\W\d_]")
#: letters with a Vietnamese diacritic: đ, and the precomposed vowels of Latin-1, Latin
#: Extended-A/B and Latin Extended Additional (ạ, ằ, ế, ộ, ư…)
_VIETNAMESE = re.compile(r"[đĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝà-ãè-êìíò-õùúýĂăĨĩŨũƠơƯưẠ-ỹ]")


def number(text, locale):
    text = text.replace("−", "-")
    if locale == "en":
        text = text.replace(",", "")
    return parse_number(text, locale)


def in_parens(text, pos):
    opened = text.rfind("(", 0, pos)
    return opened != -1 and text.rfind(")", opened, pos) == -1


def clauses(sentence, offset, previous=None):
    """Yield the clauses of a sentence: its head and the items of a ``Trong đó:`` list.

    A sentence that opens with ``Trong đó:`` lists the parts of ``previous``, the last
    clause with an amount before it.
    """
    found = _LIST_HEAD.search(sentence)
    if found:
        head_text = sentence[: found.start()]
        if head_text.strip() or previous is None:
            head = Clause(head_text, offset)
            yield head
        else:
            head = previous
        cursor = found.end()
        for part in sentence[found.end() :].split(";"):
            yield Clause(part, offset + cursor, head)
            cursor += len(part) + 1
        return
    cursor = 0
    for part in sentence.split(";"):
        yield Clause(part, offset + cursor)
        cursor += len(part) + 1


def sentences(text):
    cursor = 0
    for m in _SENTENCE_END.finditer(text):
        yield text[cursor : m.start()], cursor
        cursor = m.end()
    if cursor < len(text):
        yield text[cursor:], cursor


_SUBJECT_PREFIX = re.compile(
    r"^\s*(?:theo [^,]*,|trong đó\s*[:,]?|ngoài ra,|bên cạnh đó,)\s*", re.IGNORECASE
)
_SUBJECT_CUT = re.compile(
    r"\s(?:năm\s+\d{4}|được|của|là|đạt|ước|với|in\s+\d{4}|was|were|is|"
    r"reached|totalled|totaled|stood)\b|:",
    re.IGNORECASE,
)


def label(clause_text, main_start):
    """Return the subject of a clause: the words before its main amount, trimmed."""
    subject = _SUBJECT_PREFIX.sub("", clause_text[:main_start])
    cut = _SUBJECT_CUT.search(subject)
    if cut:
        subject = subject[: cut.start()]
    subject = subject.strip(" ,:;-–").strip()
    return subject[:1].upper() + subject[1:] if subject else ""


def slug(words):
    plain = unicodedata.normalize("NFD", words.replace("đ", "d").replace("Đ", "D"))
    plain = "".join(c for c in plain if not unicodedata.combining(c)).lower()
    return "_".join(re.findall(r"[a-z0-9]+", plain))


def excerpt(text, start, end, width=45):
    """Return the words around a percentage, whole words only, within its sentence."""
    sentence_start = max(text.rfind(". ", 0, start) + 2, text.rfind("\n", 0, start) + 1, 0)
    left = max(sentence_start, start - width)
    if left > sentence_start:
        left = text.find(" ", left, start) + 1 or left
    stops = [i for i in (text.find(". ", end), text.find("\n", end)) if i != -1]
    sentence_end = min(stops) + 1 if stops else len(text)
    right = min(sentence_end, end + width)
    if right < sentence_end:
        right = text.rfind(" ", end, right) if text.rfind(" ", end, right) != -1 else right
    piece = " ".join(text[left:right].split())
    return ("…" if left > sentence_start else "") + piece + ("…" if right < sentence_end else "")


def read_clauses(text, locale):
    """Return (clauses, amounts) of a text: every clause with its amounts, main amount, year
    and subject, in text order. A year not said in a clause is carried from the text before.
    """
    out, amounts = [], []
    last_year, previous = None, None
    for sentence, offset in sentences(text):
        for clause in clauses(sentence, offset, previous):
            last_year = _read_clause(clause, last_year, locale)
            amounts.extend(clause.amounts)
            out.append(clause)
            if clause.main is not None and clause.head is None:
                previous = clause
    return out, amounts


def _read_clause(clause, last_year, locale):
    years = [(m.start(), int(m.group(1))) for m in YEAR[locale].finditer(clause.text)]
    for m in AMOUNT[locale].finditer(clause.text):
        num, unit = (
            (m.group("num"), m.group("unit"))
            if m.group("num")
            else (m.group("num2"), m.group("unit2"))
        )
        try:
            value = number(num, locale).scaleb(_UNITS[unit.lower()])
        except KhuyenCongError:
            continue  # not a number in this notation: not an amount
        amount = Amount(
            value,
            " ".join(m.group(0).split()),
            clause.start + m.start(),
            clause.start + m.end(),
            m.group("hedge") or m.group("hedge2"),
            in_parens(clause.text, m.start()),
        )
        before = [y for pos, y in years if pos < m.start()]
        just_after = [
            y
            for pos, y in years
            if m.end() <= pos <= m.end() + 12  # "… in 2013"
            and not _BASE_WORDS.search(clause.text[m.end() : pos])
        ]
        amount.year = just_after[0] if just_after else before[-1] if before else None
        clause.amounts.append(amount)
    clause.main = next((a for a in clause.amounts if not a.in_parens), None)
    if clause.main is not None:
        if clause.main.year is None:
            clause.main.year = clause.head.year if clause.head and clause.head.year else last_year
        clause.year = clause.main.year
        clause.label = label(clause.text, clause.main.start - clause.start)
    elif years:
        clause.year = years[-1][1]
    for amount in clause.amounts:
        if amount.year is None:
            amount.year = clause.year or last_year
    found = clause.year or (years[-1][1] if years else None)
    return found or last_year


def text_inputs(paths):
    """Yield (name, path) for every input: a file, each .txt/.md file of a folder, or
    ("-", None) for standard input."""
    import os

    for path in paths:
        if path == "-":
            yield "<stdin>", None
        elif os.path.isdir(path):
            found = sorted(
                os.path.join(d, f)
                for d, _, files in os.walk(path)
                for f in files
                if f.lower().endswith((".txt", ".md"))
            )
            if not found:
                raise KhuyenCongError("holds no .txt or .md files", path=path)
            for f in found:
                yield f, f
        else:
            yield path, path


def read_text(path, stdin=None):
    """Return the UTF-8 text of ``path`` (or of the binary stream ``stdin`` when path is None),
    refused like a data file when it is missing, binary, not UTF-8 or too large."""
    from ..datafile.load import decode, read_bytes

    if path is None:
        return decode(stdin.read(), "<stdin>")
    return decode(read_bytes(path), path)
