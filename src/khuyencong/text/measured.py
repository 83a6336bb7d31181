"""One thing in two measures: a quantity and its value said together ("1.7 million tonnes
worth $848 million"), and the measure a growth's words say it is of ("tăng 16,7% về số dự
án", "12.7 percent more by volume"), which picks its level and base among them.
"""

import re

from . import words as w
from .tokens import Amount, is_money, number_of


def in_measure(r, amounts, text):
    """Return the one of ``amounts`` in the measure a growth's words name ("12.7 percent
    more by volume" → no money), or None when they name none or none is of it."""
    measured = measure_of(r, text)
    if measured is None:
        return None
    return next((t for t in amounts if of_unit(t, measured)), None)


def base_in_measure(r, base, scope, text):
    """Return the base of a growth whose level is said elsewhere, in the measure its words
    name: "38.2 percent more by value than …, when the country exported 6.3 million tonnes
    worth $3.15 billion" is against the $3.15 billion; None when no amount beside the base
    is of that measure."""
    measured = measure_of(r, text)
    if measured is None or of_unit(base, measured):
        return base
    beside = companion(base, scope, text)
    return beside if beside is not None and of_unit(beside, measured) else None


def companion(amount, scope, text):
    """Return the amount said right after ``amount`` as its companion of another measure
    ("1.7 million tonnes worth $848 million"), or None."""
    after = next((t for t in scope if t.start >= amount.end), None)
    if isinstance(after, Amount) and companions(amount, after, text):
        return after
    return None


def companions(first, second, text):
    """Whether two amounts, one right after the other, are one thing in two measures: "1.7
    million tonnes worth $848 million", "8,13 triệu tấn, trị giá 4,68 tỷ USD", or two
    amounts in one pair of parentheses ("so với năm 2023 (1.108 doanh nghiệp, 19.725 tỷ
    đồng)")."""
    between = text[first.end : second.start]
    if w.COMPANION.fullmatch(between):
        return True
    if _AND.fullmatch(between) and is_money(first) != is_money(second):
        return True  # "7.55 million tonnes and $4.34 billion": one thing, in two measures
    return first.in_parens and second.in_parens and _PARENS_LIST.fullmatch(between) is not None


_PARENS_LIST = re.compile(r"\s*[,;]\s*")
_AND = re.compile(r"\s*,?\s*(?:và|and)\s*", re.IGNORECASE)


def of_unit(t, unit):
    money = is_money(t)
    return t.unit == unit or (unit == "money" and money) or (unit == "no money" and not money)


#: what a growth says it measures, right after it: "tăng 16,7% về số dự án", "về vốn",
#: "12.7 percent more by volume"
_MEASURED = re.compile(
    rf"\s*(?:(?:{w.COMPARATIVE})\s+)?(?:về|in terms of|in|by)\s+"
    r"(?:(?P<money>vốn|giá trị|trị giá|kim ngạch|doanh thu|value|"
    r"capital|investment|turnover|revenue|earnings)\b|"
    r"(?P<bulk>lượng|khối lượng|sản lượng|volume|numbers?)\b|"
    r"(?P<count>(?:số|số lượng|the number of)\s+[^,;.%()]{1,40}))",
    re.IGNORECASE,
)


def measure_of(r, text):
    """Return the unit a growth's words say it measures ("về số dự án" → projects, "về
    vốn" → money, "về lượng" → no money), or None."""
    m = _MEASURED.match(text, r.percent.end)
    if m is None:
        return None
    if m.group("count"):
        return number_of(re.sub(r"^(?:the number of|số lượng)", "số", m.group("count")))
    return "money" if m.group("money") else "no money"
