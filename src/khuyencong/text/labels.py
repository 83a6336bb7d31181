"""The words an amount of the text is said with: those before it in its clause (its label),
those after a count's noun that go on naming what it counts, those right after an amount of
money that name it, and the subject an amount is said of.
"""

import itertools
import re

from . import words as w
from .tokens import Amount, Percent, Slash, is_money


def label(amount, sentence):
    """Return the words before an amount in its clause, back to the amount before it; a
    count that says whose the money is belongs to the words: "tổng kế hoạch … của 28
    huyện, thị xã khu vực phía Bắc là 108,989 tỷ đồng"."""
    text = sentence.paragraph.text
    clause = sentence.clause_at(amount.start)
    start = clause.start if clause is not None else sentence.start
    passed = None  # the end of the farthest percentage walked past
    for t in sentence.back(amount.start):
        if t.start < start:
            break
        if isinstance(t, Percent):
            passed = t.end
        elif not (is_money(amount) and _whose(t, text, amount)):
            # "gồm 2,9 tỷ USD vốn cấp mới, 1,1 tỷ USD vốn điều chỉnh": the words after the
            # amount before are its own, not this one's
            start = t.end + len(money_words(t, sentence)) if isinstance(t, Amount) else t.end
            break
    if passed is not None:
        # "…, or 62.7 percent of the total registered capital, while real estate drew $4.2
        # billion": a contrast after a percentage opens another subject's words (one search)
        opened = [m.start("word") for m in w.CONTRAST.finditer(text, passed, amount.start)]
        start = max(start, opened[-1]) if opened else start
    return text[start : amount.start] + count_words(amount, sentence)


def money_words(amount, sentence):
    """Return the words right after an amount of money that name it, when they run on to the
    end of a list's item: "2,9 tỷ USD vốn cấp mới," and "7.845 tỷ đồng vốn đầu tư công, đạt"
    name the money; "2.917,3 tỷ đồng trong 11 tháng" and "… tỷ đồng trong tổng số 4.126,8"
    do not (a number, or a verb, before the item ends); "" for a count (count_words)."""
    if not is_money(amount):
        return ""
    end = min(sentence.end, amount.end + 80)  # an item's words are few
    rest = sentence.paragraph.text[amount.end : end]
    found = _MONEY_WORDS.match(rest)
    if found is None or _COUNT_WORDS_END.search(found.group(1)):
        return ""
    if found.end() == len(rest) and end < sentence.end and not found.group(0)[-1:].strip():
        return ""  # cut off, not ended
    return found.group(1)


#: the words after an amount of money, up to the end of its list's item: a mark, "và",
#: "and", what it is for ("để thực hiện 186 đề án"), or the sentence's end; letters only
_MONEY_WORDS = re.compile(r"( [^\W\d_][^\d,;:.()%]*?)\s*(?:[,;:.()]|\b(?:và|and|để|nhằm|to)\b|$)")


#: where the words that go on describing a counted thing stop: a mark, or a verb that says
#: something of it ("… người tham gia bảo hiểm xã hội, đạt 32,5%", "… dự án FDI, chiếm");
#: "đạt chuẩn" (meeting a standard) names what is counted: "98 xã đạt chuẩn nông thôn mới"
_COUNT_WORDS_END = re.compile(
    r"[,;:.()%\d]|\b(?:đạt(?!\s+chuẩn)|chiếm|bằng|là|tăng|giảm|với|so với|trong đó|gồm|accounting|"
    r"or|up|down|with|from|compared|rose|fell|reached)\b",
    re.IGNORECASE,
)


def pair_of(amount, sentence):
    """Return the pair "A/B" an amount is written in ("98/121 xã"), or None."""
    for t in itertools.islice(sentence.back(amount.end), 4):  # the pair starts at or before it
        if isinstance(t, Slash) and amount in (t.first, t.second):
            return t
    return None


def count_words(amount, sentence):
    """Return the words that go on naming what a count counts, after its noun: "215.430
    người tham gia bảo hiểm xã hội" counts people who contribute, "1.245 doanh nghiệp
    đang hoạt động" firms in business; "" for money. Of "98/121 xã đạt chuẩn", the words
    are the 98's: the 121 are all the communes."""
    if is_money(amount) or amount.unit == "?":
        return ""
    pair = pair_of(amount, sentence)
    if pair is not None and amount is pair.second:
        return ""
    amount = pair.second if pair is not None else amount
    text = sentence.paragraph.text
    rest = text[amount.end : min(sentence.end, amount.end + 60)]
    stop = _COUNT_WORDS_END.search(rest)
    return " " + rest[: stop.start() if stop else len(rest)].strip() if rest[:1] == " " else ""


def count_said(amount, sentence):
    """Return a count's noun and the words that go on naming what it counts, lower case,
    spaces single ("hợp tác xã nông nghiệp hoạt động hiệu quả"; "" after the noun of money)."""
    return " ".join((amount.said_unit + count_words(amount, sentence)).lower().split())


def _whose(t, text, amount):
    """Whether a count before an amount of money says whose the money is: "của 28 huyện",
    or the things counted with it ("cấp mới 46 dự án FDI với tổng vốn đăng ký 1.124 triệu
    USD": the capital of the projects newly licensed)."""
    return (
        isinstance(t, Amount)
        and not is_money(t)
        and (
            w.WHOSE.search(text, max(0, t.start - 8), t.start) is not None
            or _COUNTED_WITH.fullmatch(text, t.end, amount.start) is not None
        )
    )


#: between a count and the money of what it counts: " dự án FDI với tổng vốn đăng ký"
_COUNTED_WITH = re.compile(r"[^,;:()\d%]{0,40}?\b(?:với|with)\b[^,;:()\d%]{0,40}", re.I)


def subject(amount, sentence):
    """Return the subject an amount is said of: its clause's words before it, trimmed."""
    from .language import subject as said

    clause = sentence.clause_at(amount.start)
    start = clause.start if clause is not None else sentence.start
    last = sentence.last_before(amount.start)
    if last is not None and last.start >= start:  # after the last percentage or amount:
        start = last.end  # "…, xuất khẩu đạt 281,5"
    words = sentence.paragraph.text[start : amount.start]
    if isinstance(amount, Percent):  # "… in 2022, while revenue edged up 2.1 per cent"
        last = said(re.split(r"[,;]", words)[-1])
        if last and last.lower() not in ("which", "mà"):
            return last
    return said(words)
