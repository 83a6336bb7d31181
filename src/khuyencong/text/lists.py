"""A share in a list, read against the list's total: "Tổng thu … 10.000 tỷ đồng, trong
đó: A 800 tỷ đồng, chiếm 8%; …" — unless its words, or its siblings', name another whole.
"""

import itertools
import re

from ..core.i18n import _
from ..core.interval import Interval
from ..core.verdict import acceptance_set
from . import evidence, names
from . import words as w
from .content import content_words
from .context import list_total
from .labels import count_said, label
from .reach import measures
from .tokens import Amount, Percent, Slash


def add_up_to_100(percents):
    """Whether two or more percentages add up to 100 within their rounding (each rounded
    half-up, or each truncated): the shares that divide one whole."""
    return len(percents) >= 2 and any(
        # an aside's "(60%)" may be read as a table's negative until its reading says not
        100 in Interval.total([acceptance_set(abs(x.value), mode) for x in percents])
        for mode in ("half-up", "truncate")
    )


def within_100(percents):
    """Whether percentages add up to no more than 100 within their rounding, as some of the
    shares of one whole do."""
    return Interval.total([acceptance_set(abs(x.value)) for x in percents]).low <= 100


#: a share said in parentheses with its word ("486 hợp tác xã nông nghiệp (chiếm 59,9%), 143
#: hợp tác xã công nghiệp (17,6%)"): one of the list's shares, as a bare "(17,6%)" is
_SHARE_OPENS = re.compile(r"\(\s*(?:chiếm(?:\s+tỷ\s+(?:trọng|lệ))?|accounting for|or)\s*$", re.I)


_UNSPENT = re.compile(r"\b(?:chưa|not yet|yet to|unspent|undisbursed)\b", re.I)


def parts_in_parentheses(sentence, p):
    """Return "all" when the unsigned percentages in parentheses after a sentence's amounts
    are the shares of its parts: after a list head, when they add up to 100 ("(60%),
    (10%), (30%)"; rates of the parts' own plans do not: "thu nội địa 12.100 tỷ đồng (95%),
    thu từ hoạt động xuất nhập khẩu 3.100 tỷ đồng (110%)"), or after a whole said first
    ("Of total FDI of $38.23 billion, …") when they add up to no more than 100, or with no
    list head when they add up to 100; "some" when after a list head they add up to less
    ("chi đầu tư 7.860 tỷ đồng (36,6%), chi thường xuyên 11.950 tỷ đồng (55,6%)": some of
    the parts, or their plans' rates); else None."""

    def said_after(s, start):
        text = s.paragraph.text
        return [
            t
            for t in s.tokens
            if isinstance(t, Percent)
            and t.kind == "%"
            and (
                t.text.startswith("(")
                or (t.in_parens and _SHARE_OPENS.search(text, max(0, t.start - 40), t.start))
            )
            and t.start >= start
        ]

    head = sentence.list_head  # a bulleted item: the shares of every item under its head
    whole = sentence.first_whole
    if head is None and whole is not None and whole.start < p.start:
        if sentence.whole_shares is None:  # once for the sentence (linear in its length)
            sentence.whole_shares = within_100(said_after(sentence, whole.end + 1))
        return "all" if sentence.whole_shares else None
    if sentence.list_at is None:
        # no list head: all the parts only when they add up to 100 ("Thu nội địa: 8.120 tỷ
        # đồng (85,9%); thu xuất nhập khẩu: 1.330 tỷ đồng (14,1%)"), weighed once
        if sentence.item_shares is None:
            listed = said_after(sentence, sentence.start)
            sentence.item_shares = "all" if len(listed) > 1 and add_up_to_100(listed) else ""
        return sentence.item_shares or None
    owner = head or sentence
    if owner.item_shares is None:  # weighed once for the list (thousands of parts: linear)
        items = head.items if head is not None else [sentence]
        listed = [(s, t) for s in items for t in said_after(s, s.list_at)]
        found = list_total(sentence, head)
        owner.item_shares = _weigh(listed, found[0] if found else None) or ""
    return owner.item_shares or None


