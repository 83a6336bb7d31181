"""The wholes the text's shares are tied to, which later shares named by the same words may
share ("chiếm 5,38% tổng thu toàn Cục" and, in a list under 9.665,65 tỷ đồng, "chiếm 0,16%
tổng thu toàn Cục"), found once for each text.
"""

from . import periods
from . import words as w
from .reach import apart, item_words, said_in, said_period
from .tokens import Slash, is_money

#: the words of a whole the words name as a total: "tổng kim ngạch", "tổng số thu", "of the
#: total", "of the sector's total" (the sector a passage is about names no other item)
TOTAL_WORDS = frozenset(["tong", "total", "so", "sector", "industry", "nganh"])


def same_whole(sc, r, part=None):
    """Return the whole a share names by the very words another share of the passage uses
    whose whole its own sentence ties ("chiếm 5,38% tổng thu toàn Cục" and, in a list under
    9.665,65 tỷ đồng, "chiếm 0,16% tổng thu toàn Cục"): the same description, at least two
    distinctive words, one whole for every such share, within reach, of the share's period
    and larger than its part (``part``, else its own). None when anything of that is not
    so."""
    key = item_words(r.object) - TOTAL_WORDS
    part = part or r.a
    if part is None or part.value is None or len(key) < 2:
        return None
    wholes = {id(b): b for b in share_wholes(sc).get(frozenset(key), []) if b is not r.b}
    if len(wholes) != 1:
        return None
    (whole,) = wholes.values()
    when = said_period(r)
    entry = next(
        (e for e in sc.catalog.near(r.sentence, r.percent.start) if e.amount is whole), None
    )
    if entry is None or whole.value <= part.value or not periods.compatible(when, entry.period):
        return None
    return None if apart(sc, r, whole) else whole


def whole_of(sc):
    """Return {id(part): whole} of the shares the text ties strongly, found once."""
    if sc.whole_of is None:
        sc.whole_of = {
            id(x.a): x.b
            for x in sc.readings
            if x.kind == "share" and x.strength == "strong" and x.a is not None
        }
    return sc.whole_of


def share_whole_ids(sc):
    """Return the ids of the wholes the text's shares are strongly tied to, found once."""
    if sc.share_whole_ids is None:
        sc.share_whole_ids = frozenset(id(b) for bs in share_wholes(sc).values() for b in bs)
    return sc.share_whole_ids


def share_wholes(sc):
    """Return {a share's distinctive words: [the wholes its sentence ties]} of the shares
    the text ties strongly, found once per text (so that each share's look-up is cheap)."""
    if sc.share_wholes is None:
        sc.share_wholes = {}
        for x in sc.readings:
            # (or whose whole its sentence names right after it, its part unsaid: "Nearly
            # 70 percent of the 2,400 enterprises surveyed expected …")
            said = x.strength == "strong" or (x.kind == "share" and x.missing == "part")
            if said and x.b is not None and (x.kind == "share" or _of_a_pair(x)):
                key = frozenset(item_words(x.object) - TOTAL_WORDS)
                sc.share_wholes.setdefault(key, []).append(x.b)
    return sc.share_wholes


def _of_a_pair(x):
    """Whether a rate is the ratio of a counted pair ("142/156 xã đạt chuẩn, đạt 91%"): its
    whole is all that is counted, a whole for later shares too, not a plan."""
    return (
        x.kind == "rate"
        and not is_money(x.b)
        and not w.PLAN.search(x.object)
        and any(isinstance(t, Slash) and t.second is x.b for t in x.clause.tokens)
    )


def another_total(sc, r, whole):
    """Whether a share that names its whole as a total ("tổng thu") has the one total of
    the text named as another total ("Tổng chi"): the words after each's "tổng" or "total"
    share none."""
    said, stated = w.TOTAL.search(r.object), w.TOTAL.search(sc.catalog.label_of(whole))
    if said is None or stated is None:
        return False
    mine = item_words(r.object[said.end() :]) - TOTAL_WORDS
    theirs = item_words(sc.catalog.label_of(whole)[stated.end() :]) - TOTAL_WORDS
    return bool(mine and theirs) and not any(said_in({x}, theirs) for x in mine)
