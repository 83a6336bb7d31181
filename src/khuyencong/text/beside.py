"""What the sentences next to a percentage give it, when its own sentence does not.

A list just before it whose count its subject names ("Ba địa phương này chiếm 52%"), the one
comparison the passage states for a growth that gives none of its amounts, the change the
next sentence restates ("Như vậy, … đã giảm 12.554 tỷ đồng"), and the sum of the
parts of shares that split one thing (the larger amount a share that names no whole takes:
wholes.py).
How firm each tie is, and what verdicts it allows, is decided in evidence.py.
"""

import itertools
import re

from ..core.i18n import _
from . import context, evidence, periods
from . import words as w
from .reach import (
    list_total,
    measures,
    said_period,
    sentence_before,
)
from .tokens import Amount, is_money
from .units import COUNT_NAMED, COUNTS

_COUNTS = {
    "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9,
    "mười": 10, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10,
}  # fmt: skip
#: a group named by its count, as the subject of a share: "ba địa phương này", "10 tỉnh,
#: thành phố trên", "these five markets"
_GROUP = re.compile(
    r"\b(?P<n>hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|\d{1,2})\s+(?:“|\")?"
    r"(?:tỉnh|thành phố|địa phương|doanh nghiệp|thị trường|mặt hàng|nhóm hàng|ngành|"
    r"lĩnh vực|quốc gia|nước|đơn vị|dự án|huyện|khu vực|cục|chi cục|thương hiệu|sản phẩm)"
    r"[^.;%]{0,40}?\b(?:này|nói trên|trên|đó)\b"
    r"|\b(?:these|the|those)\s+(?P<m>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
    r"(?:(?:provinces|cities|localities|markets|countries|firms|companies|items|products|"
    r"sectors|projects)\b|(?=together\b|combined\b))",  # "the three together accounted …"
    re.IGNORECASE,
)


def tie_group(sc, r):
    """Make the part of a share whose subject is a group named by its count ("Ba địa
    phương này chiếm 52% …", "these five markets accounted for …") the sum of the amounts
    the text has just listed for them: when the sentence before and this one, up to the
    group, list exactly that many amounts of one unit. The sum carries the rounding of
    each amount. A whole beside the share in its sentence, or the one amount of the clause
    before it ("Tổng thu … đạt T; năm địa phương này chiếm …"), is then its whole."""
    if r.kind != "share" or r.strength is not None:
        return
    said = r.head
    m = _GROUP.search(said)
    if m is None:
        _tie_together(sc, r)
        return
    word = (m.group("n") or m.group("m")).lower()
    count = int(word) if word.isdigit() else _COUNTS[word]
    end = r.percent.start - len(said) + m.start()
    opened = (
        r.sentence.list_at if r.sentence.list_at is not None and r.sentence.list_at < end else -1
    )
    amounts = (
        t for t in r.sentence.back(end) if isinstance(t, Amount) and opened <= t.start < end
    )  # "… 10 tỷ USD, trong đó tôm …, cá tra …, cá ngừ …; ba mặt hàng này": the list's
    listed = list(itertools.islice(amounts, count + 1))[::-1]  # more than count: no list
    total = None  # "Tổng thu … đạt T; năm địa phương này chiếm 61,3%": T, its clause's own
    clause = r.sentence.clause_at(end)
    if len(listed) == 1 and clause is not None and listed[0].start < clause.start:
        total, listed = listed[0], []
    if opened >= 0 and len(listed) == count:
        found = list_total(sc, r.sentence)
        total = found[0] if found else total
    if len(listed) < count:  # the list began in the sentence before
        listed = [t for t in previous_tokens(sc, r.sentence) if isinstance(t, Amount)] + listed
    if len(listed) == count:
        _tie_sum(sc, r, listed, total)


def _tie_sum(sc, r, listed, total):
    """Make a share's part the sum of the amounts ``listed`` for its group (two or more, of
    one unit, none hedged), and its whole the amount after it or else ``total``."""
    if len(listed) < 2 or any(
        t.value is None or t.value <= 0 or t.hedge or t.garbled or t.unit != listed[0].unit
        for t in listed
    ):
        return
    part = context.derive(listed[0], listed[1:], sc.locale)
    after = r.a if r.a is not None and r.a.start > r.percent.start else total
    if after is not None and after.unit == part.unit and after.value > part.value:
        how = _("{amount}, its part the sum of the {count} amounts listed before it").format(
            count=len(listed), amount=after.text
        )
        r.tie("ratio", part, after, how, evidence.FIRM)
        r.missing = ""
        return
    r.a, r.missing = part, "whole"