def _weigh(listed, total):
    """Return "all", "some" or None for a list's shares in parentheses, each with its
    sentence (parts_in_parentheses): "all" when they add up to 100, or to no more when the
    last is said of the rest, or whatever they add up to when the parts they follow add up
    to the list's ``total`` (then they are the shares of all of it, and one may be wrong:
    "… 3.420 triệu USD: … 1.128 (33,0%), … 684 (22,0%), … 410 (12,0%), … 1.198 (35,0%)")."""
    percents = [t for _s, t in listed]
    if len(listed) >= 2:
        (s, last), (_p, before) = listed[-1], listed[-2]
        text = s.paragraph.text
        rest = _p is s and w.REMAINDER.search(text, before.end, last.start)
        if rest and within_100(percents) and not _UNSPENT.search(text, rest.end(), last.start):
            # "…, còn lại là các thị trường khác (45%)": the rest, so the parts are all there
            # (not what is left unspent of plans: "…, còn lại chưa giải ngân (4%)")
            return "all"
    if add_up_to_100(percents) or _parts_make(listed, total):
        return "all"
    return "some" if percents and within_100(percents) else None


def _parts_make(listed, total):
    """Whether the amounts right before two or more shares in parentheses, of the total's
    unit, add up to the list's total within their rounding, and every share but one is
    that part's share of it: a list of all the parts, one share perhaps wrong (rates of
    the parts' own plans meet no such test: "6.000 tỷ đồng (48%), 1.000 tỷ đồng (45%)")."""
    if total is None or total.value is None or len(listed) < 3:
        return False
    whole = Interval.unround(total.value)
    parts, fits = [], 0
    for s, t in listed:
        part = s.last_before(t.start)
        if not isinstance(part, Amount) or part.unit != total.unit or part.value is None:
            return False
        parts.append(Interval.unround(part.value))
        fits += evidence.fits("ratio", parts[-1], whole, t.value)
    return fits >= len(listed) - 1 and Interval.total(parts).meets(whole)


class Listing:
    """What the shares of one sentence's list are read against, found once for the
    sentence: its total and the sentence that says it (``found``), the sentences before it,
    whether a percentage said after the total is of a plan, and the words each amount
    nearby is said with. So a list of thousands of shares is read in time linear in it."""

    #: how many amounts back from a share its words may name instead of the list's total
    NEAREST = 60

    def __init__(self, sentence, previous, before=()):
        self.found = list_total(sentence, previous)
        total, where = self.found or (None, sentence)  # a pair whose part is the total
        self.pair = next(
            (t for t in where.tokens if isinstance(t, Slash) and t.first is total), None
        )
        self.before = before
        self._plan_told = None
        self._complete = None
        self._rival: bool | None = None
        self._done_against: bool | None = None
        self._said: dict[int, str] = {}

    def plan_told(self):
        """Whether a percentage said after the total, in its sentence, is of a plan ("…
        5.6% of the plan. Of this, A, or 2.9%")."""
        if self._plan_told is None:
            total, where = self.found
            text = where.paragraph.text
            self._plan_told = any(
                w.PLAN.search(text[x.end : x.end + 40].split(",")[0])
                for x in where.tokens
                if isinstance(x, Percent) and x.start > total.start
            )
        return self._plan_told

    def done_against(self, earlier):
        """Whether the total's sentence goes on to say what was done against it, as a plan
        ("được giao 6.850 triệu đồng, thực hiện 6.512 triệu đồng, đạt 95,07% kế hoạch"; or
        a total said to be a plan or assigned, then an amount done: "Kế hoạch vốn giao 5.000
        tỷ đồng, đến nay giải ngân 3.500 tỷ đồng"): a list after it may be of either amount.
        ``earlier``: the readings before the list's (found once, at its first share: the
        rates of the total's sentence are all said before it)."""
        if self._done_against is None:
            self._done_against = self._done(earlier)
        return self._done_against

    def _done(self, earlier):
        total, where = self.found
        end = where.list_at if where.list_at is not None else where.end
        done = [
            t
            for t in where.tokens
            if isinstance(t, Amount)
            and total.start < t.start < end
            and t.unit == total.unit
            and not t.in_parens
            and not w.PLAN.search(label(t, where))  # "…, 91,1% of its target of $1.9 billion"
        ]
        return bool(done) and (
            self.plan_told()
            or any(x.sentence is where and x.kind == "rate" and x.b is total for x in earlier)
            # "Kế hoạch vốn giao 5.000 tỷ đồng, đến nay giải ngân 3.500 tỷ đồng": no rate said
            or bool(w.PLAN.search(own := label(total, where)) or names.assigned_before(own))
        )

    def rival(self, sentence, role):
        """Whether another plain amount of the total's unit stands between it and the list
        head in its sentence ("Năm 2024, tỉnh đón 4,2 triệu lượt khách; khách quốc tế 850.000
        lượt, trong đó khách Hàn Quốc …"): a share that names nothing may be of either.
        ``role``: the roles of the text's amounts, read once (roles.py)."""
        if self._rival is None:
            total, where = self.found
            self._rival = (
                where is sentence
                and sentence.list_at is not None
                and any(
                    isinstance(t, Amount)
                    and total.start < t.start < sentence.list_at
                    and t.unit == total.unit
                    and not t.in_parens
                    and role.get(id(t)) in ("plain", "new")
                    for t in sentence.tokens
                )
            )
        return self._rival

    def complete(self, sentence):
        """Whether the percentages of a sentence's list add up to 100 within their rounding
        ("Of which, new projects …, representing 44.4 per cent, and additional capital …,
        equivalent to 55.6 per cent"): then they divide one whole, as shares do; rates of
        the parts' own plans seldom add up so."""
        if self._complete is None:
            listed = [
                x
                for x in sentence.tokens
                if isinstance(x, Percent)
                and x.kind == "%"
                and sentence.list_at is not None
                and x.start > sentence.list_at
            ]
            self._complete = add_up_to_100(listed)
        return self._complete

    def nearest(self, r):
        """Yield (amount, the words it is said with) for the amounts nearest before a
        share: in its sentence, then in the sentences before it."""
        earlier = ((s, reversed(s.tokens)) for s in reversed(self.before))
        seen = 0
        for s, tokens in itertools.chain([(r.sentence, r.sentence.back(r.percent.start))], earlier):
            for t in tokens:
                if isinstance(t, Amount):
                    if id(t) not in self._said:
                        self._said[id(t)] = label(t, s)
                    yield t, self._said[id(t)]
                    seen += 1
                    if seen >= self.NEAREST:
                        return


