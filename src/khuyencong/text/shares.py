"""A share's operands, as its own sentence ties them (rules.py reads the sentence;
rates.py ties a rate's, growth.py a growth's).

A share's part is the amount its subject is, or the one it is restated as or given in
parentheses after it; its whole the amount named right after it ("of B", "(B)", "trong
tổng số B") or the pair "A/B" in its clause.
"""

import itertools
import re

from ..core.i18n import _
from . import evidence, growth, pairs
from . import words as w
from .reach import item_words, names_an_item, said_in
from .tokens import Amount, Percent, is_money
from .units import COUNT_NAMED, COUNTS, THINGS


def _before_restated(r, main, restated, text):
    """Return how firmly a share that names no whole and is restated as an amount is of
    the larger amount before it in its sentence, or None: strong when that amount is said
    to be a total ("Tổng thu ngân sách đạt 10.000 tỷ đồng, thu nội địa chiếm 80%, tương
    đương 8.000 tỷ đồng"); else weak, as it may be another subject's ("Lợi nhuận đạt 2.450
    tỷ đồng, nợ xấu chiếm 1,12%, tương đương 2.085 tỷ đồng"), so it may only confirm."""
    if (
        main is None
        or r.object.strip()
        or restated.unit != main.unit
        or None in (restated.value, main.value)
        or restated.value >= main.value
    ):
        return None
    total = w.TOTAL.search(text, max(r.sentence.start, main.start - 80), main.start)
    return evidence.STRONG if total else evidence.WEAK


