"""The words reports tie numbers with, in Vietnamese and English, as patterns.

Each pattern is a rule of how reports are written; scan's README section states them.
"""

import re


def _re(pattern):
    return re.compile(pattern, re.IGNORECASE)


UP = (
    r"tăng(?:\s+(?:thêm|trưởng|mạnh|nhẹ|tới|đến|cao|gần|hơn|khoảng|lên))*|up(?:\s+by)?|rose|"
    r"rises?|risen|rising|grew|grown|grows|growing|growth(?:\s+of)?|increased?|increases|increasing|"
    r"climbing|jumping|surging|"
    r"jumped|jumps|climbed|surged?|surges|soared|soars|leapt|expanded|widened|gained|higher|"
    r"rebounded|advanced|cao hơn|nhiều hơn|an? (?:jump|gain|climb|hike|surge) of"
)
DOWN = (
    r"giảm(?:\s+(?:mạnh|nhẹ|tới|đến|gần|hơn|khoảng|xuống))*|giám|sụt giảm|sụt|down(?:\s+by)?|"
    r"fell|fallen|falls|falling|decreased?|decreases|declined?|declines|declining|dropped|drops?|"
    r"dropping|shrinking|"
    r"went down|shrank|contracted|narrowed|lower|an? (?:fall|drop|decline|decrease) of|"
    r"an? (?:plunge|slump|dip|contraction) of|"
    r"slumped|slumps|plunged|plummeted|tumbled|sank|dipped|slipped|eased|thấp hơn|ít hơn|"
    r"âm(?=\s*\d)|negative(?:\s+growth(?:\s+of)?)?(?=\s*\d)"  # "tăng trưởng âm 3,4%"
)
SHARE = (
    r"chiếm(?:\s+(?:tỷ trọng|tỉ trọng|tỷ lệ|tới|đến|khoảng|gần|hơn|trên|lớn|chỉ|được))*|"
    r"tỷ trọng|tỉ trọng|accounting for|accounted for|accounts for|account for|making up|"
    r"made up|makes up|make up|constituting|constituted|constitutes|constitute|share of|"
    r"compris(?:e|es|ed|ing)|"
    # "nắm giữ 30% thị phần", "chiếm lĩnh 45% thị trường"
    r"(?:nắm giữ|chiếm lĩnh)(?=\s+(?:(?:khoảng|gần|hơn|trên)\s+)?\d[\d.,]*\s*%)|"
    # "taking 72 percent of the market", "held 30 per cent of it", "covered 29.2 percent of
    # the cost": a share only so said
    r"(?:took|taking|takes|take|held|holding|holds|hold|captured|capturing|captures|capture|"
    r"buys|bought|buying|buy|covered|covering|covers|cover|forms?|formed|forming)"
    r"(?=\s+(?:(?:about|nearly|"
    r"almost|over|around|some|more than|less than)\s+)?\d[\d.,]*\s*(?:per\s*cent|percent|%)"
    r"\s+of\b)"
)
RATE = (
    r"đạt|hoàn thành|thực hiện|giải ngân(?:\s+đạt)?|reached|reaching|achieved|fulfilling|"
    r"fulfilled|met|meeting|completed"
)
PROPORTION = (
    # (not "tăng tương ứng 12,4%, 8,7% và 5,1%": respectively, after a verb of change)
    r"bằng|tương đương(?:\s+với)?|(?<!tăng )(?<!giảm )tương ứng(?:\s+với)?|equal to|"
    r"equivalent to|equall?ing|equall?ed|equals|or|"
    # ", a rate of X%"
    r"representing|represented|represents|represent|(?<=, )an? (?:rate|ratio) of"
)
EXCESS = (
    r"vượt(?:\s+(?:mức|gần|hơn|khoảng))*|exceed(?:ed|ing|s)|surpass(?:ed|ing|es)|beat(?:ing|s)?|"
    r"top(?:ped|ping)"
)
CONTRIBUTION = r"đóng góp|contribut\w*"