def tie_list(r, listing, roles, earlier=()):
    """Tie a share in a list to the list's total, unless its words name another whole.

    ``listing``: the sentence's Listing; ``earlier``: the readings before it. A share
    with no words after it repeats the whole its list's siblings named; with none, the
    whole its total was said to be a share of ("… 190 tỷ USD, chiếm 73% tổng kim ngạch.
    Trong đó, điện thoại 52 tỷ USD, chiếm 20%" may be 20% of that whole, not of the 190),
    and then it is not tied to the total. A whole those words name better than the total's
    own words, in its sentence or a few before, is the one meant ("Tổng vốn đăng ký đạt
    38,23 tỷ USD. Vốn thực hiện đạt 25,35 tỷ USD. Trong đó, … chiếm 66,9% tổng vốn đăng
    ký; … chiếm 16,5%").
    """
    if listing.found is None or r.a is None:
        return False
    total, where = listing.found
    if listing.pair is not None and w.ALL_OF.search(r.object):
        total = listing.pair.second  # "98/121 xã …, trong đó 32 xã …, chiếm 26,4% tổng số xã"
    named = r.object
    if not r.object.strip() and r.kind == "share":
        head = r.sentence.list_head  # (a bulleted item's siblings are its head's other items)
        siblings = [
            x
            for x in earlier
            if (x.sentence is r.sentence or (head is not None and x.sentence.list_head is head))
            and x.clause.listed
            and x.kind == "share"
            and x.object.strip()
        ]
        if not siblings and any(  # said as its main predicate, not as an aside in parentheses
            x.kind == "share"
            and x.verb == "share"
            and x.a is total
            and x.object.strip()
            and not x.percent.in_parens
            for x in earlier
            if x.sentence is where
        ):
            return False
        if siblings:
            named = siblings[-1].object
    if (
        not r.object.strip()
        and r.verb == "proportion"
        and listing.plan_told()
        and not listing.complete(r.sentence)
    ):
        r.kind, r.missing = "rate", "plan"  # "… 5.6% of the plan. Of this, A, or 2.9%"
        return False
    if total is r.a or total.unit != r.a.unit or total.value is None or r.a.value is None:
        return False
    if total.value <= r.a.value:
        return False
    if listing.done_against(earlier):
        return False  # "giao 6.850, thực hiện 6.512, đạt 95,07%. Trong đó, …": of either
    if not r.object.strip() and (listing.rival(r.sentence, roles) or _part_of_a_part(r)):
        return False  # "4,2 triệu lượt khách; khách quốc tế 850.000 lượt, trong đó …": of which?
    head_words = where.paragraph.text[where.start : total.start]
    theirs = measures(_BOTH_SIDES.sub("xuất khẩu, nhập khẩu", head_words))
    its = measures(label(r.a, r.sentence))
    if theirs and its and not theirs & its and theirs | its <= _TRADE_SIDES:
        return False  # "Xuất khẩu đạt B, trong đó …; nhập khẩu A, 20%": no part of it
    scope = w.ELSEWHERE.search(r.object)
    if scope and not w.ELSEWHERE.search(head_words):
        return False  # "chiếm X% … toàn quốc": a whole beyond the list's own
    wanted = content_words(named)
    unnamed = False  # its words name none of the total's: another whole, maybe
    if wanted:  # "…; thuế TNDN 200 tỷ, chiếm 25% thu nội địa": a subtotal of the list, not it
        own = label(total, where)
        mine = _names(named, wanted, own)
        # (a count's noun names it too: "chiếm 69,2% số đề án" of "24 đề án")
        unnamed = not mine and not wanted & content_words(total.said_unit)
        for t, said in listing.nearest(r):
            if (
                t is not total
                and t is not r.a
                and t.value is not None
                and t.unit == total.unit
                and t.value > r.a.value
                and (
                    _names(named, wanted, said) > mine
                    or wanted & content_words(said) - content_words(own)
                )
            ):
                return False
    # "…, trong đó 238 trạm có bác sĩ, đạt 97,1%": a rate naming nothing may be of a plan
    # left unsaid, so it may only confirm
    # ("Tổng thu ngân sách 12.000 tỷ đồng, trong đó … 4.800 tỷ đồng, …, chiếm 35% kim ngạch
    # xuất khẩu": a whole the total's words do not name, so only to confirm)
    # "Of the 2,150 firms surveyed, 1,320 expected …. Of these, 420 …, or 19.5%": a total
    # that is itself a part of the whole its sentence opens with, its own share of it not
    # said ("…, tỉnh đã giải ngân 1.850 tỷ đồng, đạt 37%, trong đó …" says it), leaves a
    # share that names nothing to either (only to confirm)
    opened = where.first_whole
    within = (
        not r.object.strip()
        and opened is not None
        and not any(
            isinstance(t, Percent)
            for t in where.clause_at(total.start).between(total.end, total.end + 40)
        )
        and opened is not total
        and opened.start < total.start
        and opened.unit == total.unit
        and opened.value is not None
        and opened.value > total.value
    )
    weak = (r.verb == "rate" and not r.object and not _after_a_share(r, total, earlier)) or (
        unnamed or within
    )
    strength = evidence.WEAK if weak else evidence.STRONG
    r.tie("ratio", r.a, total, _("the total its list is under (Trong đó / gồm / Cụ thể)"), strength)
    return True


