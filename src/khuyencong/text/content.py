"""The distinctive words of a phrase, by which scan tells one item's amount from another's:
lower case without diacritics ("Kim ngạch" → "kim ngach"), compounds joined ("xuất khẩu"
and "exports" → "xk"), generic words dropped."""

import re
import unicodedata

from .words import EN_MONTHS

#: words too common to tell one total from another
GENERIC = frozenset(
    [
        "respectively",  # a run's order names nothing
        "tong",
        "so",
        "tri",
        "gia",
        "gia",
        "tri",
        "kim",
        "ngach",
        "cua",
        "cho",
        "va",
        "cac",
        "nhung",
        "duoc",
        "la",
        "the",
        "of",
        "and",
        "in",
        "a",
        "an",
        "to",
        "for",
        "total",
        "value",
        "volume",
        "turnover",  # "kim ngạch": the value of trade, whatever is traded
        "share",
        "ty",
        "trong",
        "le",
        "nam",
        "thang",
        "quy",
        "ngay",
        *EN_MONTHS,
        "co",  # "có": has, there are
        "dat",
        "bang",
        "chiem",
        "voi",
        "tai",
        "tren",
        "trong",
        "theo",
        "nay",
        "do",
        "mot",
        "so",
        "von",
        "hang",
        "hoa",
        "nuoc",
        "ca",
        "toan",
        "country",
        "country's",
        "its",
        "their",
        "this",
        "that",
        "by",
        "vn",
        "viet",
        "nam",
        "vietnam",
        "percent",
        "phan",
        "tram",
        # English words of grammar and of periods, as "là", "năm", "tháng" are above
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "at",
        "on",
        "as",
        "with",
        "year",
        "full",
        "annual",
        "yearly",
        "month",
        "quarter",
        "half",
        "first",
        "period",
        "reached",
        "targeted",
        "projected",
        # "ước đạt", "estimated at", "will account for", "is expected to": how sure a figure
        # is, not what it is of
        "uoc",
        "estimated",
        "will",
        "would",
        "expected",
        "forecast",
        # "lũy kế đến hết năm, đã giải ngân", "disbursed": spending a plan, and until when
        "luy",
        "ke",
        "het",
        "giai",
        "ngan",
        "disbursed",
        "den",
        "da",
        "end",
        "cuoi",  # "cuối năm": the end of a period, as "end" above
        "or",
        # "riêng X", "X alone": one item singled out, which the word names nothing of
        "rieng",
        "alone",
        # "China thus accounted for": words that link a sentence to the one before
        "thus",
        "therefore",
        "hence",
        # a pronoun stands for a subject said before, and names no item of its own
        "they",
        "them",
        "these",
        "those",
        "which",
        "than",
        "higher",
        "lower",
        "more",
        "less",
        "it",
        "they",
    ]
)


def plain(text):
    """Return lower-case words with diacritics dropped: "Kim ngạch" → "kim ngach"."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


_COMPOUNDS = (
    (
        re.compile(
            r"\bxuat nhap khau\b|\bxnk\b|imports? and exports?|exports? and imports?|"
            r"import[- ]export|trade"
        ),
        " xnk ",
    ),
    (re.compile(r"\bxuat khau\b|\bxk\b|exports?|shipments?|shipped"), " xk "),
    (re.compile(r"\bnhap khau\b|\bnk\b|imports?"), " nk "),
    (re.compile(r"\bngan sach nha nuoc\b|\bnsnn\b|state budget"), " ngan sach nsnn "),
    # foreign direct investment, however written: "vốn đầu tư trực tiếp nước ngoài", "khu
    # vực có vốn đầu tư nước ngoài", "FDI", "foreign-invested"
    (
        re.compile(
            r"\b(?:von )?dau tu truc tiep (?:cua )?nuoc ngoai\b|\bco von dau tu nuoc ngoai\b|"
            r"\bforeign direct investment\b|\bforeign[- ]invested\b|\bfdi\b"
        ),
        " fdi ",
    ),
    (re.compile(r"\bdau tu\b|investment"), " dautu "),
    # "khu vực" (sector, area) names none of its own: "khu vực FDI" is the FDI; nor do the
    # words that open a sum of what was said before: "Như vậy, vốn ngoài nhà nước chiếm"
    (
        re.compile(
            r"\bkhu vuc\b|\b(?:nhu vay|theo do|do do|tinh ra|qua do|thus|hence|as a result)\b"
        ),
        " ",
    ),
    # what is pledged is registered: "FDI pledges", "the pledged amount", "registered FDI"
    (re.compile(r"\bpledg(?:es?|ed|ing)\b"), " registered "),
    # a firm's "sales" are its revenue ("Sales rose … to VND134.3 trillion …; online sales
    # accounted for 14.6 per cent of revenue"), "doanh số" its "doanh thu"
    (re.compile(r"\bdoanh (?:thu|so)\b|revenues?|receipts?|collect(?:ion|ed)|\bsales\b"), " thu "),
    # visitors, tourists and arrivals are one thing counted ("khách"): "international
    # tourists … 3.8 million", "international visitors will account for 35.2 per cent"
    (re.compile(r"\b(?:visitors?|tourists?|arrivals?|du khach)\b"), " khach "),
    # what is launched on a market is its new supply: "12,450 apartments launched … 57%
    # of new supply", "căn hộ mở bán … nguồn cung mới"
    (
        re.compile(
            r"\b(?:new |primary )?supply\b|\blaunch(?:ed|es)?\b|\bmo ban\b|"
            r"\bnguon cung(?: moi)?\b"
        ),
        " cungmoi ",
    ),
    # the verb of a target, which names no item: "phấn đấu đạt", "aims to"
    (re.compile(r"\bphan dau\b|\baims? to\b|\btargets\b|\btargeted\b"), " "),
)


def content_words(text):
    """Return the distinctive words of a phrase, compounds joined, generic words dropped."""
    text = plain(text)
    for pattern, replacement in _COMPOUNDS:
        text = pattern.sub(replacement, text)
    words = re.findall(r"[a-z0-9']+", text)
    if "'" in text:  # "the month's" names the month
        words = [x.removesuffix("'s") for x in words]
    return {w.rstrip("s") if len(w) > 4 and w.isalpha() else w for w in words} - GENERIC - {""}