SHARE_WORD, PROPORTION_WORD = _re(SHARE), _re(PROPORTION)
KEYWORD = _re(
    rf"(?P<up>\b(?:{UP})\b)|(?P<down>\b(?:{DOWN})\b)|(?P<share>\b(?:{SHARE})\b)|"
    rf"(?P<excess>\b(?:{EXCESS})\b)|(?P<contribution>\b(?:{CONTRIBUTION})\b)|"
    rf"(?P<rate>\b(?:{RATE})\b)|(?P<proportion>\b(?:{PROPORTION})\b)"
)
#: a change named after its percentage: "a 5.7 percent increase", "a 3% fall"
#: another period's level: "the 2023 level", "last year's figure"
_LEVEL_OF = (
    r"(?:the |its )?(?:(?:19|20)\d\d|last year's|the (?:previous|prior) year's|a year "
    r"earlier's|the same period's|the pre-[\w-]+|the year-(?:earlier|ago))\s+"
    r"(?:level|figure|total|volume|value|revenue|output|sales)"
)
#: the words of a comparison after a percentage: "12 per cent higher", "2.3 per cent smaller"
_MORE = r"higher|more|greater|larger|bigger|wider"
_LESS = r"lower|less|fewer|smaller|narrower"
#: the words of a contrast, and of a comparison: "while", "trong khi đó"; "more", "lower"
WHILE, COMPARATIVE = r"while|whereas|còn|trong khi(?:\s+đó)?", rf"{_MORE}|{_LESS}"
#: a contrast that opens another subject's clause: ", while", "; còn", ", nhưng"
CONTRAST = _re(rf"[,;]\s*(?P<word>{WHILE}|but|nhưng)\b")
#: "12.7 percent more by volume and 38.2 percent more by value than …": the measure compared
_BY = r"(?:\s+(?:by|in)\s+(?:volume|value|quantity|weight|tonnage)(?:\s+terms)?)"
_BY_MEASURE = rf"{_BY}(?:\s+than)?"
KEYWORD_AFTER = _re(
    r"^\s*(?P<up>increase|rise|growth|jump|gain|expansion|surge|climb|hike|"
    rf"(?:{_MORE})(?: than|(?=\s*[.;])|{_BY_MEASURE})"
    r"|above)\b|"
    r"^\s*(?P<down>decrease|decline|drop|fall|contraction|slump|plunge|dip|"
    rf"(?:{_LESS})(?: than|(?=\s*[.;])|{_BY_MEASURE})|below)\b|"
    r"^\s*(?P<share>share\b|of (?:the |its |their )?(?:country's |nation's |province's |city's |"
    r"[a-z-]+'s )?(?:total|overall|whole))\b|"
    # "only 82.4 per cent of the 2023 level of 1.64 million tonnes": a ratio to a period
    rf"^\s*(?P<ratio>of {_LEVEL_OF})\b|"
    # "…, 48.9 per cent of its VND78.7 trillion plan": a rate said with no verb
    r"^\s*(?P<rate>of (?:the |its |their )?(?:[^\s,;()%]+ ){0,3}?"
    r"(?:annual |full-year |yearly )?(?:plan|target|estimate)s?)\b"
)
#: "7.13% higher than the month's target": a comparison after the percentage
THAN = _re(rf"^\s*(?:(?:{_MORE}|{_LESS}) than|above|below)\b")

#: between a part or a share and its whole said right after it: "$291.9 billion of the
#: $405.5 billion", "70 percent of the 2,400 enterprises"
OF_THE = _re(r"\s+of\s+(?:the|a|an)?\s*")
#: "chỉ tiêu" (a target), not "chỉ tiêu thụ" (only sold) or "chỉ tiêu dùng" (only spent)
TARGETS_WORD = r"chỉ tiêu(?!\s+(?:thụ|dùng)\b)"
#: "mục tiêu" (a target), not the name of the national target programmes ("chương trình
#: mục tiêu quốc gia"), whose amounts are what they were given or spent
AIM_WORD = r"(?<!chương trình )mục tiêu(?!\s+quốc gia)"
PLAN = _re(
    r"dự toán|kế hoạch|(?-i:\bKH\b)|"
    + TARGETS_WORD
    + r"|"
    + AIM_WORD
    + r"|\bplan\w*|targets?\b|goals?\b|projection|estimate\b|"
    r"budget estimate"
)
#: a rate said as a target right before it: "the target of 15 per cent", "mục tiêu 8%"
TARGET_RATE = _re(
    r"\b(?:target|goal|ceiling|threshold|mục tiêu|ngưỡng|trần)(?:\s+(?:of|là|set at|at))?\s*$"
)
#: the words of a forecast: "expects the full-year figure to reach", "dự báo cả năm đạt"
FORECAST = _re(r"\b(?:expects?|expected|forecasts?|projected|predicts?|predicted)\b|\bdự báo\b")
#: a comparison with another period: what a growth or a ratio is taken against
COMPARED = _re(
    r"so với|\bso\b|compared (?:with|to)|\bagainst\b|\bversus\b|\bfrom\b|\bover\b|cùng kỳ|cùng kì|"
    # "up 10.4 per cent on 2023", "on last year's": British for "compared with"
    r"\bon(?=\s+(?:(?:19|20)\d\d\b(?![./-]\d)|(?:last|the previous) year))|"
    r"(?:year[- ])?on[- ]year|same (?:period|time)|a year earlier|previous (?:year|month)"
)
SAME_PERIOD = _re(r"cùng kỳ|cùng kì|same period|(?:year[- ])?on[- ]year|a year earlier|same time")
#: a comparison with the period just before, not with a year ago: "so với tháng trước",
#: "from a month earlier", "quarter-on-quarter" (``unit``: month, quarter, week, or kỳ)
PERIOD_BEFORE = _re(
    r"(?P<vi>tháng|quý|kỳ|tuần) trước|(?:a|the previous|the prior|last) (?P<en>month|quarter|week)"
    r"(?: earlier)?|(?P<on>month|quarter)[- ]on[- ](?:month|quarter)"
)