#: the two sides of trade, neither of which is a part of the other
_TRADE_SIDES = frozenset({"xuất khẩu", "nhập khẩu", "export", "import"})
_BOTH_SIDES = re.compile(r"\bxuất nhập khẩu\b", re.IGNORECASE)  # trade: both sides


def _after_a_share(r, total, earlier):
    """Whether the listed part said just before a bare percentage was said as a share of the
    same total ("… nông nghiệp 312,4 tỷ đồng (chiếm 64,3%), tiểu thủ công nghiệp 98,6 tỷ
    đồng (20,3%)": the verb left out, not a plan's rate)."""
    head = r.sentence.list_head
    before = [
        x
        for x in earlier
        if (x.sentence is r.sentence or (head is not None and x.sentence.list_head is head))
        and x.clause.listed
    ]
    return bool(before) and before[-1].verb == "share" and before[-1].b is total


def _part_of_a_part(r):
    """Whether a listed part is said as a part of another part listed before it: its count
    noun and the words after it go on from that part's ("538 hợp tác xã nông nghiệp; 312
    hợp tác xã nông nghiệp hoạt động hiệu quả, chiếm 58%": of the 538, not the list's
    total)."""
    mine = count_said(r.a, r.sentence)
    # the few amounts just before it (a list of thousands is read in time linear in it)
    before = itertools.islice(r.sentence.back(r.a.start), _PARTS_BACK)
    return any(
        isinstance(t, Amount)
        and r.sentence.list_at is not None
        and r.sentence.list_at <= t.start
        and t.unit == r.a.unit
        and t.value is not None
        and r.a.value is not None
        and t.value > r.a.value
        and (theirs := count_said(t, r.sentence)) != t.said_unit.lower()
        and mine.startswith(theirs + " ")
        for t in before
    )


