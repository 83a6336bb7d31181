"""A part and its whole said together beside a percentage: a pair written A/B ("còn 2,35%
(6.120/260.400 hộ)"), or a part and the whole it is out of ("đạt 96,5%, với 412 tấn được
xử lý trên tổng số 438 tấn"), said right after it or in the next clause of its sentence.
"""

import re
from bisect import bisect_right

from ..core.i18n import _
from . import evidence
from . import words as w
from .tokens import Amount, Percent, Slash, is_money
from .units import COUNT_NAMED, COUNTS


def slash(clause, stop, p=None, after=False):
    """Return the clause's A/B pair nearest before a percentage ``p`` (the first after it
    when it has none before, or when ``after``; the first of the clause with no ``p``) if
    it starts before ``stop`` and is not what a hedged ``p`` after it counts things by: in
    "12/18 sở, ngành giải ngân trên 80% kế hoạch" the 12 disbursed over 80%, which is no
    ratio of 12 to 18. In "98/98 xã đạt chuẩn, 12/98 xã đạt chuẩn kiểu mẫu (12,2%)" the
    12,2% is 12/98's."""
    found, ends = _pairs(clause)
    at = bisect_right(ends, p.start) if p is not None else 0  # the pairs ending before p
    pair = found[at - 1] if at and not after else found[at] if at < len(found) else None
    if pair is None or pair.start >= stop:
        return None
    if p is not None and any(
        isinstance(t, Percent) and t.hedge not in ("above", "below")  # "trên 80%": a threshold
        for t in clause.between(pair.end, p.start)
    ):
        return None  # "98/121 xã … (đạt 81%), 32 xã … (chiếm 32,7% …)": the 81%'s pair
    # (the checks below read the words between, read once for each pair: no percentage
    # stands there)
    if p is not None and pair.end <= p.start and _another_count(clause, pair, p):
        return None  # "Có 98/98 xã đạt chuẩn, tỷ lệ hộ nghèo còn 2,35%": the hộ's rate
    if p is not None and pair.end <= p.start and _own_part_between(clause, pair, p):
        return None  # "98/121 xã đạt chuẩn, trong đó 32 xã đạt chuẩn nâng cao, chiếm 32,7%":
        # the 32 is its part, of the 98 its list is under
    if p is not None and pair.end <= p.start and _claimed_before(clause, pair):
        return None  # "… là 89,3% (368/412 trường), số trường chưa đạt chuẩn là 44 trường,
        # chiếm 10,7%": the pair is the 89,3%'s, said in parentheses right after it
    if p is not None and pair.end <= p.start and at >= 2 and not after:
        # "45/52 trường mầm non …, 38/41 trường tiểu học …, tỷ lệ chung đạt 89,2%": after a
        # run of pairs and a comma, a rate may be of them all, not of the last
        text = clause.sentence.paragraph.text
        run = not any(isinstance(t, Percent) for t in clause.between(found[at - 2].end, pair.start))
        if run and text.find(",", pair.end, p.start) >= 0:
            return None
    if p is not None and p.hedge in ("above", "below") and pair.end <= p.start:
        between = clause.sentence.paragraph.text[pair.end : p.start]
        if not is_money(pair.first) and not _SAID_OF.search(between):
            return None
    return pair


def _pairs(clause):
    """Return a clause's A/B pairs and where each ends, found once for the clause."""
    if clause.slash is False:
        found = [t for t in clause.tokens if isinstance(t, Slash)]
        clause.slash = (found, [t.end for t in found])
    return clause.slash


def whole_before(clause, part):
    """Return the whole of the last A/B pair before a counted ``part``, in its clause or
    the one before, when the pair's own share stands between them, a few tokens apart
    ("Có 98/121 xã đạt chuẩn nông thôn mới (81%), 12 xã đạt chuẩn nâng cao (9,9%)", "…
    1.240/1.385 doanh nghiệp (89,5%) …; 96 doanh nghiệp (6,9%) …"): all the things the pair
    counts, of the part's unit and more than it; else None. It may be of the pair's part
    as well ("… (chiếm 32,7% số xã đạt chuẩn)" of the 98): the caller ties it weakly."""
    if not isinstance(part, Amount) or part.value is None or is_money(part):
        return None
    shown = clause.tokens[max(0, clause.before(part.start) - _NEAR) : clause.before(part.start)]
    before = clause.sentence.beside(clause, -1)
    if before is not None and not any(isinstance(t, Slash) for t in shown):
        shown = before.tokens[-_NEAR:] + shown  # the clause before's last few
    at = next((i for i in range(len(shown) - 1, -1, -1) if isinstance(shown[i], Slash)), None)
    if at is None or not (
        any(isinstance(t, Percent) for t in shown[at + 1 :]) or _claimed_before(clause, shown[at])
    ):  # (or said in parentheses right after it: "… là 89,3% (368/412 trường), … 44 trường")
        return None
    whole = shown[at].second
    if whole.unit != part.unit or whole.value is None or whole.value <= part.value:
        return None
    list_at = clause.sentence.list_at
    if clause.listed and list_at is not None and shown[at].end <= list_at < part.start:
        return None  # "72% (1.080/1.500 người), trong đó … 420 người": its list's, of the 1.080
    return whole


#: how many tokens before a count its pair and that pair's share are looked for among
_NEAR = 6


def _own_part_between(clause, pair, p):
    """Whether an amount of what a pair counts stands between the pair and a percentage
    after it: the percentage's own part."""
    return any(
        isinstance(t, Amount) and t.unit == pair.first.unit
        for t in clause.between(pair.end, p.start)
    )


