"""What a sentence leaves out, found in its context: a list's total, a headline's body, a
table's rows, and — weakly — a total or plan named by the same words elsewhere.

Strong ties (a list under its total, a table row, a headline restating its body) may give
any verdict. A weak tie — the words of a percentage's object met again in the subject of an
amount of the same unit and period — can only confirm: if it does not fit, the finding is
"base not in text", naming what was tried.
"""

import re
from bisect import bisect_left, bisect_right
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

from ..core.i18n import _
from ..core.interval import Interval
from . import words as w
from .content import content_words, plain
from .labels import label, money_words, subject
from .language import detect_locale
from .periods import compatible, period, year_after
from .tokens import Amount, Percent, Slash


def list_total(sentence, previous):
    """Return the total a sentence's list lists the parts of, or None: the first plain amount
    before its list head, or that of the sentence before when the list opens the sentence;
    of its first part's unit ("của 28 tỉnh, thành phố … là 108,989 tỷ đồng. Trong đó: …
    44,485 tỷ đồng": the money, not the count of provinces); not the whole the sentence
    opens with ("Trong 5.000 tỷ đồng vốn được giao, … giải ngân 1.850 tỷ đồng, trong đó …")
    when another amount of that unit follows it."""
    if sentence.list_at is None:
        return None
    part = next(
        (t for t in sentence.tokens if isinstance(t, Amount) and t.start >= sentence.list_at),
        None,
    )
    for s in (sentence, sentence.list_head or previous):
        if s is None:
            continue
        stop = sentence.list_at if s is sentence else s.end
        # a bulleted list's head may say its total in parentheses: "Cơ cấu thị trường xuất
        # khẩu (tổng kim ngạch 3.420 triệu USD):"
        aside = s is sentence.list_head
        found = [
            t
            for t, pair in _counted(s.tokens)
            if t.start < stop
            and t.value is not None
            and (aside or pair or not t.in_parens)
            and not t.garbled
        ]
        alike = [t for t in found if part is None or t.unit == part.unit]
        semi = s.paragraph.text.rfind(";", s.start, stop) if s is sentence else -1
        if semi >= 0 and any(t.start > semi for t in alike):
            # "… đạt 62.400 tỷ đồng; tổng dư nợ 71.850 tỷ đồng, …, trong đó …": the total of
            # the list's own clause, not the sentence's first
            alike = [t for t in alike if t.start > semi]
        if len(alike) > 1 and alike[0] is s.first_whole:
            alike = alike[1:]  # "Trong 5.000 tỷ đồng …, giải ngân 1.850 tỷ đồng, trong đó …"
        if alike or found:
            return (alike or found)[0], s
    return None


def _counted(tokens):
    """Yield (amount, whether a pair's) for a sentence's amounts, and for a pair written A/B
    the part it counts, in parentheses or not ("98/121 xã
    đạt chuẩn, trong đó 32 xã …": the list is of the 98; "72% (1.080/1.500 người), trong
    đó …": of the 1.080)."""
    for t in tokens:
        if isinstance(t, Amount):
            yield t, False
        elif isinstance(t, Slash):
            yield t.first, True


#: how far a weak tie may reach: paragraphs before and after the percentage's own, and
#: within them sentences (a text of one paragraph, or one line, is not read as a whole)
REACH_BEFORE, REACH_AFTER = 8, 4
SENTENCES_BEFORE, SENTENCES_AFTER = 40, 20
CHARS = 8000


#: a year, then "when" and the words before an amount: "that of 2023, when the province
#: received", "năm 2023, khi đó tỉnh đón"
_WHEN_WORD = re.compile(r"when|khi|lúc")  # a cheap test first: most labels have none
_YEAR_WHEN = re.compile(r"\b((?:19|20)\d\d),\s*(?:when|khi(?: đó)?|lúc đó)\b[^,;.()%]*$", re.I)


class Entry:
    """An amount with what a weak tie compares: its subject's words and its period."""

    __slots__ = ("amount", "index", "label", "net", "period", "sentence", "words")

    def __init__(self, amount, index, sentence, said, when, after=""):
        self.amount, self.index, self.sentence = amount, index, sentence
        # (the words right after an amount of money name it too: "2,9 tỷ USD vốn cấp mới")
        self.label, self.words, self.period = said, content_words(said + after), when
        # what it is said net of ("Nếu không kể thu tiền sử dụng đất, …"), or None
        net = w.NET_OF.search(said)
        self.net = (
            content_words(re.split(r"[,;:]", said[net.end() :], maxsplit=1)[0]) if net else None
        )


