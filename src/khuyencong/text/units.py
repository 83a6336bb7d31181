"""The words of units: scale words, currencies, what counts count, and hedges; and the unit
of an amount written with a scale word and nothing after it, which the text around it says
(a number written with nothing at all after it: counted.py).
"""

import re

#: what joins the numbers of a run, or the percentages of one: "25,0; 16,4 và", "45,3% và"
RUN_JOIN = r"\s*(?:[,;]\s*(?:(?:và|and)\s+)?|(?:và|and)\s+)\s*"
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
    # the wire's abbreviations: "$5.6 bln", "$5bn", "VND12.1 trln", "US$560 mln", and the
    # financial press's: "VND3.4tn", "9mn tonnes"
    "trln": 12,
    "tn": 12,
    "bln": 9,
    "bn": 9,
    "mln": 6,
    "mn": 6,
}
#: scale words abbreviated, written only against their currency: "1.245 tr.đ", "trđ",
#: "Tr.USD" (a statistics table's header)
ABBREVIATED_SCALES = {"tr.": 6, "tr": 6}
ABBREVIATED_BEFORE = r"(?=\s?(?:đồng|đ|usd)(?!\w))"
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
    "công nhân": "people",
    "employees": "people",
    "staff": "people",
    "người": "people",
    "workers": "people",
    "people": "people",
    "jobless": "people",  # "1.09 million jobless": the unemployed
    "unemployed": "people",
    "tấn": "tonnes",
    "tonnes": "tonnes",
    "tons": "tonnes",
    "tonne": "tonnes",
    "ton": "tonnes",
    "tạ": "quintals",  # 100 kg: "năng suất lúa 62 tạ/ha"
    "quintals": "quintals",
    "ha": "ha",
    "hecta": "ha",
    "hectares": "ha",
    "hectare": "ha",  # "a 3,500-hectare target": the singular of an adjective
    "đề án": "schemes",
    "schemes": "schemes",
    # what khuyến công counts: establishments, classes, households, cooperatives, trainees
    "cơ sở": "establishments",
    "cơ sở công nghiệp nông thôn": "establishments",
    "establishments": "establishments",
    "lớp": "classes",
    "classes": "classes",
    "hộ": "households",
    "households": "households",
    "hợp tác xã": "cooperatives",
    "tổ hợp tác": "cooperative groups",
    "trang trại": "farms",
    "farms": "farms",
    "hộ kinh doanh": "household businesses",
    "bệnh viện": "hospitals",
    "hospitals": "hospitals",
    "vessels": "vessels",
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
    "products": "products",
    # what administrations, customs, tourism and trade reports count
    "hồ sơ": "dossiers",
    "dossiers": "dossiers",
    "tờ khai": "declarations",
    "declarations": "declarations",
    "vụ việc": "cases",
    "vụ": "cases",
    "cases": "cases",
    "vụ tai nạn": "cases",
    "accidents": "cases",
    "incidents": "cases",
    # a disease's cases ("1.650 ca mắc sốt xuất huyết"), or a shift's: "ca" counts both
    "ca mắc": "patients",
    "ca bệnh": "patients",
    "ca nhiễm": "patients",
    "ca": "patients",
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
    "packages": "bid packages",
    "bidding packages": "bid packages",
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
    "phòng học": "classrooms",
    "classrooms": "classrooms",
    "schools": "schools",
    "trường mầm non": "schools",
    "kindergartens": "schools",
    "khách sạn": "hotels",
    "hotels": "hotels",
    "phòng khám": "clinics",
    "clinics": "clinics",
    "chuyến bay": "flights",
    "flights": "flights",
    "communes": "communes",
    "hộ gia đình": "households",
    "hộ nghèo": "households",
    "người lao động": "people",
    "việc làm": "jobs",
    "jobs": "jobs",
    "học sinh": "pupils",
    "em": "pupils",  # "vận động 120 em trở lại lớp": pupils, as schools count them
    "cháu": "children",  # "1.245 cháu": children, as kindergartens count them
    "sinh viên": "students",
    "students": "students",
    "pupils": "pupils",
    "bệnh nhân": "patients",
    "người bệnh": "patients",
    "lượt người bệnh": "patients",
    "inpatients": "patients",
    "trẻ em": "children",
    "trẻ": "children",
    "children": "children",
    "beds": "beds",
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
    "căn": "dwellings",  # "7.100 căn" of "căn hộ" said before
    "nhà ở": "dwellings",
    "nhà văn hóa": "cultural houses",
    "nhà văn hoá": "cultural houses",
    "nhà máy": "factories",
    "factories": "factories",
    "ngôi nhà": "dwellings",
    "km": "km",
    "kilometres": "km",
    "kilometers": "km",
    "kg": "kg",
    "lít": "litres",
    "litres": "litres",
    "m2": "m²",
    "m²": "m²",
    "m3": "m³",
    "m³": "m³",
    "mw": "MW",
    "gw": "GW",
    "kwh": "kWh",
    "mwh": "MWh",
    "gwh": "GWh",
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
    # a trade fair's stands, and the fairs: "12 hội chợ, triển lãm với 1.850 gian hàng"
    "gian hàng": "booths",
    "booths": "booths",
    "hội chợ": "fairs",
    "trade fairs": "fairs",
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
    "bài thi": "papers",
    "bài": "papers",
    "exam papers": "papers",
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
#: a count noun said anywhere in a text: "tổng số dự án", "of the projects"
COUNT_NAMED = re.compile(rf"(?<!\w)(?:{COUNT})(?!\w)", re.IGNORECASE)
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
    rf"\b(?P<count>{COUNT})(?:\s+(?:to|in|into|from|at|of)\s+[\w'.-]+(?:\s+[A-Z][\w'.-]*){{0,2}}){{0,2}}\s+"
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
    if before is None or before.unit not in COUNTED:
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