def _claimed_before(clause, pair):
    """Whether a pair stands in parentheses right after a percentage of its own ("89,3%
    (368/412 trường)"): then it is that one's, not a later percentage's."""
    before = next(clause.sentence.back(pair.start), None)
    text = clause.sentence.paragraph.text
    return isinstance(before, Percent) and re.fullmatch(r"\s*\(\s*", text[before.end : pair.start])


def _another_count(clause, pair, p):
    """Whether the words after the last comma between a pair and a percentage after it
    name a count of another unit than the pair's: the percentage is then of that, not of
    the pair (the words before the comma are the pair's own: "98/121 xã đạt chuẩn nông
    thôn mới")."""
    text = clause.sentence.paragraph.text
    comma = text.rfind(",", pair.end, p.start)
    said = text[comma + 1 : p.start] if comma >= 0 else ""
    units = {COUNTS[m.group(0).lower()] for m in COUNT_NAMED.finditer(said)}
    return bool(units - {pair.first.unit})


#: what says a percentage of the amount before it: "…, đạt", "chiếm", "(", "or"
_SAID_OF = re.compile(
    r"(?:\b(?:đạt|chiếm|bằng|là|tương đương|tương ứng|reaching|or|equal to|accounting for)"
    r"|[,(])\s*$",
    re.IGNORECASE,
)


#: between a percentage and the part said right after it: ", với", "(", ":"
_ASIDE = re.compile(  # (", with online sales reaching": the part's words may come between)
    r"\s*(?:[^\W\d][^,;%()\d]{0,30})?(?:,\s*(?:với|with)(?:\s+[^\d,;%()]{1,40}?"
    r"\b(?:reaching|totall?ing|at|of|đạt|là))?|\(|:)\s*",
    re.IGNORECASE,
)


def out_of_after(scope, role, text, p):
    """Return (part, whole) said right after a rate that has no amount before it, the
    whole after words of "out of" ("đạt 96,5%, với 412 tấn được xử lý trên tổng số 438
    tấn phát sinh", "(412 out of 438 …)"), or None."""
    amounts = [t for t in scope[:2] if isinstance(t, Amount)]
    if len(amounts) != 2 or not _ASIDE.fullmatch(text, p.end, amounts[0].start):
        return None
    part, whole = amounts
    return _out_of(part, whole, role, text)


def _out_of(part, whole, role, text):
    """Return (part, whole) when a whole is said right after a part as what it is out of
    ("412 tấn … trên tổng số 438 tấn", "412 tonnes treated out of 438"), else None."""
    if (
        role.get(id(whole)) != "whole"
        or whole.unit != part.unit
        or None in (part.value, whole.value)
        or not 0 < part.value <= whole.value
        or not w.WHOLE_BEFORE.search(text, part.end, whole.start)
    ):
        return None
    return part, whole


def out_of_next(clause, role, text):
    """Return (part, whole) that the next clause of a rate's sentence states as a part out
    of a whole (``A … trên tổng số B``), when it says no percentage of its own, or None."""
    after = clause.sentence.beside(clause, 1)
    if after is None:
        return None
    tokens = after.tokens
    if len(tokens) > 6:  # a clause that states a pair says little else
        return None
    amounts = [t for t in tokens if isinstance(t, Amount)]
    if len(amounts) < 2 or any(isinstance(t, Percent) for t in tokens):
        return None
    part, whole = amounts[:2]  # "…, tăng 1.200 hộ so với năm trước" may follow
    return _out_of(part, whole, role, text)


def pair_after(clause, p, text):
    """Return the pair "A/B" in parentheses right after a share ("còn 2,35% (6.120/260.400
    hộ)"), or None."""
    pair = slash(clause, p.end + 40, p, after=True)
    if (
        pair is None
        or pair.start < p.end
        or not re.fullmatch(r"\s*\(\s*", text[p.end : pair.start])
    ):
        return None
    return pair


def tie_whole_before(r, main, clause):
    """Tie a percentage that names nothing, after a count, to the whole of the A/B pair
    before that count ("98/121 xã … (81%), 12 xã đạt chuẩn nâng cao (9,9%)"), weakly: it
    may be of the pair's part. Return whether it did."""
    # "(6,9%) còn nợ …": alone in its parentheses, what follows names no whole
    alone = r.percent.text.endswith(")") or r.sentence.paragraph.text.startswith(")", r.percent.end)
    whole = whole_before(clause, main) if alone or not r.object.strip() else None
    if whole is None:
        return False
    how = _("{amount}, the whole of the pair written A/B before it").format(amount=whole.text)
    r.tie("ratio", main, whole, how, evidence.WEAK)
    return True


def tie_out_of(r, scope, clause, role, text):
    """Tie a rate or a share with no amount before it to a part and the whole it is out of
    said right after it ("đạt 96,5%, với 412 tấn được xử lý trên tổng số 438 tấn", "was
    10.4 per cent, with online sales reaching $25 billion out of $240 billion"), firmly; or
    said in the next clause, which says no percentage of its own ("Tỷ lệ … đạt 94,1%, …; số
    người tham gia là 1.245.600 người trên tổng dân số 1.323.700 người"), weakly. Return
    whether it did."""
    said = out_of_after(scope, role, text, r.percent)
    if said is not None:
        r.tie("ratio", *said, _("the part and the whole it is out of, said right after it"))
        return True
    said = out_of_next(clause, role, text)
    if said is None or any(isinstance(t, Amount) for t in scope):
        return False
    how = _("the part and the whole it is out of, said in the next clause")
    r.tie("ratio", *said, how, evidence.WEAK)
    return True