def tie_share(r, main, scope, clause, role, text):
    p = r.percent
    pair = pairs.pair_after(clause, p, text) or pairs.slash(clause, p.start, p)
    if pair is not None:
        r.tie("ratio", pair.first, pair.second, _("the pair written A/B beside it"))
        return
    if pairs.tie_whole_before(r, main, clause):
        return
    before = list(itertools.islice(r.sentence.back(p.start), 4))
    said = next((i for i, t in enumerate(before) if isinstance(t, Amount)), None)
    if (
        w.OF_THE_ONE_BEFORE.match(text, p.end)
        and said is not None
        and any(isinstance(t, Percent) for t in before[:said])
    ):  # "…, or 65 percent, and 45 percent of them blamed …", "…, chiếm 65%, và 45% trong
        # số đó …": of the part of the share before, not of the whole the sentence opens
        # with; its own part unsaid (not "reached VND 95 trillion, or 95 percent of it": "it"
        # is not the share's own part)
        r.b, r.missing = before[said], "part"
        return
    if w.OF_THE_ONE_BEFORE.match(text, p.end) and said is not None:
        # "The spending plan was VND 100 trillion, and spending reached VND 95 trillion, or 95
        # percent of it": "it" is no part of its own, but the one larger amount of the part's
        # unit said before it in its sentence
        part = before[said]
        larger = {
            t.value: t
            for t in itertools.islice(r.sentence.back(part.start), 12)  # (a few: bounded)
            if isinstance(t, Amount)
            and t.unit == part.unit
            and None not in (t.value, part.value)
            and t.value > part.value
        }
        if len(larger) == 1:
            how = _("the one larger amount of its unit its sentence says before it ('of it')")
            r.tie("ratio", part, next(iter(larger.values())), how, evidence.FIRM)
            return
    if (
        main is None
        and not names_an_item(w.PERIOD_PHRASE.sub(" ", r.object))  # ("in the third quarter")
        and pairs.tie_out_of(r, scope, clause, role, text)
    ):
        return  # "was 10.4 per cent, with online sales reaching $25 billion out of $240 …"
    if (
        main is not None
        and not r.object.strip()  # (not "… of imports": a whole of its own)
        and _WITH_NAMED.fullmatch(text, main.end, p.start)
        and not w.RESTATED_AFTER.match(text, p.end)  # (", or VND 7.3 quadrillion": its part)
    ):
        r.b, r.missing = main, "part"  # "reached $44 billion, with textiles accounting for
        return  # 36.8 per cent": the whole; its part, named, is looked for (parts.py)
    last = r.sentence.last_before(p.start)
    if (
        main is not None
        and isinstance(last, Amount)
        and role.get(id(last)) == "base"
        and _WHICH.fullmatch(text, last.end, p.start)
    ):  # "rose to $3.2 billion from the $1.6 billion of 2020, which made up X%": of the
        main = None  # level or of the base, its words leave open; so only its figures may say
    restated = next((t for t in scope if isinstance(t, (Amount, Percent))), None)
    if not isinstance(restated, Amount) or not w.PART_RESTATED.fullmatch(
        text[p.end : restated.start]
    ):
        restated = None
    if restated is not None and main is not None and w.PER_UNIT.match(text, main.end):
        main = None  # "phân khúc trên 80 triệu đồng/m2 chiếm 58,2%, tương đương 12.480 căn":
        # a price the subject is named by, no part of it
    if restated is not None:
        whole = next((t for t in scope if t.start >= restated.end), None)
        if (
            isinstance(whole, Amount)
            and whole.unit == restated.unit
            and whole.value > restated.value
            and (
                w.OF_THE.fullmatch(text[restated.end : whole.start])
                or w.WHOLE_BEFORE.search(text[restated.end : whole.start])
            )
        ):  # "…, or $291.9 billion of the $405.5 billion total": then its whole
            how = _("the amount it is restated as, of the whole said after it")
            r.tie("ratio", restated, whole, how)
            return
        whole = r.sentence.first_whole
        if (
            whole is not None
            and whole is not main
            and whole.start < p.start
            and whole.unit == restated.unit
            and None not in (whole.value, restated.value)
            and whole.value > restated.value
            and not r.clause.listed
        ):  # "Of the 2,150 enterprises surveyed, …, while 14.2 per cent, or 305 firms, …"
            how = _("the total it is said to be part of ('trong tổng số')")
            r.tie("ratio", restated, whole, how)
            return
        strength = _before_restated(r, main, restated, text)
        if strength is not None:
            # "Total retail sales reached VND5.82 quadrillion, …, with goods accounting for
            # 76.8 per cent, or VND4.47 quadrillion": the part restated, of that total
            how = _("the amount it is restated as, of the amount said before it")
            r.tie("ratio", restated, main, how, strength)
            return
    part = main
    first = next((t for t in scope if t.start >= p.end), None)
    at = w.AT_AMOUNT.match(text, p.end)
    if isinstance(first, Amount) and at is not None and at.end() == first.start:
        part = first  # "while tuna made up 12.5 per cent at $990 million": its own amount
    if (
        (part is None or part.unit != getattr(last, "unit", None))
        and isinstance(last, Amount)
        and role.get(id(last)) == "change"
        and _OR_BETWEEN.fullmatch(text[last.end : p.start])
    ):
        part = last  # "lost 3,400 hectares …, or 2.1 per cent of its total": the part lost
        # (over a count before it: "86 existing projects added $930 million, or 39.6 …")
    after = growth.first(scope, role, ("plain", "base", "whole"), True, text, p.end)
    if part is None and restated is not None:
        part = restated  # "chiếm 54%, tương đương 2,6 nghìn tỷ đồng"
    if part is None and after is not None and _OF_WHOLE.fullmatch(text[p.end : after.start]):
        said = next((t for t in scope if t.start >= after.end), None)
        if (
            isinstance(said, Amount)
            and said.unit == after.unit
            and w.PART_RESTATED.fullmatch(
                text[after.end : said.start].removeprefix(")" if after.in_parens else "")
            )
        ):  # "accounted for nearly 73 per cent of Vietnam's exports of $405.5 billion last
            # year, or about $296 billion": the whole named after it, then the part
            how = _("the whole named right after it, and the amount it is restated as")
            r.tie("ratio", said, after, how)
            return
    # an amount after it with a share of its own is that share's: "32 dự án FDI, chiếm
    # 57,1%, với số vốn 0,95 tỷ USD, chiếm 79,2%"
    owned = after is not None and _OWN_SHARE_AFTER.match(text, after.end) is not None
    # "…, at VND 42,090 billion": the part, when its clause ends there (not "with $40.2
    # billion shipped to the US", another subject's)
    said_at = (
        after is not None
        and _PART_AT.fullmatch(text[p.end : after.start]) is not None
        and _ENDS_CLAUSE.match(text, after.end) is not None
        and not owned
    )
    if (
        said_at
        and part is main
        and part is not None
        and not is_money(part)
        and is_money(after)
        and not COUNT_NAMED.search(r.object)
    ):  # "với 48 dự án, chiếm 38,4% tổng vốn, với 480 triệu USD": the money, not the count
        part = None  # (but "… tổng số dự án" is of the count)
    if (
        part is None
        and after is not None
        and (
            _WHOLE_NAMED.search(text[p.end : after.start])
            or w.OF_THE.fullmatch(text, p.end, after.start)  # "70 percent of the 2,400 firms"
        )
        and not said_at  # "of the total, at VND 42,090 billion": the part, after its whole
        # not another subject's, after a contrast: "… of the total, while Chinese tourists
        # numbered 3.7 million"
        and not w.CONTRAST.search(text, p.end, after.start)
    ):
        # "chiếm 13,3% tổng lượng … (9,05 triệu tấn)", "of Vietnam's imports, which totalled B"
        r.b, r.missing = after, "part"
        return
    if (
        part is None
        and after is not None
        and (after.in_parens or after.start - p.end < 25 or said_at)
        and not w.CONTRAST.search(text, p.end, after.start)  # (", while rivals sold 3,100")
    ):
        part, after = after, None  # "chiếm 27,7% (22,9 tỷ đồng)": the part, after it
        whole = next((t for t in scope if t.start >= part.end), None)
        if isinstance(whole, Amount) and w.WHOLE_BEFORE.search(text[part.end : whole.start]):
            # "còn 2,35%, với 6.120 hộ nghèo trên tổng số 260.400 hộ": then its whole
            r.tie("ratio", part, whole, _("the total it is said to be part of ('trong tổng số')"))
            return
    if part is None and _RELATIVE.fullmatch(text, r.clause.start, p.start):
        # "Goods sales, which made up 76.1 per cent of the total, reached VND4.86
        # quadrillion", "Doanh thu bán lẻ hàng hóa, chiếm 76,1% tổng mức, đạt 4,86 triệu tỷ
        # đồng": the amount the subject reaches after the clause
        close = _CLAUSE_END.search(text, p.end, r.sentence.end)
        at = close.end() if close is not None else r.sentence.end
        nxt = next(r.sentence.ahead(at), None)
        if isinstance(nxt, Amount) and _REACHED.fullmatch(text, at, nxt.start):
            part = nxt
    if part is None and p.in_parens:  # "(chỉ chiếm 20% tổng …), đạt 14,673 tỷ USD"
        close = text.find(")", p.end)
        nxt = next((t for t in r.sentence.tokens if close != -1 and t.start > close), None)
        if isinstance(nxt, Amount) and _PART_AFTER_PARENS.fullmatch(text[close + 1 : nxt.start]):
            part = nxt
    whole = r.sentence.first_whole
    if whole is not None and (whole.start >= p.start or (part and whole.unit != part.unit)):
        whole = None  # "Trong số 1.842 gói thầu, …; giá trị … 4.870 tỷ đồng": not its whole
    if whole is not None and r.clause.listed and r.sentence.list_at > whole.end:
        whole = None  # "Trong 5.000 tỷ đồng …, giải ngân 1.850 tỷ đồng, trong đó …": the list's
    group = w.GROUP_NAMED.match(text, r.clause.start) if r.clause.start > r.sentence.start else None
    if group is not None and part is not None:
        # "…, 3,100 were women, …; among the women, 1,240 were over 50, or 40 percent": of the
        # group its clause opens naming, the count said so before it, not of the whole the
        # sentence opens with
        said = _group_said(r, part, group, text)
        if said is not None:
            how = _("{amount}, the group its clause opens naming").format(amount=said.text)
            r.tie("ratio", part, said, how)
            return
        whole = None
    if whole is not None and _names_another_whole(r.object, whole):
        whole = None  # "Of the 63 provinces, 12 …, 19 per cent of localities but 70 per cent
        # of total revenue": the revenue's share, not the provinces'
    if (
        part is not None
        and whole is not None
        and whole is not part
        and (None in (part.value, whole.value) or part.value < whole.value)
    ):  # (not "Trong số 5.600 lao động …; kế hoạch năm giao 8.000 lao động, đạt 70%")
        # "120 xã đạt chuẩn trong tổng số 150 xã; 18 xã đạt chuẩn nâng cao, chiếm 15%": a
        # whole said as another amount's may be of that amount instead, so only to confirm
        of = _whole_of(r.sentence, whole, text)
        strength = evidence.WEAK if of not in (None, part) else evidence.STRONG
        how = _("the total it is said to be part of ('trong tổng số')")
        r.tie("ratio", part, whole, how, strength)
        return
    if (
        part is not None
        and after is not None
        and part.unit != after.unit
        and not _counts(r, part)
        and not owned
        and (
            after.in_parens
            or after.start - p.end < 25
            or _WHOLE_NAMED.search(text, p.end, after.start)
        )
    ):  # its whole's unit, said before it (not the next share's part, said further on)
        part = growth.in_unit(r, after.unit, role) or part
    if (
        part is not None
        and after is not None
        and after.in_parens
        and re.fullmatch(r"[^(),;]*\(\s*", text[p.end : after.start])
        and not _smaller(after, part)
    ):  # (not "…, or 36.6 per cent of the total, followed by Japan ($4.6 billion)")
        r.tie("ratio", part, after, _("the whole given in parentheses after it"))
        return
    if part is not None and after is not None and w.WHOLE_AFTER.search(text[p.end : after.start]):
        r.tie("ratio", part, after, _("the whole named right after it"))
        return
    r.a, r.missing = part, "whole"