#: every unit a count noun names
COUNTED = frozenset(COUNTS.values())
#: the bodies and places "đơn vị" may count again: administrations, firms, schools, …
BODIES = frozenset(
    {
        "banks", "bodies", "clinics", "communes", "cooperatives", "credit institutions",
        "departments", "districts", "establishments", "firms", "industrial clusters",
        "industrial parks", "marketplaces", "provinces", "schools", "stations",
        "supermarkets", "villages",
    }
)  # fmt: skip


def counted_as_before(out, count, earlier=None):
    """Return the unit of one of the last few amounts ``out`` whose count noun ``count``
    heads ("trạm" of "trạm y tế"), or, for a noun that counts anything ("units", "chiếc"),
    that of the last of them, or of the sentence before's last count (``earlier``), that
    counts things ("40,884 vehicles …. Passenger cars made up 31,722 units"); or None."""
    for prior in reversed(out[-_HEAD_NOUN_BACK:]):
        prior = getattr(prior, "second", prior)  # a pair's: "245/260 trạm y tế, … 180 trạm"
        said = getattr(prior, "said_unit", "").lower()
        if said.startswith(count + " "):
            return prior.unit
    if COUNTS.get(count) != "units":
        return None
    for prior in [*reversed(out[-_HEAD_NOUN_BACK:]), earlier]:
        unit = getattr(prior, "unit", None)
        if unit in THINGS and unit != "units":
            return unit
        if unit is not None and unit != "?":
            return None  # the last amount counts nothing, or only units
    return None


#: how many amounts back a count noun said alone may take a fuller count's unit from
_HEAD_NOUN_BACK = 4


def bodies_counted(tokens, before):
    """Return the unit of the bodies or places "đơn vị" counts: those its clause names
    before it (``before``: "Hợp tác xã trên địa bàn tỉnh có"), else those the last of its
    sentence's ``tokens`` counts (the whole of a pair, "7/9 huyện"); or None."""
    clause = re.split(r"[.;:]", before)[-1]
    named = [COUNTS[m.group(0).lower()] for m in COUNT_NAMED.finditer(clause)]
    named = [u for u in named if u in BODIES]
    if named:
        return named[-1]
    last = tokens[-1] if tokens else None
    last = getattr(last, "second", last)
    unit = getattr(last, "unit", None)
    return unit if unit in BODIES else None


#: the words of the measure a unit is of, which name no item of their own: "chiếm 72,8%
#: diện tích gieo trồng" of "gieo trồng 85.420 ha lúa" (plain, as reach.item_words says them)
MEASURED = {
    "ha": frozenset(["dien", "tich", "area"]),
    "m²": frozenset(["dien", "tich", "area"]),
}


#: the units of things counted one by one, not measured ("28 huyện", not "1.64 million
#: tonnes")
THINGS = COUNTED - {
    "MW",
    "GW",
    "MWh",
    "GWh",
    "TEU",
    "ha",
    "kWh",
    "kg",
    "km",
    "litres",
    "m²",
    "m³",
    "tonnes",
    "points",
    "quintals",
}


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
