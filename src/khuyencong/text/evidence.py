"""How firmly a percentage is tied to its operands, and which verdicts that allows.

This is the one place scan weighs evidence. A tie is one of, firmest first:

- ``strong``: the sentence's own words tie both operands (rules.py), or its context ties
  them as a list's total, a table's row or a headline's body (context.py);
- ``firm``: the words say what the missing operand is (a plan), and the passage states
  exactly one amount of that role and unit, which no other percentage claims and which is
  not named as another item's (``lone_strength``);
- ``firm`` too: the one larger amount of the sentence before, its subject, for a share that
  names no whole and no other measure (``unnamed_whole_strength``); and a table's rate
  column, of the plan and the achieved columns its header names (tables.py);
- ``weak``: an amount named by the same distinctive words elsewhere in the passage; firm
  when two other shares of its list, tied to the same whole, are confirmed by it
  (``corroborated``), and a firm tie so corroborated strong when the list's parts add up to
  that whole (lists.corroborate);
- ``agreement``: nothing names the operand, but exactly one amount of the passage (or one
  figure derived from its list) lies in the narrow interval the percentage implies, and
  that amount can play the part: an amount the text measures as a growth's subject is a
  current level, not a base; a share's part is no whole; an amount achieved is no plan;
  one item's base or plan, tied to its own percentage, is not another's.

Strong and firm ties may give any verdict — a firm tie an error only where the figures put
the percentage near what is reported (``SLIP``). Weak ties and agreement may only confirm:
what they would call inconsistent is left as "base not in text", with the figure that was
tried.

Agreement is evidence only when a chance match is unlikely. The implied interval must be
at most ``NARROW`` (0.5%) of its value wide: an unrelated amount of the passage lands in
it with a probability of about its relative width over the spread of the passage's
amounts; for amounts spread over three orders of magnitude (ln 1000 ≈ 6.9) that is under
0.1% per amount, and under 2% for a passage of 25 amounts of one unit. ``bench/corpus.py
--chance`` measures it: shifting every percentage of the corpus by 3–30% (so that each is
wrong), agreement confirms 1 of 1 550 (0.06%).
"""

from decimal import Decimal
from fractions import Fraction

from ..core.relations import form_interval
from ..core.verdict import CONSISTENT, INCONSISTENT, TRUNCATED, acceptance_set

STRONG, FIRM, WEAK, AGREEMENT = "strong", "firm", "weak", "agreement"

#: the statuses a finding can have besides the verdicts: no wording ties it, or the text
#: does not give (or does not tie without doubt) an amount it needs
UNPAIRED, BASE_NOT_IN_TEXT = "unpaired", "base not in text"

#: the widest implied interval, relative to its value, that agreement may confirm
NARROW = Fraction(1, 200)

#: the statuses a tie that may only confirm lets stand
CONFIRMING = (CONSISTENT, TRUNCATED)


def fits(form, a, b, reported, mode="any"):
    """Whether operand Intervals ``a`` and ``b`` give, in ``form``, a value a percentage
    written ``reported`` may stand for (its sign aside): to choose between readings the
    words leave open, never to judge."""
    value = form_interval(form, a, b)
    return value is not None and value.meets(acceptance_set(abs(reported), mode))


def may_judge(strength):
    """Whether a tie of this strength may give any verdict, not only a confirmation."""
    return strength in (STRONG, FIRM)


#: how far a firm tie (a lone candidate found elsewhere in the passage) may put a percentage
#: from what it reports and still call it an error: a slip of the pen lands near (5,38 for
#: 5,07, 96,82 for 96,85, 7,13 for 7,62); a figure off by more than a third, or of the other
#: sign, says the candidate is likelier another item's than the report wrong (the total of
#: exports, for the exports to one market)
SLIP = Fraction(1, 3)


def allowed(strength, status, reported=None, recomputed=None, swapped=None):
    """Whether ``status`` may stand on a tie of ``strength``; an error on a firm tie only
    when the figures put the percentage near what is reported (``SLIP``); an error on a weak
    tie only when what the figures give is the reported percentage with two of its digits
    swapped (``swapped``, from ``transposed``)."""
    if strength == FIRM and status not in CONFIRMING and recomputed is not None:
        return near(reported, recomputed)
    if strength == WEAK and status == INCONSISTENT and swapped is not None:
        return True
    return may_judge(strength) or status in CONFIRMING


#: the widest implied interval, in units of the reported percentage's last digit, on which
#: a swap of two of its digits may call an error on a weak tie (half a unit of the digit
#: before the last)
SWAP_WIDTH = 5


def transposed(reported, interval, fits):
    """Return the value the reported percentage reads with two adjacent, different digits
    swapped (it must have three digits or more, and not begin with a zero after the swap)
    that ``fits`` accepts — what the amounts give, their ``interval`` no wider than
    ``SWAP_WIDTH`` units of the reported's last digit —, or None. That the amounts land
    there says the tie is right and the report mistyped: "472 học viên …, đạt 98,9%" of
    525 is 89,9%. A weak tie (a whole or plan found elsewhere, which may be another item's)
    lands on a swap by chance seldom: ``bench/swaps.py`` measures it, for reported figures
    within a factor of two of what a wrong candidate gives, at 0.4% (1.7% with no limit on
    the width: amounts of few digits, "3,1 tỷ USD" of "5,82 tỷ USD", allow anything from
    52,4 to 54,2%)."""
    _sign, digits, exponent = abs(reported).as_tuple()
    if len(digits) < 3 or interval.high - interval.low > SWAP_WIDTH * Fraction(10) ** exponent:
        return None
    for i in range(len(digits) - 1):
        if digits[i] == digits[i + 1]:
            continue
        swap = list(digits)
        swap[i], swap[i + 1] = swap[i + 1], swap[i]
        if swap[0] == 0:
            continue
        value = Decimal((0, tuple(swap), exponent)).copy_sign(reported)
        if fits(value):
            return value
    return None


