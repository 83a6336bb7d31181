"""The words of units: scale words, currencies, what counts count, and hedges; and the unit
of an amount written with a scale word and nothing after it, which the text around it says.
"""

import re

#: scale words → power of ten; longest first where they share a start
SCALES = {
    "nghìn tỷ": 12,
    "ngàn tỷ": 12,
    "nghìn tỉ": 12,
    "ngàn tỉ": 12,
    "triệu tỷ": 15,
    "triệu tỉ": 15,
    "tỷ": 9,
    "tỉ": 9,
    "triệu": 6,
    "nghìn": 3,
    "ngàn": 3,
    "quadrillion": 15,
    "trillion": 12,
    "billion": 9,
    "million": 6,
    "thousand": 3,
}
#: currency words → currency
CURRENCIES = {
    "đồng": "VND",
    "đ": "VND",
    "vnđ": "VND",
    "vnd": "VND",
    "dong": "VND",
    "vietnamese dong": "VND",
    "usd": "USD",
    "us$": "USD",
    "$": "USD",
    "dollars": "USD",
    "u.s. dollars": "USD",
    "us dollars": "USD",
    "đô la": "USD",
    "đô la mỹ": "USD",
}
#: count nouns → the unit they count (counts are checked only against the same unit)
COUNTS = {
    "dn": "firms",
    "doanh nghiệp": "firms",
    "firms": "firms",
    "enterprises": "firms",
    "businesses": "firms",
    "companies": "firms",
    "dự án": "projects",
    "projects": "projects",
    "lượt dự án": "projects",
    "phương tiện": "vessels",
    "tàu": "vessels",
    "ô tô": "cars",
    "chiếc": "units",
    "units": "units",
    "lao động": "people",
    "người": "people",
    "workers": "people",
    "people": "people",
    "tấn": "tonnes",
    "tonnes": "tonnes",
    "tons": "tonnes",
    "ha": "ha",
    "hecta": "ha",
    "hectares": "ha",
    "đề án": "schemes",
    # what khuyến công counts: establishments, classes, households, cooperatives, trainees
    "cơ sở": "establishments",
    "cơ sở công nghiệp nông thôn": "establishments",
    "establishments": "establishments",
    "lớp": "classes",
    "classes": "classes",
    "hộ": "households",
    "households": "households",
    "hợp tác xã": "cooperatives",
    "htx": "cooperatives",
    "cooperatives": "cooperatives",
    "thành viên": "members",
    "xã viên": "members",
    "members": "members",
    "làng nghề": "craft villages",
    "học viên": "trainees",
    "trainees": "trainees",
    "mô hình": "models",
    "sản phẩm": "products",
    # what administrations, customs, tourism and trade reports count
    "hồ sơ": "dossiers",
    "dossiers": "dossiers",
    "tờ khai": "declarations",
    "declarations": "declarations",
    "vụ việc": "cases",
    "vụ": "cases",
    "cases": "cases",
    "cuộc": "inspections",
    "cuộc thanh tra": "inspections",
    "cuộc kiểm tra": "inspections",
    "inspections": "inspections",
    "thủ tục": "procedures",
    "thủ tục hành chính": "procedures",
    "procedures": "procedures",
    "hợp đồng": "contracts",
    "contracts": "contracts",
    "gói thầu": "bid packages",
    "công trình": "works",
    "lượt": "visits",
    "lượt khách": "visits",
    "lượt người": "visits",
    "khách": "visits",
    "khách hàng": "customers",
    "customers": "customers",
    "visitors": "visits",
    "arrivals": "visits",
    "passengers": "visits",
    "nhà đầu tư": "investors",
    "investors": "investors",
    "xã": "communes",
    "huyện": "districts",
    "districts": "districts",
    "trường": "schools",
    "trường học": "schools",
    "schools": "schools",
    "communes": "communes",
    "hộ gia đình": "households",
    "hộ nghèo": "households",
    "người lao động": "people",
    "việc làm": "jobs",
    "jobs": "jobs",
    "học sinh": "pupils",
    "sinh viên": "students",
    "students": "students",
    "bệnh nhân": "patients",
    "patients": "patients",
    "thuê bao": "subscribers",
    "subscribers": "subscribers",
    "container": "TEU",
    "containers": "TEU",
    "teu": "TEU",
    "teus": "TEU",
    "vehicles": "vessels",
    "cars": "cars",
    "căn hộ": "dwellings",
    "apartments": "dwellings",
    "homes": "dwellings",
    "houses": "dwellings",
    "căn nhà": "dwellings",
    "nhà ở": "dwellings",
    "ngôi nhà": "dwellings",
    "km": "km",
    "kg": "kg",
    "lít": "litres",
    "litres": "litres",
    "m2": "m²",
    "m²": "m²",
    "m3": "m³",
    "m³": "m³",
    "mw": "MW",
    "kwh": "kWh",
    # an index's level: "1.266,78 điểm", "1,266.78 points" ("điểm phần trăm" is no amount)
    "điểm": "points",
    "points": "points",
    # the bodies of an administration, and the tourists of tourism reports
    "sở, ngành": "departments",
    "sở ngành": "departments",
    "sở": "departments",
    "departments": "departments",
    "tourists": "visits",
    "khách du lịch": "visits",
    # what industry, trade and banking reports count
    "khu công nghiệp": "industrial parks",
    "kcn": "industrial parks",
    "industrial parks": "industrial parks",
    "industrial zones": "industrial parks",
    "cụm công nghiệp": "industrial clusters",
    "ccn": "industrial clusters",
    "industrial clusters": "industrial clusters",
    "thị trường": "markets",
    "markets": "markets",
    "ngân hàng": "banks",
    "banks": "banks",
    "chợ": "marketplaces",
    "siêu thị": "supermarkets",
    "supermarkets": "supermarkets",
    "đơn vị": "bodies",
    # the targets a plan sets and an assessment counts: "19/21 chỉ tiêu đạt và vượt"
    "chỉ tiêu": "targets",
    "targets": "targets",
    # the provinces a national report counts: "58 of 63 provinces", "28 tỉnh, thành phố"
    "tỉnh, thành phố": "provinces",
    "tỉnh, thành": "provinces",
    "provinces": "provinces",
    "provinces and cities": "provinces",
    "localities": "provinces",
    # the settlements a province counts ("980/1.120 thôn, khu dân cư đạt chuẩn văn hóa"), and
    # what its health, schools and trade count
    "thôn": "villages",
    "ấp": "villages",
    "làng": "villages",
    "khu dân cư": "villages",
    "tổ dân phố": "villages",
    "villages": "villages",
    "hamlets": "villages",
    "trạm y tế": "clinics",
    "trạm": "stations",
    "stations": "stations",
    "thí sinh": "candidates",
    "candidates": "candidates",
    "bác sĩ": "doctors",
    "doctors": "doctors",
    "giường bệnh": "beds",
    "hospital beds": "beds",
    "giáo viên": "teachers",
    "teachers": "teachers",
    "cửa hàng": "shops",
    "shops": "shops",
    "stores": "shops",
    "tổ chức tín dụng": "credit institutions",
}
HEDGES = {
    # a lower bound: the true value is at least this
    "hơn": "above",
    "trên": "above",
    "more than": "above",
    "over": "above",
    "above": "above",
    "at least": "above",
    # an upper bound close to it
    "gần": "near",
    "nearly": "near",
    "almost": "near",
    "close to": "near",
    # an upper bound
    "dưới": "below",
    "under": "below",
    "less than": "below",
    "below": "below",
    # either side
    "khoảng": "about",
    "xấp xỉ": "about",
    "about": "about",
    "around": "about",
    "approximately": "about",
    "some": "about",
    "roughly": "about",
}


