"""The names a report gives who a figure is of and who set a plan: places and bodies,
the markets a country trades with, the central and local bodies that assign plans."""

import functools
import re
import unicodedata

from .words import EN_MONTHS, _re

#: a market a country trades with, which a part of the country's trade is named by ("the
#: Philippines remained the largest buyer with …", "with the US taking …", "thị trường Hoa
#: Kỳ"): such a part is of the country's own total, not of a narrower one. Capitalised as
#: names are, so that a common word that spells one is not taken for it.
MARKET = re.compile(
    r"\b(?:[Tt]hị trường|[Mm]arkets?|[Bb]uyers?|[Ii]mporters?|[Nn]hà nhập khẩu|Hoa Kỳ|Mỹ|"
    r"U\.?S\.?|United States|America|Trung Quốc|China|Nhật Bản|Japan|Hàn Quốc|Korea|EU|"
    r"European Union|Liên minh châu Âu|châu Âu|Europe|ASEAN|Philippines|Indonesia|Malaysia|"
    r"Thái Lan|Thailand|Ấn Độ|India|Đài Loan|Taiwan|Hồng Kông|Hong Kong|Singapore|"
    r"Campuchia|Cambodia|Lào|Laos|Myanmar|Úc|Australia|Canada|Britain|UK|Đức|Germany|Pháp|"
    r"France|Hà Lan|Netherlands|Nga|Russia|Brazil|Mexico|Chile|UAE|Bangladesh|Pakistan|"
    r"Ghana|Iraq|Italy|Spain|Belgium|Ba Lan|Poland|Thổ Nhĩ Kỳ|Turkey|Ai Cập|Egypt|Nam Phi|"
    r"South Africa|Israel|Saudi Arabia|Ả Rập Xê Út|châu Phi|Africa|Trung Đông|Middle East|"
    r"Mỹ Latinh|Latin America)(?![\wÀ-ỹ])"
)

#: who set a plan, central or local: "kế hoạch Thủ tướng Chính phủ giao", "dự toán HĐND tỉnh
#: giao", "the plan assigned by the Prime Minister", "the plan set by the province"
_CENTRAL = (
    r"thủ tướng(?: chính phủ)?|chính phủ|quốc hội|trung ương|(?:the )?prime minister|"
    r"(?:the )?government|(?:the )?national assembly"
)
_LOCAL = (
    r"(?:hđnd|hội đồng nhân dân|ubnd|ủy ban nhân dân|uỷ ban nhân dân)(?: tỉnh| thành phố)?|"
    r"tỉnh|thành phố|địa phương|(?:the )?(?:provincial |city )?people's (?:council|committee)|"
    r"(?:the )?province|(?:the )?city"
)
_SETTERS = r"giao|phân bổ|assigned|approved|set"
ASSIGNED = _re(
    rf"(?:(?P<central>{_CENTRAL})|(?P<local>{_LOCAL}))\s+(?:đã\s+)?(?:{_SETTERS})\b"
    rf"|\b(?:{_SETTERS})\s+by\s+(?:(?P<central_by>{_CENTRAL})|(?P<local_by>{_LOCAL}))\b"
    # "the National Assembly's estimate", "the People's Council's target": whose plan it is
    rf"|(?:(?P<central_s>{_CENTRAL})|(?P<local_s>{_LOCAL}))'s\s+(?:estimate|plan|target)s?\b"
)


#: what an amount assigned is to be done: "được giao thực hiện 42 đề án", "để hỗ trợ …"
_DOING = r"thực hiện|triển khai|hỗ trợ|tổ chức|xây dựng|đào tạo|thu|giải ngân"
_DOING_EN = (
    r"carry(?:ing)? out|implement(?:ing)?|support(?:ing)?|fund(?:ing)?|build(?:ing)?|"
    r"train(?:ing)?|collect(?:ing)?|disburs(?:e|ing)"
)
#: the words between an amount assigned and another it is assigned for: "được giao 6.850
#: triệu đồng để hỗ trợ 42 đề án", "was allocated VND 6.85 billion to fund 42 schemes"
FOR_DOING = _re(rf"^\s*(?:để|nhằm)\s+(?:{_DOING})\s*$|^\s*to\s+(?:{_DOING_EN})\s*$")