def corroborated(confirmed):
    """Whether the other shares of a list, tied to one whole that none of them names, show
    that amount is the list's whole: ``confirmed``, how many of them it confirms, is two or
    more. A wrong whole meets one share's interval by chance seldom, and two shares' only
    where their parts stand in the ratio of their percentages as well, so a weak tie it
    corroborates is firm: an error then stands (within ``SLIP``)."""
    return confirmed >= 2


def near(reported, recomputed):
    """Whether a recomputed percentage is of the reported one's sign and within SLIP of it."""
    r, c = Fraction(reported), Fraction(recomputed)
    return r * c > 0 and abs(r - c) <= SLIP * abs(c)


def lone(candidates, claimants, reading):
    """Return the one candidate amount for a reading's missing operand, or None.

    A firm tie: the reading's words say what the operand is (its plan), the passage states
    exactly one amount of that role and unit (two mentions of one value are one amount),
    and no other percentage within reach wants an operand of that role.
    """
    values = {a.value: a for a in candidates}
    if len(values) != 1 or [x for x in claimants if x is not reading]:
        return None
    return next(iter(values.values()))


def lone_strength(named, said, apart=False):
    """Return how firm the tie to a lone candidate is, from the words its own statement
    names it by (``named``: "dự toán thu NSNN" → {thu, nsnn}) and the words the
    percentage's sentence says of its subject (``said``).

    Firm when the candidate names no item at all ("Kế hoạch vốn năm 2024 là …"), when the
    subject names none ("Đến hết năm, đã giải ngân 5.180 triệu đồng, đạt 92,5% kế hoạch":
    the passage's one plan is its), when the candidate names only words the subject says
    too ("kim ngạch xuất khẩu" both), or shares at least two distinctive words with it;
    otherwise it may be another item's ("dự toán thu xuất nhập khẩu" beside "thu nội địa …
    bằng 90% dự toán"), so weak. Weak too when the two
    sentences name different places or bodies (``apart``: "Tỉnh Bắc Ninh có kế hoạch …",
    "Bắc Giang thu được …, đạt 85% kế hoạch"): one's plan is not the other's.
    """
    if apart:
        return WEAK
    if not named or not said or named <= said or len(named & said) >= 2:
        return FIRM
    return WEAK


def unnamed_whole_strength(subject, measures, measured):
    """Return how firm the tie of a share that names no whole ("The US market accounted for
    $9.1 billion, or 56 per cent") to the one larger amount of the sentence before is.

    Firm when that amount is the sentence before's subject (its first amount of the unit,
    in the same paragraph: ``subject``) and the share's words name no measure its words do
    not (``measures`` ⊆ ``measured``: a market, a product, a place is a part of what was
    measured; "Its budget revenue was …, or 12.3 per cent" after "GRDP reached …" is
    another measure, whose whole may be unsaid), so weak otherwise. A firm tie calls an
    error only near what is reported (``SLIP``)."""
    return FIRM if subject and measures <= measured else WEAK


def narrow(interval, limit=NARROW):
    """Whether an implied interval is narrow enough for agreement to be evidence: at most
    ``limit`` of its value wide."""
    low, high = interval.low, interval.high
    return low > 0 and (high - low) <= limit * low


def hits(interval, offered):
    """Return {value: figure} of the offered figures that meet an implied interval.

    ``offered``: (value, its interval in the implied interval's unit, figure) for every
    amount of the unit the passage states and every figure its lists derive. Two figures
    of the same value are one hit.
    """
    found: dict = {}
    for value, stands_for, figure in offered:
        if interval.meets(stands_for):
            found.setdefault(value, figure)
    return found


def lone_match(interval, found):
    """Return the one figure of ``found`` (hits) that meets a narrow implied interval, or
    None: two different values are no agreement."""
    if not narrow(interval) or len(found) != 1:
        return None
    return next(iter(found.values()))


#: the widest implied interval, relative to its value, by which a list's shares may confirm
#: their whole jointly (twenty times NARROW)
JOINT = Fraction(1, 10)


def jointly(intervals):
    """Whether the shares of one list, none naming its whole and each implied interval
    meeting one and the same amount of the passage and no other, confirm that amount as
    their whole: two or more of them at most JOINT of its value wide. An unrelated amount
    meets one such interval with a probability of about its width over the spread of the
    passage's amounts (10% / ln 1000 ≈ 1.4%), and two intervals only where the parts stand
    in the ratio of their percentages as well: about the narrower width's share of that,
    well under one in a hundred. Like agreement, it may only confirm."""
    return sum(narrow(i, JOINT) for i in intervals) >= 2