def alternatives(words):
    """Return a pattern of any of ``words``, the longest first."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


COUNT = alternatives(COUNTS)
#: a comparison right before a number: what it is compared with is of its unit ("10.9
#: million visitors …, up 22 per cent from 8.9 million")
_COMPARED = re.compile(
    r"(?:\bfrom|\bso với|\bcompared (?:with|to)|\bagainst|\bthan|\btừ)\s*$", re.IGNORECASE
)
#: what introduces each item's amount in a list said in parallel: "… with 4.1 million visitors,
#: followed by China with 3.4 million", "dẫn đầu với 4,1 triệu lượt khách, tiếp theo là … với"
_WITH = re.compile(r"\b(?:with|với)\s*$", re.IGNORECASE)
#: a count noun and its verb right before a number: "International arrivals reached 3.5
#: million", "arrivals stood at 1.17 million"
_SUBJECT = re.compile(
    rf"\b(?P<count>{COUNT})(?:\s+(?:to|in|into|from|at|of)\s+[\w'.-]+){{0,2}}\s+"
    r"(?:reached|stood at|hit|totall?ed|numbered|was|were|"
    r"(?:rose|fell|climbed|increased|decreased|dropped|grew|declined|jumped) to)\s+$",
    re.IGNORECASE,
)
#: a count noun after a word or two that describe it: "1.6 million international visitors"
_DESCRIBED = re.compile(
    r"\s+(?:(?!(?:of|in|for|to|from|and|or|the|a|an|with|by|at|on|per|than|as|is|was)\b)"
    rf"[a-z][\w-]*\s+){{1,2}}(?P<count>{COUNT})(?!\w)",
    re.IGNORECASE,
)


#: the same after a bare number, in lower case and not a month: "62,000 newly
#: established firms" (a date's "15 March firms" is no count)
_DESCRIBED_BARE = re.compile(
    r"\s+(?:(?:and|or)\s+)?(?:(?!(?:of|in|for|to|from|and|or|the|a|an|with|by|at|on|per|than|"
    r"as|is|was|january|february|march|april|may|june|july|august|september|october|"
    rf"november|december)\b)[a-z][a-z-]*\s+(?:(?:and|or)\s+)?){{1,3}}(?P<count>{COUNT})(?!\w)"
)
#: a bare number that stands for the things counted before it: "Of the country's 62,000
#: … firms, 41,300 were in the service sector"
_ELIDED = re.compile(r"\s+(?:were|was|are|is|had|have)\b")
_YEAR = re.compile(r"(?:19|20)\d\d")
#: a bare number, then the count it is out of: "905 trên tổng số 1.230 doanh nghiệp"
_OUT_OF = re.compile(
    r"\s+(?:trên|out of|of (?:the |its |their )?(?:[\w-]+'s\s+)?)\s*"
    rf"(?:tổng\s+số\s+|a total of\s+)?[\d.,]+\s+(?:[A-Za-z-]+\s+){{0,2}}?(?P<count>{COUNT})(?!\w)",
    re.IGNORECASE,
)
#: words that name the things the sentence before counted: "Of these, 157,200 were …"
_OF_THESE = re.compile(r"\b(?:of|among) (?:these|them|those|which)\s*,?\s*$", re.IGNORECASE)


def counted_bare(text, number, span, amounts_before, locale):
    """Return (the count a bare number ``number`` at ``span`` is of, where its words end),
    or None: the count it is out of (``905 trên tổng số 1.230 doanh nghiệp``); in English
    also a count named after a word or two that describe it (``62,000 newly established
    firms``), or a number that stands for the things counted by the amount before it in
    its sentence (``…, 41,300 were in the service sector``) or by the sentence before's
    last count, which "Of these" names (``Of these, 157,200 were newly established``). In
    either language, also what the count before it counts right after a list head (``…,
    of which 19,800``) and what its clause's subject names the number of (``Số doanh
    nghiệp … là 32.600``). ``amounts_before``: (the amount before it in its sentence, the
    sentence before's last count). A year is no count, nor a period's number or a
    percentage's digits."""
    start, end = span
    before, earlier = amounts_before
    if _YEAR.fullmatch(number):
        return None
    head = _head_of(before)
    m = re.match(rf"\s+{re.escape(head)}(?![\w\s]*\w)", text[end : end + 40]) if head else None
    if m:  # "312 nhà ở …, đạt 104% kế hoạch (300 nhà)": the head noun of the count before
        return before.unit, end + m.end()
    m = _OUT_OF.match(text, end)  # "905 trên tổng số 1.230 doanh nghiệp", "905 out of 1,230 …"
    if m:
        return COUNTS[m.group("count").lower()], end
    if not _NOT_A_COUNT.match(text, end):  # no period's number, nor a percentage's digits
        if (
            before is not None
            and before.unit in _COUNTED
            and _LIST_OPENED.search(text, max(0, start - 24), start)
        ):
            return before.unit, end  # "24,700 new apartments …, of which 19,800, or 80.2 …"
        counted = _counted_by_subject(text, start, before)
        if counted is not None:
            return counted, end
        if (
            before is not None
            and before.unit in THINGS
            and _RESTATED_SHARE.match(text, end)
            and _JOINED_BEFORE.search(text, max(0, start - 12), start)
        ):
            return before.unit, end  # "…, and 438, or 20.4 per cent, have met …"
    if locale != "en":
        return None
    m = _DESCRIBED_BARE.match(text, end)
    if m:
        return COUNTS[m.group("count").lower()], m.end()
    if (
        before is not None
        and before.unit in _COUNTED
        and _VERB_AFTER.match(text, end)
        and _after_opening_count(text, before, start)
    ):
        return before.unit, end  # "Of the 1,230 enterprises …, 905 submitted their reports"
    if not _ELIDED.match(text, end):
        return None
    if before is not None and before.unit in _COUNTED:
        return before.unit, end
    if earlier is not None and _OF_THESE.search(text, max(0, start - 24), start):
        return earlier.unit, end
    return None


#: a subject that names what the bare numbers of its clause count: "The number of newly
#: registered enterprises in Hanoi rose to 32,600", "Số dự án cấp mới là 45"
_NUMBER_OF = re.compile(
    rf"\b(?:the number of|số lượng|số)\s+(?:[^\W\d_]+[\s-]+){{0,3}}?(?P<count>{COUNT})(?!\w)",
    re.IGNORECASE,
)


#: what follows a number that counts no thing: a decimal or a percentage it is part of,
#: a period ("11 tháng", "9,2%", "six months")
_NOT_A_COUNT = re.compile(
    r"\s*(?:[.,]\d|%|per ?cent|phần trăm|tháng|năm|quý|ngày|tuần|months?|years?|quarters?|"
    r"days?|weeks?)",
    re.IGNORECASE,
)
_YEARS = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _counted_by_subject(text, start, before):
    """Return the count a bare number at ``start`` is of when its clause's subject names it
    ("The number of … enterprises … rose to 32,600 … from 28,400"), or None: no stop or
    semicolon between, and no other number but one of that count (``before``)."""
    found = None
    for m in _NUMBER_OF.finditer(text, max(0, start - 160), start):
        found = m
    if found is None:
        return None
    unit = COUNTS[found.group("count").lower()]
    between = text[found.end() : start]
    if re.search(r"[.!?;]\s", between) or _ANOTHER_SUBJECT.search(between):
        return None  # "số hợp tác xã tăng …, số thành viên tăng …": another subject's
    # a year or a percentage between is no other number: "rose 12.4 per cent to 157,200"
    if re.search(r"\d", _PERCENTAGE.sub("", _YEARS.sub("", between))) and (
        before is None or before.unit != unit or before.start < found.end()
    ):
        return None
    return unit


def _head_of(amount):
    """Return the first word of a count noun of two or more words ("nhà" of "nhà ở"), or
    None."""
    if amount is None or amount.unit not in THINGS:
        return None
    words = amount.said_unit.split()
    return words[0] if len(words) > 1 else None


#: the subject of another number named after the first: ", số thành viên", ", the number of"
_ANOTHER_SUBJECT = re.compile(
    r"[,(]\s*(?:và\s+|and\s+)?(?:số(?:\s+lượng)?|the (?:total )?number of)\s+[^\W\d]",
    re.IGNORECASE,
)
#: a percentage as printed
_PERCENTAGE = re.compile(r"\d[\d.,]*\s*(?:%|per ?cent\b|phần trăm)", re.IGNORECASE)
#: a verb right after a bare number, which then is the subject counted ("905 submitted"),
#: not a number of a thing it names ("15 parks")
_VERB_AFTER = re.compile(
    r"\s+(?:(?:now|also|still|already|then)\s+)?"
    r"(?:[a-z]+ed|were|was|are|is|had|have|has|met|made|took|paid|won|saw|got|did|kept)\b"
)
#: a list head right before a bare number, which then counts what the count before it does
_LIST_OPENED = re.compile(
    r"(?:of which|of whom|among them|trong đó|trong số đó|including)\s*[,:]?\s*$", re.IGNORECASE
)
#: a bare number's share said right after it: ", or 20.4 per cent", ", chiếm 20,4%"
_RESTATED_SHARE = re.compile(
    r",\s*(?:or|chiếm|bằng|tương đương|tương ứng|accounting for|equal to|equivalent to)\s+"
    r"(?:about\s+|khoảng\s+)?" + _PERCENTAGE.pattern,
    re.IGNORECASE,
)
#: what a number of its own stands after: a comma, or a word that joins ("và 438", not
#: "mức độ 2")
_JOINED_BEFORE = re.compile(r"(?:[,;:]|\b(?:và|and|còn|while|but|with))\s*$", re.IGNORECASE)
#: a sentence that opens with the whole its next number is of: "Of the 1,230 enterprises"
_OPENING_WHOLE = re.compile(
    r"(?:^|(?<=[.!?:])\s+)(?:of|among|out of)\s+[^\d;.!?]{0,40}$", re.I | re.M
)


def _after_opening_count(text, before, start):
    """Whether a bare number at ``start`` follows the opening phrase that states the count
    ``before`` ("Of the 1,230 enterprises in the province's industrial parks, 905 …"):
    then it counts the same things, whatever verb follows it."""
    if not re.fullmatch(r"[^\d;.!?,]*,\s*", text[before.end : start]):
        return False
    return bool(_OPENING_WHOLE.search(text, max(0, before.start - 60), before.start))


def unsaid_unit(text, start, end, before, locale):
    """Return the count an amount written with a scale word and no unit (``8.9 million``)
    is of, as the text around it says, or None: English names it after a word or two that
    describe it (``1.6 million international visitors``) or as the subject before it
    (``arrivals reached 3.5 million``); either language compares it with the amount before
    it in its sentence, ``before`` (``10.9 million visitors …, up 22 per cent from 8.9
    million``), which is of the same unit."""
    if locale == "en":
        m = _DESCRIBED.match(text, end) or _SUBJECT.search(text, max(0, start - 60), start)
        if m:
            return COUNTS[m.group("count").lower()]
    if before is None or before.unit not in _COUNTED:
        return None
    if _COMPARED.search(text, max(0, start - 30), start):
        return before.unit
    # "the largest market with 4.1 million visitors, …, followed by China with 3.4 million":
    # two items said in parallel, each "with" its amount
    parallel = _WITH.search(text, max(0, start - 8), start)
    return (
        before.unit
        if parallel and _WITH.search(text, max(0, before.start - 8), before.start)
        else None
    )


_COUNTED = frozenset(COUNTS.values())
#: the units of things counted one by one, not measured ("28 huyện", not "1.64 million
#: tonnes")
THINGS = _COUNTED - {"MW", "TEU", "ha", "kWh", "kg", "km", "litres", "m²", "m³", "tonnes", "points"}


#: words after an amount that make it a bound: "từ 10 triệu USD trở lên", "$10 million or more"
_BOUND_AFTER = re.compile(
    r"\s*(?:trở lên|trở xuống|or (?:more|above|over|less|below)|and (?:above|over|more))\b",
    re.IGNORECASE,
)


def threshold_of_count(t, before, counted, text):
    """Whether an amount is a bound the things counted just before it (in unit
    ``counted``, None when no count comes before it) are counted by, not a figure of its
    own: "62 doanh nghiệp có kim ngạch trên 10 triệu USD", "… từ 10 triệu USD trở lên", "42
    firms with exports of $10 million or more"."""
    return (
        counted in THINGS
        and counted != t.unit
        and not re.search(r"[,;()]", before)
        and (t.hedge in ("above", "below") or _BOUND_AFTER.match(text, t.end) is not None)
    )