def period_before(words):
    """Return the unit of the period just before that words compare with ("month" for "so
    với tháng trước", "from a month earlier"), with the words that say it; or None."""
    m = PERIOD_BEFORE.search(words)
    if m is None:
        return None
    unit = (m.group("vi") or m.group("en") or m.group("on")).lower()
    return {"tháng": "month", "quý": "quarter", "tuần": "week"}.get(unit, unit), m.group(0)


#: words before an amount that make it the change, not the level: "giảm 11.388 tỷ đồng"
CHANGE_BEFORE = _re(
    r"(?:(?:tăng|giảm|giám|sụt|hụt(?:\s+thu)?|vượt(?:\s+thu)?|cao hơn|thấp hơn|ít hơn|nhiều hơn)"
    r"(?:\s+(?:thêm|tuyệt đối|tới|đến|mạnh|nhẹ|so với cùng k[ỳì](?: năm \w+)?))*"
    r"|(?:tương ứng|tương đương)(?:\s+với)?\s+(?:mức\s+)?(?:tăng|giảm)(?:\s+(?:thêm|tới|đến))?"
    r"|mức (?:tăng|giảm)\b[^,;()%]{0,30}?\bvới"
    r"|\b(?:up|down)(?: by)?|\bby|an? (?:increase|rise|decrease|fall|drop) of"
    # an English verb of change right before its amount: "gained 12.5 points, or 1.02 per
    # cent", "rose $1.9 billion" (not "rose to": the level)
    r"|\b(?:rose|gained|gaining|grew|climbed|jumped|increased|added|adding|fell|lost|losing|"
    r"dropped|declined|decreased|shed|shedding|slid))\s*\(?\s*$"
)
#: "made up VND610 trillion": a share's verb, not a rise before its amount
MADE_UP = _re(r"\b(?:made|make|makes|making)\s+up\s*$")
#: the same, right after a change percentage: "(tương ứng …)", ", or nearly …"
CHANGE_LINK = _re(
    # ("36 more than a year earlier, an increase of 24.3 per cent": the change said so)
    r"^[\s,]*(?:(?:more|fewer|less)\s+than\b[^,;()%\d]{0,30},\s*)?"
    r"(?:(?:year[- ]on[- ]year|y/y|so với cùng kỳ)[\s,]*)?(?:\(\s*)?"
    r"(?:(?:tương ứng|tương đương)(?:\s+với)?(?:\s+(?:tăng|giảm))?"
    r"(?:\s+(?:thêm|tới|đến|tuyệt đối))?|giảm tuyệt đối|tăng tuyệt đối|hay|or|i\.e\.|"
    r"tức(?:\s+là)?(?:\s+(?:tăng|giảm))?|"
    # "tăng 612 tỷ đồng so với đầu năm, tốc độ tăng trưởng 10,4%", "a growth rate of"
    r"(?:tốc độ|tỷ lệ|mức)\s*(?:tăng|giảm)?\s*(?:trưởng)?(?:\s+(?:là|đạt))?|"
    r"(?:an?\s+)?(?:growth|increase|decrease|decline)\s+rate\s+of|"
    r"an?\s+(?:increase|rise|gain|jump|decrease|decline|drop|fall)\s+of)?"
    r"[\s,]*(?:\(\s*\+?)?$"
)
#: a word that makes what follows a change: "…, or nearly US$25 billion", "(tương ứng …)"
CHANGE_MARK = _re(
    r"(?:\(|,)\s*(?:tương ứng|tương đương|or|hay|i\.e\.)(?:\s+(?:với|tăng|giảm|nearly|about|"
    r"some|over|more than|almost))*\s*$"
)
#: what joins an amount to its companion of another measure, said of the same thing:
#: "1.7 million tonnes worth $848 million", "1,2 triệu tấn, trị giá 600 triệu USD"
COMPANION = _re(r"\s*(?:worth|valued at|,?\s*trị giá|,?\s*với trị giá|\()\s*")
#: "from A to B", "từ A lên B": the words between a base and the level it went to
FROM_BEFORE = _re(r"(?:\bfrom|\btừ)(?:\s+(?:mức|a|an))?\s*$")  # "từ mức 3,25%", "from a"
TO_BETWEEN = _re(  # (no percentage between: not "from B, as revenue slipped 2.5 percent to")
    r"^(?:(?!per ?cent|phần trăm)[^;%()]){0,40}?(?:\bto|\blên|\bxuống|\bđến|\btới)\s*"
    r"(?:mức\s*|còn\s*)?$"
)
#: "giảm 1,6% (-673 ha)", "tăng 2,6% (+443 ha)": a signed amount in parentheses is a change
SIGNED_IN_PARENS = _re(r"\(\s*[-+−]\s*$")
#: "tăng 41% so với cùng kỳ năm 2017 (tương đương với 117 DN)": the change, after the base
CHANGE_AFTER_COMPARISON = _re(
    r"^\s*(?:so với|compared (?:with|to)|against|from)[^()]{0,60}\(\s*"
    r"(?:tương ứng|tương đương)(?:\s+với)?(?:\s+(?:tăng|giảm))?\s*$"
)
#: a part said as what is left of a whole once the parts before are taken: "phần còn lại"
REMAINDER = _re(r"\b(?:phần còn lại|số còn lại|còn lại|the rest|the remainder|the remaining)\b")
#: "31 mặt hàng xuất khẩu trên 1 tỷ USD": a threshold that things are counted over
THRESHOLD_BEFORE = _re(
    r"\d+\s+(?:mặt hàng|nhóm hàng|doanh nghiệp|DN|dự án|thị trường|địa phương|tỉnh|đơn vị|"
    r"items?|products?|goods|firms|markets|localities|provinces)\b[^,;()]*\(?$"
)
#: a contribution to growth, not a part of a whole: "đóng góp 51,08% vào mức tăng trưởng"
TO_GROWTH = _re(r"vào (?:mức )?tăng trưởng|to (?:the )?(?:economic )?growth|\bgrowth\b")
#: the whole named right after a share: "chiếm 0,06% của 2 nghìn tỷ đồng", "40% of VND 5 billion"
WHOLE_AFTER = _re(
    r"^\s*(?:của|of|trong|trên)(?:\s+(?:tổng(?:\s+số)?|the\s+(?:[a-z-]+'s\s+)?total(?:\s+of)?|"
    r"total|a total of|the|its|their|all|(?:the\s+)?[a-z-]+['’]s))?\s*$"
    # "of the province's total investment of $11.86 billion", "tổng vốn đầu tư của tỉnh là"
    r"|^\s*(?:(?:của|of)\s+)?(?:the\s+)?(?:[a-z-]+'s\s+)?(?:total|tổng)(?:\s+[^\s\d,;()%]+){1,5}"
    r"\s+(?:of|là|đạt)\s*$"
    # "37 per cent of GDP, which was estimated at VND 11.5 quadrillion"
    r"|^\s*of\s+[^;%()\d,]{1,40},?\s*(?:which|that)\s+(?:was|is|were|stood at|totalled|"
    r"reached)(?:\s+(?:estimated|put|valued)\s+at)?\s*$"
    r"|^\s*of\s+(?:the\s+)?(?:[a-z-]+(?:'s)?\s+){0,3}?[a-z]+\s+of\s*$"  # "of the national GDP of"
)
#: the words after a percentage that name the whole it is of: "of revenue", "GDP", "tổng thu"
OF_A_WHOLE = _re(
    r"of\b(?!\s+(?:the\s+)?(?:same|previous|last|year|month)\b)|(?:của\s+|trong\s+)?(?:GDP|GRDP|tổng)\b"
)
#: an amount said right after a percentage with "at" or "với", no comma between: the
#: percentage's own amount, not what it is of ("tuna made up 12.5 per cent at $990
#: million", "cá ngừ chiếm 12,5% với 990 triệu USD")
AT_AMOUNT = _re(  # (after "of the total": "made up nearly 40 percent of the total at 4 million")
    r"(?:^|\s)(?:of the total\s+)?(?:at|với)\s+(?=(?:US\$|\$|VND\s?|€|£)?\d)"
)
#: "chiếm 54%, tương đương 2,6 nghìn tỷ đồng": a share's part, restated right after it
PART_RESTATED = _re(  # (or in parentheses: "35,8% (tương đương 1.074 người)")
    r"(?:(?:[^\d%;()]|\b(?:19|20)\d\d\b){0,60}?[\s,])?[\s,]*\(?\s*"
    r"(?:tương đương|tương ứng|tức(?: là)?|equivalent to|or|i\.e\.)"
    r"(?:\s+(?:với|to))?\s*(?:\(\s*)?"
)
#: words in parentheses, which two percentages joined by "và" may have between them: "…
#: 47,09% dự toán và 45,48%", "bằng 109,6% dự toán Trung ương giao (9.000 tỷ đồng) và 102,8%"
PARENTHESIZED = _re(r"\([^()]*\)")
#: "credit growth reached", "tăng trưởng tín dụng đạt": a rate that says it is a growth
GROWTH_SAID = _re(
    r"\b(?:growth|tăng trưởng)(?:\s+[^\s,;%]+){0,6}\s+"
    r"(?:reached|was|hit|stood at|came in at|đạt|là|ở mức)\s*$"
)
#: what may stand before a clause's subject: "Theo báo cáo, tổng …", "Trong đó: …"
SUBJECT_LEAD = _re(
    r"^\s*(?:(?:theo|according to) [^,]*,|trong đó\s*[:,]?|ngoài ra,|bên cạnh đó,|of which,?)?"
    r"\s*(?:tổng|the|total|overall|vietnam's|its)?\s*"
)
#: a plan's own amount: "(dự toán giao 338.000 tỷ đồng)", "chỉ tiêu giao lần 3 là 10.024"
PLAN_BEFORE = _re(
    r"(?:dự toán|"
    + TARGETS_WORD
    + r"|kế hoạch|(?-i:\bKH\b)|"
    + AIM_WORD
    + r"|phấn đấu(?:\s+(?:đạt|thu))?|"
    r"\btarget(?:s|ed)?\b|\bgoal\b|"
    r"\baims? (?:for|to (?:collect|earn|reach|attract))\b|\bplan\b|\bplanned\b|projection|"
    r"\bestimate\b)"
    r"(?:(?!đạt|thu được|thực hiện|đã giải ngân|giải ngân được|reached|disbursed)[^,;()%:]"
    r"|\([^()\d%]{1,40}\)){0,60}?"
    r"(?:\bof\b|\blà\b|:)?\s*(?:\(\s*)?$"
    r"|\b(?:is|are|was|were) (?:projected|targeted|set|planned) at\s*$"
    # "the estimate set by the city's People's Council, which was B"
    r"|\b(?:estimate|target|plan)\b[^;()%:,]{0,60},\s*which (?:was|is|stood at|totalled)\s*$"
)
#: "Kế hoạch năm 2024, tỉnh …", "Theo kế hoạch, …": a sentence that opens with its plan's
#: name states a plan until a verb says what was done (read from the sentence's start)
PLAN_OPENS = _re(
    r"^\s*(?:theo\s+)?kế hoạch(?:\s+(?:năm|giai đoạn)\s+[\d–-]+)?\s*,"
    r"(?:(?!đạt|thu được|thực hiện|đã|reached)[^;%()\d]){0,60}$"
)
#: words that say an amount is a total: "tổng kim ngạch", "of the total"
TOTAL = _re(r"\b(?:tổng|total)\b")
#: words that name all of what is counted: "tổng số xã", "số xã toàn tỉnh", "all households"
ALL_OF = _re(r"\b(?:tổng|total|toàn (?:tỉnh|thành phố|huyện|quốc)|cả (?:tỉnh|nước)|all)\b")
#: "của 28 huyện", "of 45 projects": a count that says whose an amount is
WHOSE = _re(r"(?<!\bout )\b(?:của|of)\s*$")  # not "out of 63 provinces": a whole
#: the words after "đạt X%" that name a whole, not a plan: "dân số", "tổng số hộ"
WHOLE_NAMED = _re(r"tổng\s+\w|(?:số\s+)?(?:dân số|lực lượng lao động|số hộ)\b")
#: an English plan named after its amount: "its VND78.7 trillion plan", "the $5bn target"
PLAN_AFTER = _re(  # (" estimate", " full-year target", " revised plan")
    r"\s+(?:(?:annual|full-year|yearly|revised|original|initial|budget)\s+)?"
    r"(?:plan|target|estimate|goal|budget)s?\b"
)
ITS = _re(r"\b(?:its|their|the|this year's|the year's)\s*$")
#: a comparison right before an amount: "8.6 per cent more than the B"
THAN_BEFORE = _re(
    rf"^\s*(?:{_MORE}|{_LESS}){_BY}? than(?:\s+the)?"
    r"(?:\s+(?:(?:previous|last) year's|(?:19|20)\d\d's))?\s*$"  # "than the previous year's B"
    # "12 per cent more than imports, which stood at B": the item compared, then its amount
    rf"|^\s*(?:{_MORE}|{_LESS}) than [^\d;%()]{{1,40}}?,\s*which\s+"
    r"(?:stood at|totalled|totaled|were|was|reached|amounted to)\s*$"
)
#: an amount after "so với …": the base of the comparison, "(đạt 8.270 tỷ đồng)"
#: a period's, said of its level: "2023's", "last year's", "October's", "the first quarter's"
_PERIOD_S = (
    r"(?:(?:19|20)\d\d|(?:last|the previous|this) (?:year|month|quarter)|(?:January|February|"
    r"March|April|May|June|July|August|September|October|November|December)|the (?:first|"
    r"second|third|fourth|previous) quarter|Q[1-4])'s"
)
#: the verb of a "when" clause that says its subject's level: "when it stood at", "when the
#: country shipped", "khi đó đạt" (not "when it booked a gain of", "sold a plot for"); or
#: none, the amount said right after "when": "when 14.7 million visitors came"
_LEVEL_VERB = (
    r"stood(?: at)?|was|were|reached|totall?ed|amounted to|came(?: in)? (?:to|at)|hit|earned|"
    r"shipped|exported|imported|received|collected|welcomed|sold|posted|recorded|drew|"
    r"averaged|attracted|generated|had|numbered|made|spent|paid|carried|produced|"
    r"đạt(?: mức)?|là|ở mức"
)
BASE_BEFORE = _re(
    r"(?:so với|\bso\b|compared (?:with|to)|against|\bover|\bfrom|\bon)[^;%()]{0,60}"
    # "(đạt B)", "(cùng kỳ năm 2023 đạt B)": the period said again inside the parentheses
    r"\(\s*(?:(?:cùng kỳ|năm|in|the same period)\b[^;%()]{0,30}?\s)?(?:đạt|là|of|at|was)?\s*$"
    rf"|\bfrom\s*(?:an?\s+|the\s+|{_PERIOD_S}\s+)?(?:(?:peak|high|record|low)\s+of\s+)?"
    r"(?:estimated\s+|projected\s+|expected\s+|revised\s+)?$"  # "from an estimated $7,500"
    # "12 per cent below 2023's VND 15 trillion": a period's level, not a plan's
    rf"|\b(?:below|above)\s+{_PERIOD_S}\s*$"
    # "8.6 per cent more than the 1.13 million of 2023", "higher than VND 4.75 trillion"
    rf"|{THAN_BEFORE.pattern}"
    rf"|\bcompared (?:with|to)(?:\s+{_PERIOD_S})?\s*$"
    rf"|\b(?:over|on)\s+{_PERIOD_S}\s*$"
    r"|\bagainst\s*$|\bversus\s*$|\bvs\.?\s*$|,\s*từ\s+mức\s*$"  # "lên A, từ mức B"
    r"|\bso với\s*(?:mức\s*)?$"
    # "nearly double last year's B", "more than twice the B of 2020", "gần gấp đôi mức B"
    rf"|\b(?:double|twice|triple|treble|quadruple)\s+(?:that of\s+|the\s+)?(?:{_PERIOD_S}\s+)?$"
    r"|\bgấp\s+(?:đôi|ba|bốn|rưỡi)(?:\s+(?:mức|con số))?\s*$"
    r"|\bso với[^;%(),]{0,40}?\s(?:là|ở mức)\s*$"  # "so với mức của năm 2023 là B"
    rf"|\b(?:of|than) {_LEVEL_OF}\s+(?:of\s*)?$"  # "lower than the 2024 level of B"
    # "down 4.9 per cent from the same period last year, when the country shipped B",
    # "18 per cent lower than in 2023, when it earned B" (not "when it booked a gain of B":
    # another thing's amount)
    r"|(?:so với|compared (?:with|to)|\bfrom|\bover|\bon(?=\s+(?:19|20)\d\d\b|\s+last\b)|against|"
    r"\bthan|\bof the same (?:period|month|"
    r"quarter|time))[^;%()]{0,50}?(?:,\s*|\s+)"
    rf"(?:when|khi đó|lúc đó)\b(?:[^;%(),]{{0,50}}?\b(?:{_LEVEL_VERB}))?\s*$"
)
#: an amount in parentheses said of the period a growth is compared with: "tăng 9,8% (năm
#: 2023: 10.236 tỷ đồng)", "(+12,6% so với cùng kỳ, cùng kỳ 2.526 triệu USD)"
BASE_IN_PARENS = _re(
    r"(?:^|[,;(]\s*)(?:cùng kỳ(?:\s+năm\s+(?:trước|ngoái|(?:19|20)\d\d))?|"
    r"năm\s+(?:trước|ngoái|(?:19|20)\d\d)|(?:19|20)\d\d)\s*:?\s*(?:đạt|là)?\s*$"
)
#: the level reached, said after a percentage and a comma: "tăng 18,5% …, đạt 9.870 tỷ đồng",
LEVEL_REACHED = _re(  # "…, xuống còn 46.120 tỷ đồng", "rose 9 per cent, reaching …", ", to"
    r"(?:[^\d%;()]|\b(?:19|20)\d\d\b){0,40}?,\s*"
    r"(?:đạt|lên|(?:xuống\s+)?còn|xuống|ở mức|reaching|to reach|to)\s*(?:mức\s*)?"
)
#: the new level after a change: "rose 14.5% to US$93.51 billion", "giảm xuống còn …"
NEW_AFTER = _re(
    r"^[\s,)]*(?:(?:in (?:volume|value|terms of \w+)|về (?:lượng|trị giá|giá trị)|year-on-year|"
    r"on-year|y-o-y|yoy|y/y|on the year|from a year (?:earlier|ago)|so với [^,;%()]{1,40}?),?\s+)?"
    r"(?:\bto(?:\s+(?:close|end|finish|settle|stand)\s+at)?|lên|xuống(?:\s+còn)?|còn)"
    r"(?:\s+(?:an?|the))?"
    r"(?:\s+(?:mức|about|around|cao|kỷ lục|record|new|all-time|historic|high|peak|total|"
    r"estimated|of))*\s*$"
)
#: "A trong tổng số B", "A out of B": B is the whole
#: ("đóng góp A vào tổng giá trị sản xuất B": what A is put into)
WHOLE_BEFORE = _re(  # ("out of a labour force of B": the whole named, then its amount)
    r"(?:(?:trong|trên|vào) tổng(?:\s+[^\s\d,;()%]+){0,5}|out of(?:\s+(?:a|an|the)\s+"
    r"[^\d,;()%]{1,30}?\s+of)?|of a total of|of the total(?: of)?)\s*$"
)
#: "Trong tổng số thu A thì …": A is the whole of what follows; "Trong 1.612 lao động …"
#: too, when the amount is right after (group "bare": not "Trong 6 tháng, … A")
WHOLE_LEAD = _re(
    r"^\s*(?:trong tổng(?: số)?|(?P<bare>trong(?: số)?)(?=\s+\d)|of the total of|out of a total of"
    # "Of total FDI of $38.23 billion, …"
    r"|of (?:the )?total(?:\s+[^\d,;$]{1,40}?)?\s+of(?=\s+(?:[$\d]|VND|USD|US\$))"
    r"|(?:out of|of|among)(?:\s+the)?(?=\s+(?:[$\d]|VND|USD|US\$))"  # "Of 1,200 respondents"
    r"|of (?:the|its|their|all)(?: country's| nation's| province's| city's)?"
    r"(?=\s+(?:[$\d]|VND|USD|US\$)))\b"
)
#: a whole said by a pronoun, of what was said right before its own percentage: "45 percent
#: of them", "45% trong số đó" (not the whole the sentence opens with)
OF_THE_ONE_BEFORE = _re(  # (not "of this year's output", "of these 500 firms")
    r"\s*(?:of (?:them|these|those|it|whom|which)|trong số (?:đó|này)|của (?:họ|số đó|số này)|"
    r"of (?:this|that)(?=\s*[,.;)]|\s+(?:figure|amount|number|total|sum)\b))\b(?![\w ]*\d)"
)
#: an amount restated in another unit: "(19.6 billion U.S. dollars)", "tương đương hơn 55 ngàn tỷ"
CONVERSION_BEFORE = _re(r"^\s*(?:\(|,?\s*tương đương(?:\s+với)?|,?\s*equivalent to)\s*$")
#: an amount said net of a part ("Nếu không kể thu tiền sử dụng đất, thu nội địa đạt B",
#: "excluding land-use fees, …"): another figure than the one its words name plainly
NET_OF = _re(
    r"\b(?:không kể|không tính|loại trừ|(?:nếu )?trừ đi|ngoài trừ|excluding|not counting|"
    r"net of|minus)\b"
)
#: a scope that names a different whole than a list's own total
ELSEWHERE = _re(r"toàn quốc|cả nước|toàn ngành|nationwide|the country|national total")
#: the scope a whole is said of ("kim ngạch xuất khẩu của tỉnh"), which its parts share:
#: no other item's total
SCOPE_WORDS = frozenset(["tinh", "province", "provincial", "city"])
#: the English names of the months, in order
EN_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
#: a rate moved to its level by a verb: "…, giảm tỷ lệ hộ nghèo xuống còn", "bringing the
#: poverty rate down to"
RATE_MOVED = _re(
    r"(?:\b(?:giảm|tăng|hạ|nâng|đưa|kéo giảm)\s+(?:tỷ lệ|tỉ lệ)|\b(?:bringing|cutting|lifting|"
    r"pushing|reducing|raising)\s+(?:the\s+)?[\w\s'-]{0,30}?\b(?:rate|ratio))\b[^,;%()]*$"
)
#: what stands between an amount and what it was exceeded by: "the estimate of B by D",
#: "the target of B by 11.4 per cent", "the B plan by D"
BY = _re(r"\s*(?:(?:plan|target|estimate|goal)\s+)?by\s*")
#: "by" ending the words before an amount or a percentage: "exceeding the target … by"
BY_END = _re(r"\bby\s*$")
#: a verb that says a plan or an amount was exceeded: "exceeded the estimate of B by D"
EXCEEDED = _re(
    r"\b(?:exceed(?:ed|ing|s)?|surpass(?:ed|ing|es)?|beat(?:ing|s)?|top(?:ped|ping|s))\b"
)
#: a verb that says a plan or an amount was fallen short of: "fell short of the plan of B by D"
SHORT_OF = _re(r"\b(?:f[ae]ll(?:s|ing)?\s+short\s+of|miss(?:ed|es|ing)?)\b")
#: such a verb before the amount it says was lost: "fell short of the VND 16,000 billion
#: plan by" (a fall, though "by" alone says no way)
SHORT_BY = _re(SHORT_OF.pattern + r"(?:[^,;%()]|(?<=\d)[.,](?=\d)){0,70}\bby\s*$")
#: the words of money disbursed: "đã giải ngân 5.870 tỷ đồng", "disbursed", "kinh phí giải
#: ngân tăng 22,5%"
DISBURSED = _re(r"\bgiải ngân\b|\bdisburse(?:d|ment)\b")
#: a rate set after an amount, as what it makes of its whole: ", an absorption rate of"
RATE_APPOSED = re.compile(  # (or a ratio's own noun: "had an average occupancy of 68 per cent")
    r",\s*an? (?:[\w-]+ ){0,2}rate of\s*$"
    r"|(?<!\bwith )\ban? (?:[\w-]+ )?(?:occupancy|coverage|utili[sz]ation)(?: rate| ratio)? of\s*$",
    re.I,
)
#: a rate of change, interest or price so set, which is no amount's ratio to its whole
RATE_OF_CHANGE = re.compile(
    r"\b(?:growth|interest|inflation|tax|exchange|lending|deposit|discount|mortgage|annual)\b",
    re.I,
)
#: a subject that says its percentage is a proportion: "Tỷ lệ hộ nghèo cuối năm còn",
#: "The poverty rate stood at", "…, giảm tỷ lệ hộ nghèo xuống còn", "giving a loan-to-deposit
#: ratio of"
RATE_SUBJECT = re.compile(
    r"(?:^|[,;.:]\s*)(?:(?:and|while|with)\s+)?(?:(?:giảm|tăng|hạ|nâng|đưa|kéo giảm|bringing|"
    r"lifting|pushing|raising|taking|putting|keeping|leaving)\s+)?"
    r"(?:tỷ lệ|tỉ lệ|tỷ trọng|the (?:[\w-]+'s )?(?:[\w-]+ ){1,2}(?:rate|share|ratio)|the "
    r"(?:rate|share|proportion|ratio) of|(?:its|their) (?:[\w-]+ )?share|"
    r"(?:giving|making|for|with) an? (?:[\w-]+ ){1,2}ratio of)\b[^,;%()]*$",
    re.IGNORECASE,
)
#: a ratio named as the subject of "đạt", of no plan or spending: after a clause ("…, đã
#: cho thuê 900 ha, tỷ lệ lấp đầy đạt"), or opening its own (``opens``: "Tỷ lệ tốt nghiệp
#: đạt", which its part said after it makes a ratio)
NAMED_LEVEL = re.compile(  # ("Tỷ trọng nuôi trồng trong … đạt 65,8%": a share's, always)
    r"(?:[,;:]|(?P<opens>^))\s*(?:(?:tỷ lệ|tỉ lệ)\s+(?!(?:giải ngân|thực hiện|hoàn thành)\b)"
    r"[^\W\d][^,;%()\d]{0,40}?|(?P<weight>tỷ trọng|tỉ trọng)\s+[^\W\d][^,;%()\d]{0,60}?)"
    r"\s+(?:đạt|là|ở mức)\s*$",
    re.IGNORECASE,
)
#: a part said right after its ratio: "…, với 97.650 thí sinh đỗ", "…, tương ứng 5.870 …"
PART_AFTER = re.compile(
    r"\s*,\s*(?:với|with|tương ứng(?: với)?|tương đương(?: với)?)\s+\d", re.IGNORECASE
)
#: a part restated right after a percentage with no verb: "14.2 per cent, or 305 firms",
#: "14,2%, tương đương 305 doanh nghiệp", "62 per cent, or $2.85 billion"
RESTATED_AFTER = re.compile(
    r"\s*[,(]?\s*(?:or|i\.e\.|tương đương(?: với)?|tương ứng(?: với)?|(?<=,)\s*(?:about|around|"
    r"roughly|some|khoảng))\s+(?:US\$|\$|VND\s?)?\d",
    re.IGNORECASE,
)
#: a verb of change and the level it reached: "fell to", "giảm xuống còn", "tăng lên mức"
LEVEL_AFTER_VERB = re.compile(r"\b(?:to|xuống(?: còn| mức)?|còn|lên(?: mức)?)\s*$", re.IGNORECASE)
#: "đạt tỷ lệ 76%": a rate that says it is a ratio
RATIO_SAID = re.compile(r"\b(?:tỷ lệ|tỉ lệ|a rate of|a ratio of)\s*$", re.IGNORECASE)
#: the words that say a period, and name no item: "in the third quarter", "this year",
#: "trong 11 tháng", "năm 2025"
PERIOD_PHRASE = _re(
    r"\b(?:(?:in|during|for|of|trong)\s+)?(?:the\s+)?(?:(?:first|second|third|fourth)\s+"
    r"(?:quarter|half)|(?:first\s+)?(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven)[- ]months?|(?:this|last|the previous)\s+(?:year|month|quarter)|(?:19|20)\d\d|"
    r"quý\s+[ivx\d]+|\d{1,2}\s+tháng(?:\s+đầu\s+năm)?|tháng\s+\d{1,2}|năm\s+nay)\b"
)
#: what a price is of, right after its amount: "/kg", "/người/tháng", " per tonne", " a tael"
PER_UNIT = re.compile(r"\s*(?:/\s*[^\W\d]+)+|\s+(?:per|a|an|mỗi)\s+(?!\d)[^\W\d]+", re.IGNORECASE)
#: a clause that opens naming the group its parts are of, by words: "trong số lao động nữ,",
#: "among the women," (not "trong số đó", "of them")
GROUP_NAMED = _re(
    r"[\s;,.:]*(?:trong số|among(?: the)?)\s+(?!(?:đó|này|them|these|those)\b)"
    r"(?P<words>[^\W\d][^\d;%,]{0,40}),"
)
