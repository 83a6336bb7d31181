"""A ratio a report names by what it is, with no amount: a profit margin, a return on
equity, a bidding savings rate. Its operands are what its name defines it over.

Company results say a margin without its amounts ("Biên lợi nhuận ròng đạt 15,3%", "Its
pre-tax profit margin stood at 18.6 per cent"): the one profit of the kind the margin names
(after tax, before tax, gross, operating) over the one revenue the passage states near it.
A return on equity ("tỷ suất lợi nhuận trước thuế trên vốn chủ sở hữu đạt 11,3%") is that
profit over the one equity stated; a procurement report's savings rate ("tỷ lệ tiết kiệm
4,8%") the savings over the packages' price. Each of one unit and one period. The words
name both operands, so the tie is firm (evidence.py).
"""

import re

from ..core.i18n import N_, _
from . import evidence, periods
from .reach import said_period

#: the words of a ratio's name that end right before its percentage, with its verb
_SAID = (
    r"(?P<after>[^,;.%\d]{0,40}?)\s*"
    r"(?:đạt|là|ở mức|đạt mức|stood at|was|were|reached|came in at|hit|of|at)?\s*$"
)
#: a return on equity: "tỷ suất lợi nhuận (trước thuế) trên vốn chủ sở hữu", "ROE"
_EQUITY_RATIO = re.compile(
    r"(?:(?:tỷ suất lợi nhuận|tỉ suất lợi nhuận)[^,;.%\d]{0,20}?trên vốn chủ sở hữu|"
    r"\breturn on equity|\bROE\b)" + _SAID,
    re.IGNORECASE,
)
#: a profit margin: "biên lợi nhuận ròng", "tỷ suất lợi nhuận trên doanh thu", "net margin"
_MARGIN = re.compile(
    r"(?:biên lợi nhuận|biên lãi|tỷ suất lợi nhuận|tỉ suất lợi nhuận|"
    r"\b(?:(?:net|gross|pre-tax|pretax|operating|after-tax)\s+)?(?:profit\s+)?margin)" + _SAID,
    re.IGNORECASE,
)
#: a bidding savings rate: "tỷ lệ tiết kiệm", "the bidding savings rate"
_SAVINGS_RATE = re.compile(r"(?:tỷ lệ tiết kiệm|tỉ lệ tiết kiệm|\bsavings rate)" + _SAID, re.I)
#: a profit over something other than revenue: equity, assets, capital, costs
_NOT_OF_REVENUE = re.compile(
    r"vốn|tài sản|chi phí|\b(?:ROE|ROA|ROS|equity|assets?|capital|costs?)\b", re.IGNORECASE
)
#: the kind of profit a ratio, or a profit's words, name
_KINDS = (
    ("gross", re.compile(r"\b(?:gộp|gross)\b", re.IGNORECASE)),
    ("pretax", re.compile(r"trước thuế|pre-tax|pretax|before tax", re.IGNORECASE)),
    ("operating", re.compile(r"operating|hoạt động kinh doanh|\bEBIT", re.IGNORECASE)),
    ("net", re.compile(r"sau thuế|ròng|\bnet\b|after[- ]tax", re.IGNORECASE)),
)
_PROFIT = re.compile(r"lợi nhuận|\blãi\b|profit|earnings", re.IGNORECASE)
_REVENUE = re.compile(r"doanh thu|revenue|\bsales\b|turnover", re.IGNORECASE)
#: the revenue a margin is of, among others a passage states: "doanh thu thuần", "net sales"
_NET_REVENUE = re.compile(r"doanh thu thuần|net (?:revenue|sales)", re.IGNORECASE)
_EQUITY = re.compile(r"vốn chủ sở hữu|\bequity\b", re.IGNORECASE)
_SAVINGS = re.compile(r"tiết kiệm|\bsav(?:ed|ings?)\b", re.IGNORECASE)
_PACKAGE_PRICE = re.compile(r"giá gói thầu|package (?:price|value)s?", re.IGNORECASE)
#: how far back from the ratio's words its name may begin
_HEAD = 100


def _kind(words):
    """Return the kind of profit words name ("net", "pretax", "gross"), or None."""
    return next((kind for kind, said in _KINDS if said.search(words)), None)


def _named(head):
    """Return (what the ratio is, its numerator's test, its denominator's test) for the
    words before a percentage, or None."""
    if said := _EQUITY_RATIO.search(head):
        wanted = _kind(head[said.start() :])
        return "equity", _profit_of(wanted), _EQUITY.search
    if (said := _MARGIN.search(head)) and not _NOT_OF_REVENUE.search(said.group("after")):
        wanted = _kind(head[said.start() :])
        return "margin", _profit_of(wanted), lambda x: _REVENUE.search(x) and not _PROFIT.search(x)
    if _SAVINGS_RATE.search(head):
        return (
            "savings",
            lambda x: _SAVINGS.search(x) and not _PACKAGE_PRICE.search(x),
            _PACKAGE_PRICE.search,
        )
    return None


def _profit_of(wanted):
    """Return a test of whether an amount's words say a profit of kind ``wanted``."""
    return lambda x: bool(_PROFIT.search(x)) and (wanted is None or _kind(x) == wanted)


_HOW = {
    "margin": N_("the profit and the revenue (line {line}) it is the margin of"),
    "equity": N_("the profit and the equity (line {line}) it is the return on"),
    "savings": N_("the savings and the packages' price (line {line}) it is the rate of"),
}


def tie_margin(sc, r):
    """Tie a ratio named with no amount (a margin, a return on equity, a savings rate) to
    the one numerator and the one denominator its name defines it over that the passage
    states within reach (sc: the Scanner)."""
    if r.b is not None or r.strength is not None:
        return  # (an amount before it is no operand its name does not define)
    found = _named(r.head[-_HEAD:])
    if found is None:
        return
    what, over, under = found
    when = said_period(r)
    tops: dict = {}
    bottoms: dict = {}
    for e in sc.catalog.near(r.sentence, r.percent.start):
        t = e.amount
        if t.value is None or t.value <= 0 or t.hedge or t.garbled:
            continue
        if sc.roles.get(id(t)) not in ("plain", "new") or not periods.compatible(when, e.period):
            continue
        label = e.label[-60:]
        if over(label):
            tops.setdefault(t.value, t)
        elif under(label):
            bottoms.setdefault(t.value, t)
    if what == "margin":  # "doanh thu thuần" beside "doanh thu hoạt động tài chính"
        net = {v: t for v, t in bottoms.items() if _NET_REVENUE.search(sc.catalog.label_of(t))}
        bottoms = net if len(net) == 1 else bottoms
    if len(tops) != 1:
        return
    (top,) = tops.values()
    bottoms = {v: t for v, t in bottoms.items() if t.unit == top.unit}  # not "671 doanh nghiệp"
    if len(bottoms) != 1:
        return
    (bottom,) = bottoms.values()
    if top.value >= bottom.value:
        return
    how = _(_HOW[what]).format(line=sc.catalog.line_of(bottom))
    r.kind, r.note = "share", ""  # not "unpaired": its words say what it is of
    r.tie("ratio", top, bottom, how, evidence.FIRM)
    r.missing = ""