#: an amount said assigned, the amount of its clause's subject and a plan of what is spent
#: or reached with it: "được giao 6.842 tỷ đồng", "được phân bổ là 5.600 triệu đồng", "Thủ
#: tướng Chính phủ giao cho tỉnh là 4.850 tỷ đồng", "was allocated VND5.6 billion"
ASSIGNED_BEFORE = _re(
    r"\b(?:được|đã được)\s+(?:giao|phân bổ|bố trí|phê duyệt|duyệt)"
    rf"(?:\s+(?:là|với|tổng số|tổng cộng|(?:{_DOING})(?:\s+(?!(?:đã|đạt|được)\b)[^\W\d]+){{0,3}}))?"
    r"\s*:?\s*$"
    # "được giao kinh phí khuyến công địa phương 6.850 triệu đồng": the money named, then it
    r"|\b(?:được|đã được)\s+(?:giao|phân bổ|bố trí)\s+"
    r"(?:tổng\s+)?(?:kinh phí|vốn|nguồn vốn|ngân sách)"
    r"(?:(?!\b(?:đạt|thu được|thực hiện|đã|giải ngân)\b)[^,;()%:\d]){0,50}?\s*(?:là|:)?\s*$"
    rf"|(?:{_CENTRAL}|{_LOCAL})\s+(?:đã\s+)?(?:giao|phân bổ|bố trí)"
    r"(?:\s+cho\s+[^,;.()\d]{1,30}?)?(?:\s+(?:là|với))?\s*$"  # "…, HĐND tỉnh giao 13.000"
    r"|\b(?:was|were|has been|have been|had been) (?:allocated|assigned)(?: a total of)?\s*$"
    # "was assigned to carry out 42 schemes", "was tasked with training 1,200 workers"
    r"|\b(?:was|were|has been|have been|had been) (?:assigned|tasked) (?:to|with) "
    rf"(?:{_DOING_EN})\s*$"
    # "The National Assembly approved VND 657.4 trillion of public investment for 2024"
    rf"|(?:{_CENTRAL}|{_LOCAL})\s+(?:has\s+|had\s+)?(?:approved|allocated|assigned)"
    r"(?:\s+(?:a total of|an estimate of|a plan of))?\s*$"
)


def assigned_before(label):
    """Whether the words before an amount say it was assigned (ASSIGNED_BEFORE), looked for
    only where a word of assigning is said at all."""
    return _ASSIGNING.search(label) is not None and ASSIGNED_BEFORE.search(label) is not None


_ASSIGNING = _re(r"giao|phân bổ|bố trí|duyệt|allocated|assigned|approved")


@functools.lru_cache(maxsize=8192)
def assigner(text):
    """Return who the words say set a plan, "central" or "local", or None."""
    m = ASSIGNED.search(text)
    if m is None:
        return None
    central = m.group("central") or m.group("central_by") or m.group("central_s")
    return "central" if central else "local"


#: the words that open the name of a place or a body without being its name: "Tỉnh Bắc
#: Ninh", "Cục Hải quan", "TP. Hồ Chí Minh"
_NAME_HEADS = frozenset(
    [
        "tỉnh",
        "thành",
        "phố",
        "tp",
        "cục",
        "chi",
        "sở",
        "bộ",
        "ủy",
        "ban",
        "ubnd",
        "huyện",
        "quận",
        "xã",
        "công",
        "ty",
        "tập",
        "đoàn",
        "tổng",
        "ngân",
        "hàng",
        "kho",
        "bạc",
        "the",
        "province",
        "city",
        "ministry",
        "department",
        # words that open an English sentence or phrase before a name, and months: "By
        # December 31", "In Ho Chi Minh City"
        "by",
        "in",
        "on",
        "at",
        "from",
        "as",
        "of",
        "for",
        "since",
        "until",
        "after",
        "during",
        *EN_MONTHS,
    ]
)
#: the country itself: the scope of a national total, not one entity among others
_COUNTRY_NAMES = frozenset(["việt nam", "viet nam", "vietnam"])


def proper_names(text):
    """Return the names of places and bodies a text speaks of: runs of two or more
    capitalised words ("Bắc Ninh", "Hải Phòng", "Ho Chi Minh City"), lower-cased, without the
    words that head a name ("Tỉnh", "Cục") and without the country itself."""
    names: set = set()
    run: list = []
    tokens = re.findall(r"[\wÀ-ỹ]+|[^\w\s]", unicodedata.normalize("NFC", text))
    for token in [*tokens, "."]:
        capitalised = token[0].isupper() and token.isalpha() and not token.isupper()
        if capitalised or (run and token.isupper() and len(token) <= 3 and token.isalpha()):
            run.append(token.lower())
            continue
        while run and run[0] in _NAME_HEADS:
            run.pop(0)
        name = " ".join(run)
        if len(run) >= 2 and name not in _COUNTRY_NAMES:
            names.add(name)
        run = []
    return names