def _names_another_whole(words, whole):
    """Whether a share's words name a whole other than the count said first ("of total
    revenue" after "Of the 63 provinces"; not "of localities", the same count, nor "of the
    total")."""
    named = COUNT_NAMED.search(words)
    if named is not None:
        return COUNTS.get(named.group(0).lower()) != whole.unit
    return whole.unit in THINGS and bool(w.OF_A_WHOLE.match(words)) and names_an_item(words)


def _smaller(whole, part):
    """Whether a whole of its part's unit is no larger than the part: no whole of it."""
    return (
        whole.unit == part.unit
        and None not in (whole.value, part.value)
        and (whole.value <= part.value)
    )


def _whole_of(sentence, whole, text):
    """Return the amount a whole is said right after as its part's ("2.917,3 tỷ đồng trong
    tổng số 4.126,8 tỷ đồng", "305 out of 2,150"), or None if it is said on its own."""
    before = next(sentence.back(whole.start), None)
    if (
        isinstance(before, Amount)
        and before.unit == whole.unit
        and _OF_A_TOTAL.fullmatch(text[before.end : whole.start])
    ):
        return before
    return None


#: between an amount and the total it is said to be part of, its own words aside
_OF_A_TOTAL = re.compile(r"[^\d,;()%]{0,80}?" + w.WHOLE_BEFORE.pattern, re.IGNORECASE)