def _tie_together(sc, r):
    """Make the part of a share whose subject is the things just listed, named by no count
    ("Together they made up 56.2 per cent of total exports", "Các thị trường này chiếm …"),
    the sum of the amounts the sentence before lists: two or more, all of one unit, when
    the share's own sentence states none before it."""
    clause_start = r.sentence.last_before(r.percent.start)
    if clause_start is not None or not _TOGETHER.search(r.head):
        return  # an amount of its own before it: its subject is that
    before = sentence_before(sc, r.sentence)
    listed = [t for t in previous_tokens(sc, r.sentence) if isinstance(t, Amount)]
    total = None
    if before is not None and before.list_at is not None:  # "…, of which the US took A and
        # China B. Together they …": the parts, not the total they are listed under
        found = list_total(sc, before)
        total = found[0] if found else None
        listed = [t for t in listed if t.start > before.list_at]
    _tie_sum(sc, r, listed, total)


#: a share's subject that is the things just listed, with no count: "Together they", "Taken
#: together, these", "Các thị trường này"
_TOGETHER = re.compile(
    r"^\s*(?:(?:taken\s+)?together,?\s+(?:they|these|those|the\s+\w+)|combined,?\s+(?:they|"
    r"these)|they\s+together|các\s+(?:tỉnh|thị trường|mặt hàng|nhóm hàng|ngành|lĩnh vực|"
    r"địa phương|doanh nghiệp|dự án)[^.;%\d]{0,30}?\b(?:này|nói trên|trên)\b)",
    re.IGNORECASE,
)


def previous_tokens(sc, sentence, wholes=False):
    """Return the tokens of the sentence before ``sentence`` (none for the first; with
    ``wholes``, none for a bulleted item after another of its list: a sibling, no whole of
    it)."""
    before = sentence_before(sc, sentence)
    if before is None:
        return []
    if wholes and sentence.list_head is not None and before.list_head is sentence.list_head:
        return []
    return before.tokens


def _measured_by(sc, amount):
    """Return what the words of an amount's own clause say it measures ("while imports
    reached A": imports)."""
    return measures(re.split(r"[,;]", sc.catalog.label_of(amount))[-1])


#: the kinds of percentage that claim no amounts: none said, a target, a contribution, points
_CLAIMS_NONE = (None, "other", "points")


def _claims(sc, sentence):
    """Return how many percentages of a sentence say something of amounts (counted once for
    each sentence)."""
    if sentence.index not in sc.claims:
        readings = sc.by_sentence.get(sentence.index, [])
        sc.claims[sentence.index] = sum(x.kind not in _CLAIMS_NONE for x in readings)
    return sc.claims[sentence.index]


def tie_pair(sc, r):
    """Tie a growth whose sentence gives none of its amounts ("June's 10.22 per cent growth")
    to the one comparison the passage states without a percentage of its own ("Outbound
    shipments for June came in at USD 26.47 billion as compared to USD 24.02 billion in the
    same month last year"), or its own sentence states after it ("Credit growth hit 12.5 per
    cent …, with outstanding loans reaching A, up from B"): a level and the base it is
    compared with, in one sentence, of a period the growth's words allow. A weak tie: it
    may only confirm (evidence.py; "year on year" may be of another base)."""
    if r.kind != "growth" or r.a is not None or r.b is not None or r.strength is not None:
        return
    when = said_period(r)
    pairs = []
    seen = set()
    for e in sc.catalog.near(r.sentence, r.percent.start):
        s = sc.catalog.sentence_of.get(id(e.amount))
        if s is None or id(s) in seen:
            continue
        seen.add(id(s))
        own = s is r.sentence
        if own and _claims(sc, s) > 1:
            continue  # another percentage of its sentence that says something may claim it
        if not own and any(isinstance(t, context.Percent) for t in s.tokens):
            continue  # a comparison with a percentage of its own is that percentage's
        # in its own sentence, only after it: "Credit growth hit X per cent …, above the
        # target of 15 per cent, while loans stood at A, up from B"
        after = r.percent.end if own else -1
        amounts = [t for t in s.tokens if isinstance(t, Amount) and t.start > after]
        for base in amounts:
            if sc.roles.get(id(base)) != "base":
                continue
            said_levels = [
                t
                for t in amounts
                if t.end <= base.start
                and t.unit == base.unit
                and sc.roles.get(id(t)) in ("plain", "new")
            ]
            if said_levels:
                pairs.append((said_levels[-1], base, e.period))
    said = measures(r.head)  # "Export growth …, while imports reached A, up from B": not its
    usable = [
        (a, b)
        for a, b, period in pairs
        if periods.compatible(when, period)
        and not (a.hedge or b.hedge or a.garbled or b.garbled)
        and a.value is not None
        and b.value
        and not (said and (other := _measured_by(sc, a)) and not said & other)
    ]
    if len(usable) > 1:  # "The number of projects thus fell 14.8 per cent and capital
        # dropped 31.2 per cent": the comparison of what its subject measures
        usable = [(a, b) for a, b in usable if _measured_in(r.head, a)]
    if len(usable) != 1:
        return
    level, base = usable[0]
    how = _("{level} against {base} (line {line}), the one comparison the text states").format(
        level=level.text, base=base.text, line=sc.catalog.line_of(base)
    )
    r.tie("growth", level, base, how, evidence.WEAK)
    r.missing = ""