#: how many tokens before a listed part another part it may be a part of is looked for
_PARTS_BACK = 12


def _names(named, wanted, said):
    """Return how well the words of an amount name a whole: the content words they share,
    and one more when both say it is a total ("of total registered capital" is "Total
    registered FDI" rather than "Disbursed capital")."""
    shared = len(wanted & content_words(said))
    return shared + (shared > 0 and bool(w.TOTAL.search(named)) and bool(w.TOTAL.search(said)))


def corroborate(findings, judge):
    """Judge again, as tied by its sentence, each share of a list tied weakly or firmly to
    the one whole the list's shares name none of, when the list's other shares confirm that
    whole (evidence.corroborated): "… $44 billion. The United States took $16.2 billion, or
    36.8 per cent, the EU $4.6 billion, or 10.5 per cent, and Japan $4.5 billion, or 12.2
    per cent". ``judge``: the scanner's, which makes a reading's finding."""
    groups: dict[tuple, list[int]] = {}
    for i, f in enumerate(findings):
        r = f.reading
        if r.kind == "share" and r.b is not None and r.a is not None and not r.object.strip():
            head = r.sentence.list_head  # (a bulleted list's items are one list)
            where = r.sentence.index if head is None else -1 - head.index
            groups.setdefault((where, id(r.b)), []).append(i)
    for places in groups.values():
        confirmed = sum(findings[i].status in evidence.CONFIRMING for i in places)
        made_up = None  # whether their parts add up to the whole, weighed once for the list
        for i in places:
            r = findings[i].reading
            others = confirmed - (findings[i].status in evidence.CONFIRMING)
            if r.strength not in _LIFTED or not evidence.corroborated(others):
                continue
            if r.strength == evidence.FIRM:  # and, when its parts make up that whole, strong
                if findings[i].status in evidence.CONFIRMING:
                    continue
                made_up = _made_up(findings, places) if made_up is None else made_up
                if not made_up:
                    continue
                how = _(
                    "{how}; the other shares of its list confirm that whole, its parts add up to it"
                )
                r.tie(r.form, r.a, r.b, how.format(how=r.how), evidence.STRONG)
            else:
                how = _("{how}; the other shares of its list confirm that whole")
                r.tie(r.form, r.a, r.b, how.format(how=r.how), evidence.FIRM)
            findings[i] = judge(r)


#: the ties corroboration may make firmer
_LIFTED = (evidence.WEAK, evidence.FIRM)


def _made_up(findings, places):
    """Whether the parts of a list's shares (``places``: their findings' indexes), each its
    own amount, add up to their one whole as far as their rounding allows: then each is a
    part of it, none a part of a part ("…, trong đó du lịch lữ hành 1.240 tỷ đồng" of
    another item)."""
    parts = [findings[i].reading.a for i in places]
    if len({id(a) for a in parts}) != len(parts) or any(a.value is None for a in parts):
        return False
    total = Interval.unround(parts[0].value)
    for a in parts[1:]:
        total = total + Interval.unround(a.value)
    return total.meets(Interval.unround(findings[places[0]].reading.b.value))


def jointly(findings, agreed):
    """Confirm the shares of one sentence that name no whole, when each one's implied
    interval meets one and the same amount of the passage and no other (evidence.jointly):
    "Registered FDI was $38.2 billion and disbursed FDI $25.4 billion. Manufacturing took
    $16.2 billion, or 63.8 per cent, real estate $2.4 billion, or 9.4 per cent, …".
    ``agreed``: the scanner's, which checks a finding against the amount it agrees with."""
    groups: dict[int, list] = {}
    for f in findings:
        r = f.reading
        if r.kind == "share" and r.missing == "whole" and f.implied is not None:
            groups.setdefault(r.sentence.index, []).append(f)
    for group in groups.values():
        wholes = {value for f in group for value in f.hits}
        if len(wholes) != 1 or any(len(f.hits) != 1 for f in group):
            continue
        if not evidence.jointly([f.implied.interval for f in group]):
            continue
        how = _(
            "confirmed by agreement with {amount} (line {line}), with the other shares of its "
            "list: the only figure of the text in the intervals they imply"
        )
        for f in group:
            match = next(iter(f.hits.values()))
            if not f.reading.a.hedge and not match.hedge:
                agreed(f, f.reading, f.reading.a, match, how)
