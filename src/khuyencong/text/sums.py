"""A share of a whole its name says is the sum of two amounts the passage states: total
trade is exports and imports together ("Xuất siêu 940 triệu USD, chiếm 10,7% tổng kim
ngạch xuất nhập khẩu" after "xuất khẩu 4.860 triệu USD; … nhập khẩu 3.920 triệu USD", no
total of them said). How firm the tie is, evidence.py decides.
"""

from ..core.i18n import _
from . import evidence, periods
from . import words as w
from .context import derive
from .language import detect_locale
from .reach import candidates, item_words, named_in

#: the words of total trade, and of its two sides (content.py joins "xuất nhập khẩu",
#: "import-export" and "two-way trade" into "xnk", "xuất khẩu" and "exports" into "xk")
_TRADE, _SIDES = "xnk", ("xk", "nk")


def tie_trade_sum(sc, r):
    """Tie a share of total trade that no stated amount is (``r.strength`` None) to the sum
    of the one export and the one import amount of its unit its passage states, of one
    period, when no amount is stated as total trade itself. Firm: the whole's name says
    what it is the sum of."""
    if r.kind != "share" or r.a is None or r.a.value is None or r.strength is not None:
        return
    if _TRADE not in item_words(r.object) or w.ELSEWHERE.search(r.object):
        return  # (not "… tổng kim ngạch xuất nhập khẩu cả nước": a wider scope's)
    sides: dict[str, dict] = {side: {} for side in _SIDES}
    for e in candidates(sc, r):
        words = named_in(sc, e.amount)
        if _TRADE in words:
            return  # total trade is stated: not tied here, not summed
        if sc.roles.get(id(e.amount)) not in ("plain", "new"):
            continue
        found = [side for side in _SIDES if side in words]
        if len(found) == 1:
            sides[found[0]][e.amount.value] = e
    if any(len(found) != 1 for found in sides.values()):
        return
    exports, imports = (next(iter(sides[side].values())) for side in _SIDES)
    if not periods.compatible(exports.period, imports.period):
        return
    whole = derive(exports.amount, [imports.amount], detect_locale(r.sentence.paragraph.text))
    if whole.value <= r.a.value:
        return
    how = _("{amount} (line {line}), exports and imports together, the total trade it names")
    how = how.format(amount=whole.text, line=sc.catalog.line_of(exports.amount))
    r.tie("ratio", r.a, whole, how, evidence.FIRM)
    r.missing = ""