class Catalog:
    """Every amount of a text, read once: where it is, its subject's words and its period.

    Weak ties and candidate amounts look only within a reach of paragraphs around a
    percentage, so the cost of a text grows with its length, not with its square.
    """

    def __init__(self, paragraphs):
        self.paragraphs = paragraphs
        self.by_paragraph: list[list[Entry]] = [[] for _ in paragraphs]
        self.ordinals: list[list[int]] = [[] for _ in paragraphs]  # each entry's sentence's
        self.starts: list[list[int]] = [[] for _ in paragraphs]  # each entry's place
        self.sentence_of, self.index_of, self.ordinal_of, self.labels = {}, {}, {}, {}
        self.after: dict[int, str] = {}  # the words right after an amount of money
        ordinal = 0
        for i, p in enumerate(paragraphs):
            for s in p.sentences:
                self.index_of[id(s)], self.ordinal_of[id(s)] = i, ordinal
                when = period(s.text)
                for t in s.tokens:
                    for x in (t, getattr(t, "first", None), getattr(t, "second", None)):
                        if x is not None:
                            self.sentence_of[id(x)] = s
                    # "112/128 xã" states the 128 communes there are: a whole others may take
                    x = t.second if isinstance(t, Slash) else t
                    if isinstance(x, Amount):
                        said = label(x, s)
                        self.labels[id(x)] = said
                        self.after[id(x)] = after_words = money_words(x, s)
                        # "targets VND 13.5 trillion for 2025": of the period said right after
                        after = year_after(p.text, x.end)
                        inner = said[said.rfind("(") + 1 :] if x.in_parens else ""
                        # "… that of 2023, when the province received B": the year "when" is of
                        said_when = _WHEN_WORD.search(said) and _YEAR_WHEN.search(said)
                        when_said = (  # "(kế hoạch năm 2023: P)": the year its parentheses say
                            period(inner)
                            or (said_when and ("year", int(said_when.group(1))))
                            or period(said)
                            or (after and ("year", after))
                            or when
                        )
                        self.by_paragraph[i].append(Entry(x, i, s, said, when_said, after_words))
                        self.ordinals[i].append(ordinal)
                        self.starts[i].append(t.start)
                ordinal += 1
        head = paragraphs[0].text if paragraphs else ""
        self.regional = bool(_REGION.search(head)) and not w.ELSEWHERE.search(head)

    def near(self, sentence, at=None):
        """Yield the entries within reach of a sentence (of the place ``at`` in its
        paragraph, when given), nearest paragraphs first: at most REACH paragraphs,
        SENTENCES sentences and CHARS characters away, each found by bisection — so that
        neither a paragraph of thousands of sentences nor a sentence of thousands of
        amounts makes the cost grow with the square of the text."""
        i, k = self.index_of[id(sentence)], self.ordinal_of[id(sentence)]
        lo, hi = max(0, i - REACH_BEFORE), min(len(self.paragraphs), i + REACH_AFTER + 1)
        here = (sentence.start, sentence.end) if at is None else (at, at)
        for j in sorted(range(lo, hi), key=lambda j: abs(j - i)):
            ordinals, size = self.ordinals[j], len(self.paragraphs[j].text)
            first = bisect_left(ordinals, k - SENTENCES_BEFORE)
            last = bisect_right(ordinals, k + SENTENCES_AFTER)
            if size > CHARS:  # a long paragraph: only what lies within CHARS of here
                if j == i:
                    window = (here[0] - CHARS, here[1] + CHARS)
                else:
                    window = (size - CHARS, size) if j < i else (0, CHARS)
                first = max(first, bisect_left(self.starts[j], window[0]))
                last = min(last, bisect_right(self.starts[j], window[1]))
            yield from self.by_paragraph[j][first:last]

    def of_sentence(self, sentence):
        """Return the entries of a sentence's amounts, found by bisection."""
        i, k = self.index_of[id(sentence)], self.ordinal_of[id(sentence)]
        ordinals = self.ordinals[i]
        return self.by_paragraph[i][bisect_left(ordinals, k) : bisect_right(ordinals, k)]

    def around(self, amount, k):
        """Return the entries of at most ``k`` amounts on each side of an amount of the text,
        in its sentence and the next of its paragraph, found by bisection."""
        sentence = self.sentence_of.get(id(amount))
        if sentence is None:
            return []
        i, o = self.index_of[id(sentence)], self.ordinal_of[id(sentence)]
        lo, hi = bisect_left(self.ordinals[i], o), bisect_right(self.ordinals[i], o + 1)
        at = bisect_left(self.starts[i], amount.start, lo, hi)
        return self.by_paragraph[i][max(lo, at - k) : min(hi, at + k + 1)]

    def period_of(self, amount):
        """Return the period an amount of the text is read of (None: none said)."""
        sentence = self.sentence_of.get(id(amount))
        entries = self.of_sentence(sentence) if sentence is not None else []
        return next((e.period for e in entries if e.amount is amount), None)

    def label_of(self, amount):
        """Return the words before an amount of the text in its clause ("" if not listed)."""
        return self.labels.get(id(amount), "")

    def named_by(self, amount):
        """Return the words that name an amount: those before it, and for money those right
        after it ("gồm 2,9 tỷ USD vốn cấp mới, …")."""
        return self.labels.get(id(amount), "") + self.after.get(id(amount), "")

    def line_of(self, amount):
        s = self.sentence_of.get(id(amount))
        return s.paragraph.line if s is not None else None