def _measured_in(head, amount):
    """Whether the subject a growth's clause names right before it ("The number of projects
    … fell", "capital dropped") is measured in an amount's unit: a count of its noun, or
    money."""
    subject = re.split(r"[,;]|\band\b|\bvà\b", head)[-1]
    counted = [COUNTS[m.group(0).lower()] for m in COUNT_NAMED.finditer(subject)]
    if counted:
        return amount.unit == counted[-1]
    return bool(_MONEY_SUBJECT.search(subject)) and is_money(amount)


#: a subject measured in money: "capital", "vốn", "value", "revenue", "kim ngạch"
_MONEY_SUBJECT = re.compile(
    r"\b(?:capital|investment|value|revenue|spending|vốn|giá trị|trị giá|kim ngạch|doanh thu|"
    r"kinh phí)\b",
    re.IGNORECASE,
)


#: the verbs of a change in each direction, before its amount: "đã giảm 12.554 tỷ đồng"
_DOWN = re.compile(r"\b(?:giảm|hụt|fell|dropped|declined|decreased|down)\b([^,;.%]{0,30})$", re.I)
_UP = re.compile(r"\b(?:tăng|rose|grew|increased|up)\b([^,;.%]{0,30})$", re.I)
#: between the verb and the amount, words that make it the level reached: "rose to A"
_TO_LEVEL = re.compile(r"\b(?:to|at|lên|xuống|đạt|còn|reach\w*)\b", re.I)


def tie_change(sc, r):
    """Tie a growth against a period whose base its sentence does not give to the change
    the next sentence restates ("… giảm 16,2% so với cùng kỳ 2019. Như vậy, … đã giảm
    12.554 tỷ đồng so với cùng kỳ năm 2019"): the one amount there said as a change in the
    same direction, against a period too, that no percentage of its own explains. A weak
    tie: it may only confirm (evidence.py)."""
    if r.a is None or r.missing != "old" or not w.COMPARED.search(r.object):
        return
    following = r.sentence.paragraph.sentences
    at = r.sentence.index - following[0].index  # its place in its paragraph
    if at + 1 >= len(following):
        return
    after = following[at + 1]
    if any(isinstance(t, context.Percent) for t in after.tokens):
        return  # a change with a percentage of its own is that percentage's
    verb = _DOWN if r.percent.value < 0 else _UP
    text = after.paragraph.text
    changes = [
        t
        for t in after.tokens
        if isinstance(t, Amount)
        and sc.roles.get(id(t)) in ("change", "plain")
        and t.unit == r.a.unit
        and t.value is not None
        and t.value > 0
        and not t.hedge
        and id(t) not in sc.tied
        and _said_as_change(verb, text[after.start : t.start])
        and w.COMPARED.search(text[t.end : after.end])
    ]
    if len(changes) != 1:
        return
    how = _("{amount} (line {line}), the change the next sentence restates").format(
        amount=changes[0].text, line=after.paragraph.line
    )
    r.tie("fall" if r.percent.value < 0 else "rise", r.a, changes[0], how, evidence.WEAK)
    r.missing = ""


def _said_as_change(verb, before):
    """Return whether the words before an amount say it is a change of the verb's direction
    ("đã giảm 12.554", "rose $1.9 billion"), not the level reached ("rose to $9 billion")."""
    m = verb.search(before)
    return m is not None and not _TO_LEVEL.search(m.group(1))