def _counts(r, part):
    """Whether a share names its whole as the count its part is of ("28 đề án …, chiếm
    60,9% số đề án, với kinh phí 4.650 triệu đồng": of the schemes, not the money after)."""
    named = COUNT_NAMED.search(r.object)
    return named is not None and COUNTS.get(named.group(0).lower()) == part.unit


#: a relative clause a share is said in, between commas after its subject: ", which made
#: up", ", which accounted for"
_RELATIVE = re.compile(
    r"[^\d,;:()%]{1,80},\s*(?:(?:which|that)\s+(?:made up|accounted for|represented|"
    r"comprised)|chiếm(?:\s+tỷ trọng)?)\s+",
    re.IGNORECASE,
)
#: a relative clause right after an amount: "…, which made up", "…, which accounted for"
_WHICH = re.compile(
    r"(?:[^\d,;:()%]|\b(?:19|20)\d\d\b){0,80},\s*which\s+"
    r"(?:made up|accounted for|represented|comprised)\s+"
    r"(?:about\s+|nearly\s+|almost\s+|around\s+)?",
    re.IGNORECASE,
)
#: where such a clause ends: its comma, its words of the whole before it (no number)
_CLAUSE_END = re.compile(r"[^\d,;()%]{0,60}?,", re.IGNORECASE)
#: the verb the subject goes on with after the clause, then its amount
_REACHED = re.compile(
    r"\s*(?:reached|totalled|totaled|stood at|came to|amounted to|were|was|rose to|grew to|"
    r"hit|(?:ước\s+)?(?:đạt|là))\s+(?:an estimated\s+|about\s+|nearly\s+|khoảng\s+)?",
    re.IGNORECASE,
)
#: what ends the clause of an amount, a year aside: "…, at VND 42,090 billion in 2024."
_ENDS_CLAUSE = re.compile(r"\s*(?:(?:in|năm)\s+(?:19|20)\d\d\b)?\s*(?:[.;,)]|$)", re.I)
#: between an amount and its share said right after it: ", or", "("
_OR_BETWEEN = re.compile(r"[^\d%;()]{0,60}?,\s*(?:or|hay|tức là)\s*|\s*\(\s*", re.IGNORECASE)
#: words after a share that name its whole before stating it: "tổng …", "which totalled"
_WHOLE_NAMED = re.compile(r"\b(?:tổng|total(?:led|ed|ling|s)?)\b", re.IGNORECASE)
#: the words between a share and the whole it names: "of Vietnam's exports of", "của tổng"
_OF_WHOLE = re.compile(  # (or its words right after it: "chiếm 1,8% tổng dư nợ (B)", "chiếm
    # 30% kim ngạch xuất khẩu B")
    r"\s*(?:of|của|trong(?: tổng)?(?: số)?|(?=[^\W\d_]))\b[^;%()\d]{0,50}?(?:\b(?:of|của|là)|:)?"
    r"\s*\(?\s*",
    re.I,
)
#: what joins a share said in parentheses to the part after them: "(… 20% …), đạt 14,673"
_PART_AFTER_PARENS = re.compile(r"[\s,]*(?:đạt|là|với|at|of|worth|reaching)?\s*", re.I)
#: a share of its own right after an amount: ", chiếm 79,2%", ", or 79.2 per cent"
_OWN_SHARE_AFTER = re.compile(
    r"\s*,\s*(?:chiếm|accounting for|making up|or)\s+(?:about\s+|khoảng\s+)?\d[\d.,]*\s*"
    r"(?:%|per ?cent)",
    re.IGNORECASE,
)
#: "accounted for 62.4 per cent of the total, at VND 42,090 billion", "chiếm 62,4% tổng
#: thu, với 42.090 tỷ đồng": a share's part said right after its whole's words and a comma
_PART_AT = re.compile(r"[^\d%;(),]{0,60}?,\s*(?:at|with|với|ở mức)\s+", re.I)


#: a new subject named after an amount with "with", its share said with no amount of its
#: own: "…, with textiles accounting for", "…, with disbursement equal to"
_WITH_NAMED = re.compile(
    r"[^\d;%()]{0,40}?,\s*with\s+(?!\d|US\$|\$|VND)[^\d,;%()]{1,40}?\s+"
    r"(?:accounting for|making up|taking|representing|comprising|equal(?:ling)? to|"
    r"at|contributing)\s*"
)


def _group_said(r, part, group, text):
    """Return the one amount before a clause that opens naming a group ("among the women,"),
    of the part's unit and larger, that the words right after it say is that group ("3,100
    were women", "410 hộ đã thoát nghèo"); else None."""
    words = item_words(group.group("words")) - item_words(part.said_unit)  # (not "hộ")
    if not words:
        return None
    found = {
        t.value: t
        for t in itertools.islice(r.sentence.back(r.clause.start), 12)  # (a few: bounded)
        if isinstance(t, Amount)
        and t.unit == part.unit
        and None not in (t.value, part.value)
        and t.value > part.value
        and said_in(words, item_words(re.split(r"[,;]", text[t.end : t.end + 60])[0]))
    }
    return next(iter(found.values())) if len(found) == 1 else None