def search(r, catalog, roles, role_needed, parts=frozenset()):
    """Return the amounts within reach that the reading's object names, best first (weak)."""
    known = r.a if r.a is not None else r.b
    if known is None or known.value is None:
        return []
    wanted = content_words(r.object) or content_words(r.head)
    mine = period(r.head)
    elsewhere = w.ELSEWHERE.search(r.object)
    scored = []
    for e in catalog.near(r.sentence, r.percent.start):
        t = e.amount
        if t is known or t.value is None or t.garbled or id(t) in parts:
            continue  # a part of another share is no whole
        if t.unit != known.unit or roles.get(id(t)) not in role_needed:
            continue
        if "whole" in role_needed and t.value <= known.value:
            continue
        if not compatible(mine, e.period):
            continue
        if (
            elsewhere
            and not w.ELSEWHERE.search(e.label)
            and (catalog.regional or _REGION.search(e.label))
        ):
            continue  # "… toàn quốc" in a region's report: not one of its own totals
        score = len(wanted & e.words)
        if score:
            distance = abs(
                t.start
                + e.sentence.paragraph.offset
                - r.percent.start
                - r.sentence.paragraph.offset
            )
            scored.append((-score, -_common_run(r.object, e.label), distance, t))
    scored.sort(key=lambda x: x[:3])
    return [x[3] for x in scored]


_REGION = re.compile(
    r"khu vực|vùng|\btỉnh\b|thành phố|địa bàn|\bcục\b|region|province", re.IGNORECASE
)


def _common_run(a, b):
    """Return the length of the longest run of words two phrases share."""
    x, y = plain(a).split(), plain(b).split()
    best = 0
    for i in range(len(x)):
        for j in range(len(y)):
            k = 0
            while i + k < len(x) and j + k < len(y) and x[i + k] == y[j + k]:
                k += 1
            best = max(best, k)
    return best


def derived(r, by_sentence):
    """Return [Derived]: a list item's missing base as its total's base less the other
    items' ("85,170 − 32,946 = 52,224"), or its missing plan as its total's plan less the
    other items' ("Tổng thu … bằng 95,4% dự toán (12.940 tỷ đồng). Trong đó: thu nội địa
    …, bằng 93,2% dự toán; thu xuất nhập khẩu …, vượt 6,5% dự toán (2.090 tỷ đồng)":
    12.940 − 2.090), when the list gives all the others."""
    if r.kind not in ("growth", "rate", "excess") or not r.clause.listed or r.a is None:
        return []
    wanted = _growth_of_base if r.kind == "growth" else _against_plan
    s = r.sentence
    items = [c for c in s.clauses if c.listed]
    if len(items) > _DERIVED_MOST:
        return []  # (bounded: a list of thousands of items is read in time linear in it)
    readings = by_sentence.get(s.index, []) + by_sentence.get(s.index - 1, [])
    found = list_total(s, None) or _previous_total(s, readings)
    if found is None:
        return []
    total = found[0]
    head = next((x for x in readings if x.a is total and wanted(x)), None)
    bases = []
    for c in items:
        if c is r.clause:
            continue
        got = next((x for x in readings if x.clause is c and wanted(x)), None)
        if got is None:
            return []
        bases.append(got.b)
    if head is None or not bases or any(b.unit != head.b.unit for b in bases):
        return []
    value = head.b.value
    interval = Interval.unround(head.b.value)
    for b in bases:  # not sum(): it starts from int 0 and would drop the exponent
        value -= b.value
        interval = interval - Interval.unround(b.value)
    if value <= 0:
        return []
    written = " − ".join([number_of(head.b)] + [number_of(b) for b in bases])
    shown = written_like(value.scaleb(-head.b.power), head.b, detect_locale(s.paragraph.text))
    return [Derived(f"{written} = {shown}", head.b, value, interval)]


#: the most items a list may have for an item's base or plan to be derived from the others
_DERIVED_MOST = 12


def _growth_of_base(x):
    return x.kind == "growth" and x.form == "growth"


def _against_plan(x):
    """Whether a reading is a rate tied by its sentence to its own plan ("bằng 95,4% dự toán
    (12.940 tỷ đồng)", "vượt 6,5% dự toán (2.090 tỷ đồng)")."""
    return x.kind in ("rate", "excess") and x.b is not None and x.strength == "strong"