#: the most percentages a sentence that splits one thing between shares may hold
_SPLIT_MOST = 30
#: how far from 100 the shares of three or more parts may add, one of them a slip
_SPLIT_SLIP = 15


def tie_complement(sc, r):
    """Tie a share to the sum of its sentence's parts when the sentence's shares split one
    thing between them ("phần không thuế chiếm tỷ trọng lớn (80%, …) đạt 57,187 tỷ USD; còn
    phần có thuế (chỉ chiếm 20% …), đạt 14,673 tỷ USD"): their percentages add to 100, as
    far as their rounding allows, and each has a part of one unit. The whole is then the
    sum of the parts. A weak tie: it may only confirm (evidence.py)."""
    from decimal import Decimal

    if r.kind != "share" or r.a is None or r.strength not in (None, evidence.WEAK):
        return
    # the items of a bulleted list split their head's thing as one sentence's clauses do
    # ("Xuất khẩu theo thị trường:" then "- Hoa Kỳ: 1.250 triệu USD (43,7%);" …)
    head = r.sentence.list_head
    items = head.items[: _SPLIT_MOST + 1] if head is not None else [r.sentence]
    # (no more than a split may hold: a sentence of thousands is not copied for each share)
    readings = list(
        itertools.islice(
            (x for s in items for x in sc.by_sentence.get(s.index, [])), _SPLIT_MOST + 1
        )
    )
    if len(readings) > _SPLIT_MOST:
        return
    shares = [x for x in readings if x.kind == "share" and x.a is not None]
    if len(shares) < 2 or len({id(x.a) for x in shares}) != len(shares):
        return
    if any(x.a.unit != r.a.unit or not x.a.value or x.a.hedge for x in shares):
        return
    total = sum((abs(x.percent.value) for x in shares), Decimal(0))
    room = sum(Decimal(1).scaleb(x.percent.value.as_tuple().exponent) / 2 for x in shares)
    off = abs(total - 100)
    if off > room and (len(shares) < 3 or off > _SPLIT_SLIP or r.strength is not None):
        return  # three or more may be off by one share's slip: the others then confirm the
        # sum, and lists.corroborate judges that one firmly
    key = ("list", id(head)) if head is not None else r.sentence.index
    whole = sc.split_wholes.get(key)  # one whole for them all
    if whole is None:
        parts = [x.a for x in sorted(shares, key=lambda x: (x.sentence.index, x.a.start))]
        whole = sc.split_wholes[key] = context.derive(parts[0], parts[1:], sc.locale)
    stated = _stated_sum(r.sentence, whole, {id(x.a) for x in shares})
    how = _("{amount} (line {line}), the total its sentence states, which its parts add up to")
    before = head if head is not None else sentence_before(sc, r.sentence)
    if stated is None and before is not None and before.paragraph is r.sentence.paragraph:
        stated = _stated_sum(before, whole, set())  # "… đạt 62.350 tỷ đồng, …, bằng 38,5%
        # GRDP. Vốn khu vực nhà nước 14.860 tỷ đồng, chiếm 23,8%; …": said the sentence before
        how = _("{amount} (line {line}), the sentence before's total, which its parts add up to")
    if stated is not None:  # "…: 8.120 tỷ đồng (85,9%); …: 1.330 tỷ đồng (14,1%); tổng thu:
        # 9.450 tỷ đồng": the parts add up to an amount the sentence states, exactly as
        # written: that is their whole, firmly
        how = how.format(amount=stated.text, line=sc.catalog.line_of(stated))
        r.tie("ratio", r.a, stated, how, evidence.FIRM)
        r.missing = ""
        return
    how = (
        _("the sum of the parts its list splits between {count} shares")
        if head is not None
        else _("the sum of the parts its sentence splits between {count} shares")
    ).format(count=len(shares))
    r.tie("ratio", r.a, whole, how, evidence.WEAK)
    r.missing = ""


def _stated_sum(sentence, whole, parts):
    """Return the one amount of a sentence, not one of its shares' ``parts``, that is their
    sum ``whole`` exactly as written, in its unit; else None."""
    said = [
        t
        for t in sentence.tokens
        if isinstance(t, Amount)
        and id(t) not in parts
        and t.unit == whole.unit
        and t.value == whole.value
        and not t.hedge
    ]
    return said[0] if len(said) == 1 else None
