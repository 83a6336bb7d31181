"""A profit margin: the profit a passage states over the revenue it states.

Company results say a margin without its amounts ("Biên lợi nhuận ròng đạt 15,3%", "Its
pre-tax profit margin stood at 18.6 per cent"); its operands are the one profit of the
kind the margin names (after tax, before tax, gross) and the one revenue the passage
states near it, of one unit and one period. The words name both, so the tie is firm
(evidence.py).
"""

import re

from ..core.i18n import _
from . import evidence, periods
from .reach import said_period

#: a margin named right before its percentage, and the verb that gives it: "Biên lợi nhuận
#: ròng đạt", "tỷ suất lợi nhuận trước thuế trên doanh thu là", "net profit margin stood at"
_MARGIN = re.compile(
    r"(?:biên lợi nhuận|biên lãi|tỷ suất lợi nhuận|tỉ suất lợi nhuận|"
    r"\b(?:(?:net|gross|pre-tax|pretax|operating|after-tax)\s+)?(?:profit\s+)?margin)"
    r"(?P<after>[^,;.%\d]{0,40}?)\s*"
    r"(?:đạt|là|ở mức|đạt mức|stood at|was|were|reached|came in at|hit|of|at)\s*$",
    re.IGNORECASE,
)
#: a profit over something other than revenue: equity, assets, capital, costs
_NOT_OF_REVENUE = re.compile(
    r"vốn|tài sản|chi phí|\b(?:ROE|ROA|ROS|equity|assets?|capital|costs?)\b", re.IGNORECASE
)
#: the kind of profit a margin, or a profit's words, name
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
#: how far back from the margin's words its name may begin
_HEAD = 80


def _kind(words):
    """Return the kind of profit words name ("net", "pretax", "gross"), or None."""
    return next((kind for kind, said in _KINDS if said.search(words)), None)


def tie_margin(sc, r):
    """Tie a profit margin said with no amount to the one profit of its kind and the one
    revenue the passage states within reach (sc: the Scanner)."""
    if r.a is not None or r.b is not None or r.strength is not None:
        return
    head = r.head[-_HEAD:]
    said = _MARGIN.search(head)
    if said is None or _NOT_OF_REVENUE.search(said.group("after")):
        return  # "tỷ suất lợi nhuận trên vốn chủ sở hữu": a return on equity, not a margin
    wanted = _kind(head[said.start() :])
    when = said_period(r)
    profits: dict = {}
    revenues: dict = {}
    for e in sc.catalog.near(r.sentence, r.percent.start):
        t = e.amount
        if t.value is None or t.value <= 0 or t.hedge or t.garbled:
            continue
        if sc.roles.get(id(t)) not in ("plain", "new") or not periods.compatible(when, e.period):
            continue
        label = e.label[-60:]
        if _PROFIT.search(label) and (wanted is None or _kind(label) == wanted):
            profits.setdefault(t.value, t)
        elif _REVENUE.search(label) and not _PROFIT.search(label):
            revenues.setdefault(t.value, t)
    net = {v: t for v, t in revenues.items() if _NET_REVENUE.search(sc.catalog.label_of(t)[-60:])}
    if len(net) == 1:  # "doanh thu thuần" beside "doanh thu hoạt động tài chính"
        revenues = net
    if len(profits) != 1 or len(revenues) != 1:
        return
    (profit,), (revenue,) = profits.values(), revenues.values()
    if profit.unit != revenue.unit or profit.value >= revenue.value:
        return
    how = _("the profit and the revenue (line {line}) it is the margin of").format(
        line=sc.catalog.line_of(revenue)
    )
    r.kind, r.note = "share", ""  # not "unpaired": its words say what it is of
    r.tie("ratio", profit, revenue, how, evidence.FIRM)
    r.missing = ""