class Derived(Amount):
    """A figure worked out from amounts of the text, with the interval their rounding
    allows (wider than its own last digit's): it stands where the text would state it."""

    __slots__ = ("interval",)

    def __init__(self, text, like, value, interval):
        super().__init__(
            text, like.start, like.end, value, like.unit, power=like.power, said_unit=like.said_unit
        )
        self.interval = interval


def derive(first, rest, locale, minus=False):
    """Return ``first`` plus (or, with ``minus``, less) the amounts ``rest``, as a Derived
    amount with the interval their roundings allow together, written as the sum is said:
    "120 + 80 + 60 = 260", "9.850 − 7.500 = 2.350" (in the notation of ``locale``)."""
    value, interval = first.value, Interval.unround(first.value)
    for a in rest:  # not sum(): it starts from int 0 and would drop the exponent
        value = value - a.value if minus else value + a.value
        step = Interval.unround(a.value)
        interval = interval - step if minus else interval + step
    like = first if minus else max([first, *rest], key=lambda a: a.power)
    shown = f" {'−' if minus else '+'} ".join(number_of(a) for a in [first, *rest])
    total = written_like(value.scaleb(-like.power), like, locale)
    return Derived(f"{shown} = {total}", like, value, interval)


def _previous_total(s, readings):
    before = [x.sentence for x in readings if x.sentence.index == s.index - 1]
    return list_total(s, before[0]) if before else None


def number_of(amount):
    """Return an amount's number as written: "108,989" of "108,989 tỷ đồng"."""
    m = re.search(r"\d[\d.,]*\d|\d", amount.text)
    return m.group(0) if m else amount.text


def written_like(value, like, locale=None):
    """Return a value written in the notation of the text (``locale``, when known), else
    in the one an amount of the text is written in."""
    from ..core.numbers import format_number

    if locale is None:
        vi = "," in number_of(like) and "." not in number_of(like).split(",")[-1]
        locale = "vi" if vi else "en"
    # in English, grouped when the text groups it: "16,840 − 2,320 = 14,520"
    return format_number(value, locale, group=(locale == "en" and "," in number_of(like)) or None)


def _subject_words(text):
    """Return the distinctive words of a subject: no verbs, no numbers."""
    return {x for x in content_words(w.KEYWORD.sub(" ", text)) if not x[:1].isdigit()}


def _restates(short, said, hedge=None):
    """Whether a headline's number is the body's, or the body's cut to the headline's
    fewer decimals, rounded or truncated ("tăng 12%" over "tăng 12,1%"), or a bound the
    body's number keeps ("đạt hơn 90%" over "đạt 92,6%", "tăng gần 19%" over "18,7%")."""
    if hedge in ("above", "below", "near"):
        unit = Decimal(1).scaleb(short.as_tuple().exponent)
        return {
            "above": said >= short,
            "below": said <= short,
            "near": short - unit <= said <= short,
        }[hedge]
    if short == said:
        return True
    places = short.as_tuple().exponent
    if not isinstance(places, int) or said.as_tuple().exponent >= places:
        return False
    unit = Decimal(1).scaleb(places)
    return short in (said.quantize(unit, ROUND_HALF_UP), said.quantize(unit, ROUND_DOWN))


def headline(readings):
    """Give a headline's percentages the tie of the body sentence that says the same: the
    same kind, the same number or the body's cut to fewer decimals, and a subject the
    headline names; each is then judged on its own figures."""
    for r in readings:
        if not r.sentence.paragraph.headline or r.strength is not None:
            continue
        said = _subject_words(r.sentence.text[: r.percent.start - r.sentence.start])
        # "vượt 18% dự toán" over "bằng 118,2% dự toán": the excess the body's rate says
        beyond = r.kind == "excess"
        mine = abs(r.percent.value) + (100 if beyond else 0)
        body = next(
            (
                x
                for x in readings
                if not x.sentence.paragraph.headline
                and (x.kind == r.kind or (beyond and x.kind == "rate" and x.form == "ratio"))
                and _restates(mine, abs(x.percent.value), r.percent.hedge)
                and x.strength == "strong"
                and x.a is not None
                and said & _subject_words(subject(x.a, x.sentence))
            ),
            None,
        )
        if body is not None:  # of the body's sign: "giảm" there, "-" or nothing here
            r.percent.value = abs(r.percent.value).copy_sign(body.percent.value)
            line = body.sentence.paragraph.line
            form = "growth" if beyond and body.kind == "rate" else body.form
            r.tie(form, body.a, body.b, _("the headline restates line {line}").format(line=line))
            r.missing = ""


__all__ = [
    "Percent",
    "compatible",
    "headline",
    "label",
    "list_total",
    "period",
    "search",
]
