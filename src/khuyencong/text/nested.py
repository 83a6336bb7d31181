"""Which amounts within reach are parts nested under another's whole, and so no whole of a
share themselves: a part listed under a total ("Tổng kim ngạch … 786,29 tỷ USD. Trong đó,
xuất khẩu đạt 405,53 tỷ USD"), a part of another share whose whole is among the candidates
too ("Its technology segment contributed 62.3% of revenue, or VND39.16 trillion"), and the
parts of shares of other wholes, which stay wholes of their own ("Tổng vốn … bằng 31,9%
GDP" is still the "tổng vốn" of a share of it).
"""

from . import words as w
from .reach import item_words, list_total, named_in, nearby
from .shared import TOTAL_WORDS


def parts_of_other_wholes(sc, r):
    """Return the ids of the parts of shares within reach that name a whole, and another
    than a share's own: "Tổng vốn … 3.692,1 nghìn tỷ đồng, … bằng 31,9% GDP" is a part of
    GDP, and still the "tổng vốn" of "Vốn khu vực Nhà nước …, chiếm 27,3% tổng vốn"."""
    mine = item_words(r.object) - TOTAL_WORDS
    found = nearby(sc, r, lambda x: x.kind == "share" and x.a is not None and x is not r)
    other = {id(x.a) for x in found if (item_words(x.object) - TOTAL_WORDS) - mine}
    same = {id(x.a) for x in found if not (item_words(x.object) - TOTAL_WORDS) - mine}
    return other - same


def not_listed_under(sc, amounts):
    """Return the amounts that are not a part listed under another of them ("Tổng kim ngạch
    … 786,29 tỷ USD. Trong đó, xuất khẩu đạt 405,53 tỷ USD; …": the total is the whole, not
    its parts)."""
    ids = {id(t) for t in amounts}
    out = []
    for t in amounts:
        there = sc.catalog.sentence_of.get(id(t))
        clause = there.clause_at(t.start) if there is not None else None
        found = list_total(sc, there) if clause is not None and clause.listed else None
        if found is None or id(found[0]) not in ids or found[0] is t:
            out.append(t)
    return out


def without_parts_of(sc, r, wholes, found=()):
    """Return ``wholes`` and ``found`` without the parts of other shares within reach whose
    own whole is among ``wholes`` ("… contributed 62.3% of revenue, or VND39.16 trillion. …
    or 44.2% of the total": the revenue, not the segment's part of it)."""
    of = {
        id(x.a): x.b
        for x in nearby(sc, r, lambda x: x.kind == "share" and x.b)
        # (not a part said as a total of its own: "Total social investment … reached VND
        # 2.76 quadrillion, equal to 33.1 per cent of GDP. State investment …, or 27.2 per
        # cent of the total": of the investment)
        if x.a is not None and not w.TOTAL.search(sc.catalog.label_of(x.a))
    }
    ids = {id(t) for t in wholes}
    return (
        [t for t in wholes if id(of.get(id(t))) not in ids],
        [t for t in found if id(of.get(id(t))) not in ids],
    )


def siblings_of(sc, r, parts):
    """Return the ids of ``parts`` (the parts of shares in a share's sentence) that are its
    part's siblings: not one said before its own part whose every word the share names its
    whole by ("Trong đó, thu nội địa 15.872 tỷ đồng, chiếm 86,1% tổng thu; thu tiền sử dụng
    đất 4.215 tỷ đồng, chiếm 26,6% thu nội địa": the earlier part is the later's whole)."""
    mine = item_words(r.object) - TOTAL_WORDS
    named = {
        id(x.a)
        for x in sc.by_sentence.get(r.sentence.index, ())
        if x.kind == "share"
        and x.a is not None
        and x.a.end <= r.a.start
        and (theirs := named_in(sc, x.a) - TOTAL_WORDS)
        and theirs <= mine
    }
    return parts - named if named else parts
