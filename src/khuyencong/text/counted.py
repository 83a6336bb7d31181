"""A number written bare, with no unit after it, that counts something all the same: the
count it is out of ("905 trên tổng số 1.230 doanh nghiệp"), the count its words describe
("62,000 newly established firms"), the count before it that it stands for ("…, 41,300 were
in the service sector", "…, and 438, or 20.4 per cent, have met …"), the count its clause's
subject names the number of, or the head noun of the count before it ("(300 nhà)" after
"312 nhà ở").
"""

import re

from .units import COUNT, COUNTED, COUNTS, RUN_JOIN, THINGS

#: a count named a word or two after a bare number, in lower case or an acronym, and not a
#: month: "62,000 newly established firms", "42 new FDI projects" (a date's "15 March
#: firms" is no count)
_DESCRIBED_BARE = re.compile(
    r"\s+(?:(?:and|or)\s+)?(?:(?!(?:of|in|for|to|from|and|or|the|a|an|with|by|at|on|per|than|"
    r"as|is|was|were|are|january|february|march|april|may|june|july|august|september|october|"
    rf"november|december)\b)(?:[a-z][a-z-]*|[A-Z]{{2,5}})\s+(?:(?:and|or)\s+)?){{1,3}}"
    rf"(?P<count>{COUNT})(?!\w)"
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
#: a body of people whose number follows: "a workforce of 15,000", "a population of 98,000"
_PEOPLE_OF = re.compile(
    r"\b(?:workforce|work force|labou?r force|staff|headcount|population|membership)\s+of\s*$"
    # as its clause's subject: "the labour force aged 15 and over stood at 53.2 million"
    r"|\b(?:workforce|labou?r force|population)\b[^,;.%]{0,40}?\s(?:stood at|was|reached|"
    r"totall?ed|hit|rose to|fell to|grew to)\s*$",
    re.IGNORECASE,
)


def people_of(text, start):
    """Whether the number at ``start`` is said as the number of a body of people ("a
    workforce of 15,000", "a population of 1.2 million")."""
    return _PEOPLE_OF.search(text, max(0, start - 80), start) is not None


#: words that name the things the sentence before counted: "Of these, 157,200 were …"
_OF_THESE = re.compile(r"\b(?:of|among) (?:these|them|those|which)\s*,?\s*$", re.IGNORECASE)


def counted_bare(text, number, span, amounts_before, locale):
    """Return (the count a bare number ``number`` at ``span`` is of, where its words end),
    or None: the count it is out of (``905 trên tổng số 1.230 doanh nghiệp``); in English
    also a count named after a word or two that describe it (``62,000 newly established
    firms``), or a number that stands for the things counted by the amount before it in
    its sentence (``…, 41,300 were in the service sector``) or by the sentence before's
    last count, which "Of these" names (``Of these, 157,200 were newly established``), or
    the number of a body of people (``a workforce of 15,000``). In
    either language, also what the count before it counts right after a list head (``…,
    of which 19,800``) and what its clause's subject names the number of (``Số doanh
    nghiệp … là 32.600``). ``amounts_before``: (the amount before it in its sentence, the
    sentence before's last count, the amounts of its text before it). A year is no count,
    nor a period's number or a percentage's digits."""
    start, end = span
    before, earlier, said = amounts_before
    if _YEAR.fullmatch(number):
        return None
    # "312 nhà ở …, đạt 104% kế hoạch (300 nhà)": the head noun of the count before, or of
    # a count a few amounts back ("1.450 cụm công nghiệp … 50.500 ha, trong đó 752 cụm")
    for prior in (before, *said[-1 : -_HEADS_BACK - 1 : -1]):
        head = _head_of(prior)
        m = re.match(rf"\s+{head}{_NOUN_ENDS}", text[end : end + 40]) if head else None
        if m:
            return prior.unit, end + m.end()
    m = _OUT_OF.match(text, end)  # "905 trên tổng số 1.230 doanh nghiệp", "905 out of 1,230 …"
    if m:
        return COUNTS[m.group("count").lower()], end
    if not _NOT_A_COUNT.match(text, end):  # no period's number, nor a percentage's digits
        if (
            before is not None
            and before.unit in COUNTED
            and (
                _LIST_OPENED.search(text, max(0, start - 24), start)
                or _OF_WHICH_AFTER.match(text, end)
            )
        ):
            return before.unit, end  # "24,700 new apartments …, of which 19,800, or 80.2 …",
            # "3,400 workers, 2,210 of whom, or 65 percent, …"
        counted = _counted_by_subject(text, start, before)
        if counted is not None:
            return counted, end
        if _noun_named_again(text, end):
            return "units", end  # "1.050 cây cầu …, trong đó 712 cầu đã được xây dựng"
        if before is not None and before.unit in COUNTED and _MORE_THAN.match(text, end):
            return before.unit, end  # "184 schemes, 36 more than a year earlier"
        if (
            before is not None
            and before.unit in THINGS
            and _SHARE_THEN_PARENS.search(text, max(0, start - 16), start)
            and text[end : end + 1] == ")"
        ):
            return before.unit, end  # "Of the 1,250 projects, 38 per cent (475) were …"
        if (
            before is not None
            and before.unit in THINGS
            and (_RESTATED_SHARE.match(text, end) or _WHERE_THEN_SHARE.match(text, end))
            and (
                _JOINED_BEFORE.search(text, max(0, start - 12), start)
                or _SHARE_VERB_BEFORE.search(text, max(0, start - 24), start)
            )
        ) or (
            before is not None
            and before.unit in THINGS
            and DONE_BEFORE.search(text, max(0, start - 24), start)
            and (_RESTATED_SHARE.match(text, end) or _WHEN_THEN_SHARE.match(text, end))
        ):  # "set a plan of 1,200 inspections … and had completed 1,050 by the end of
            # November, or 85.7 percent": the count done, of the things counted before
            return before.unit, end  # "…, and 438, or 20.4 per cent, have met …", "812 were
            # in services, 65.2 per cent, and 398 in industry, or 31.2 per cent", "…, while
            # high-end ones accounted for 4,150, or 33.3 per cent"
        if (
            before is not None
            and before.unit in THINGS
            and _JOINED_BEFORE.search(text, max(0, start - 12), start)
            and _RESPECTIVELY_AHEAD.match(text, end, end + 100)
        ):
            return before.unit, end  # "356 are rated three stars and 52 four stars,
            # accounting for 86.4% and 12.6% respectively": a run's next part
    if locale != "en":
        return None
    if people_of(text, start):
        return "people", end  # "a workforce of 15,000, of whom 9,600 are women"
    if _run_of_parts(text, start, end, before):
        return before.unit, end  # "Of the 1,248 businesses …, … accounted for 312, 205 and 731,
        # or 25.0, 16.4 and 58.6 per cent respectively"
    m = _DESCRIBED_BARE.match(text, end)
    if m:
        return COUNTS[m.group("count").lower()], m.end()
    if _opening_count_of_any(text, start, end):
        return "units", end  # "Of 1,250 irrigation canals in the delta province, 980 have …"
    m = _THEN_FROM.match(text, end)
    if m and _CHANGED_TO.search(text, max(0, start - 60), start):
        # "Injuries fell 8.9% to 16,800 from 18,620": one measure's two levels, whatever it
        # counts (the 18,620 counts what the 16,800 does); "to 1,250.5 from 1,235.7 points"
        if m.group("count"):
            return COUNTS[m.group("count").lower()], end
        if _PERIOD_OR_END.match(text, m.end()):
            return "units", end
    if (
        before is not None
        and before.unit in COUNTED
        and _COMPARED_BARE.search(text, max(before.end, start - 40), start)
        and _PERIOD_OR_END.match(text, end)  # not "from 20 countries"
    ):
        return before.unit, end  # "18,250 cooperatives …, up 6 per cent from 17,210"
    if (
        before is not None
        and before.unit in COUNTED
        and _PLAN_OF_BARE.search(text, max(before.end, start - 40), start)
        and (_PERIOD_OR_END.match(text, end) or _BY_NUMBER.match(text, end))
    ):
        return before.unit, end  # "jobs for 32,500 workers, exceeding its target of 30,000
        # by 8.3 percent": the plan of what the count before counts
    if (
        before is not None
        and before.unit in COUNTED
        and _OUT_OF_BARE.fullmatch(text, before.end, start)
        and _PERIOD_OR_END.match(text, end)
    ):
        return before.unit, end  # "with 7,350 poor households out of 262,500"
    m = _NUMBERING.search(text, max(0, start - 60), start)
    if m:
        return COUNTS[m.group("count").lower()], end  # "agricultural cooperatives numbering",
        # "Near-poor households numbered 11,305"
    if (
        before is not None
        and before.unit in COUNTED
        and _VERB_AFTER.match(text, end)
        and _after_opening_count(text, before, start)
    ):
        return before.unit, end  # "Of the 1,230 enterprises …, 905 submitted their reports"
    if (
        before is None
        and earlier is not None
        and _OF_THESE.search(text, max(0, start - 24), start)
        and _VERB_AFTER.match(text, end)
    ):
        return earlier.unit, end  # "Of these, 820 reported profits": the count before's
    if not _ELIDED.match(text, end):
        return None
    if before is not None and before.unit in COUNTED:
        return before.unit, end
    if earlier is not None and _OF_THESE.search(text, max(0, start - 24), start):
        return earlier.unit, end
    return None


#: a subject that names what the bare numbers of its clause count: "The number of newly
#: registered enterprises in Hanoi rose to 32,600", "Số dự án cấp mới là 45"
_NUMBER_OF = re.compile(
    rf"\b(?:the (?:number|figure|count|tally) (?:of|for)|số lượng|số)\s+(?:[^\W\d_]+[\s-]+){{0,3}}?"
    rf"(?P<count>{COUNT})(?!\w)"
    # "The number of international flights …": an English count of what scan has no noun
    # for, counted as units
    r"|\bthe number of\s+(?:[^\W\d_]+[\s-]+){0,3}?(?P<any>[^\W\d_]{3,}s)\b",
    re.IGNORECASE,
)


#: what follows a number that counts no thing: a decimal or a percentage it is part of,
#: a period ("11 tháng", "9,2%", "six months")
_NOT_A_COUNT = re.compile(  # (nor an age: "18.200 người trên 35 tuổi", "over 35 years old")
    r"\s*(?:[.,]\d|%|per ?cent|phần trăm|tháng|năm|quý|ngày|tuần|tuổi|months?|years?|"
    r"quarters?|days?|weeks?|times\b|lần\b|-?fold\b|-year-old\b)",
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
    unit = COUNTS[found.group("count").lower()] if found.group("count") else "units"
    between = text[found.end() : start]
    if re.search(r"[.!?;]\s", between) or _ANOTHER_SUBJECT.search(between):
        return None  # "số hợp tác xã tăng …, số thành viên tăng …": another subject's
    # a year or a percentage between is no other number: "rose 12.4 per cent to 157,200"
    if re.search(r"\d", _PERCENTAGE.sub("", _YEARS.sub("", between))) and (
        before is None or before.unit != unit or before.start < found.end()
    ):
        return None
    return unit


#: where a count's head noun ends its noun phrase: at a mark, or at a word of aspect or a
#: verb that cannot go on a noun ("752 cụm đã đi vào hoạt động"; not "300 nhà máy")
_NOUN_ENDS = r"(?=\s*(?:[^\w\s]|$|(?:đã|đang|được|có|đạt|là|vẫn|mới|chưa|không)\b))"
#: a percentage and an open parenthesis right before a bare number: "38 per cent (475)"
_SHARE_THEN_PARENS = re.compile(r"(?:%|per ?cent|phần trăm)\s*\(\s*$", re.IGNORECASE)
#: how many amounts back a bare number's noun may name the count it counts again
_HEADS_BACK = 6


def _head_of(amount):
    """Return a pattern of the first words of a count noun of two or more words, short of
    all of them ("nhà" of "nhà ở"; "hợp tác" or "hợp" of "hợp tác xã nông nghiệp"), or
    None."""
    if getattr(amount, "unit", None) not in THINGS:  # (a slash pair has none of its own)
        return None
    words = [re.escape(x) for x in amount.said_unit.split()]
    if len(words) < 2:
        return None
    tail = ""
    for word in reversed(words[1:-1]):
        tail = rf"(?:\s+{word}{tail})?"
    return words[0] + tail


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
    r"(?:[a-z]+ed|were|was|are|is|had|have|has|met|made|took|paid|won|saw|got|did|kept|said|"
    r"sold|spent|lost|found|held|built|became|brought|chose|left|ran|grew|rose|fell|went|"
    r"beat|hit|led|set|cut|shrank|began|stood|gave|fell|"
    # or a present tense: "1,450 hold master's degrees", "820 own their homes"
    r"(?:hold|own|use|live|work|remain|lack|need|want|plan|expect|report|earn|pay|say)s?)\b"
)
#: things of any name after a count, up to the comma of an opening phrase, then a bare number
#: and its verb: " irrigation canals in the delta province, 980 have"
_ANY_THINGS_THEN_PART = re.compile(
    r"\s+(?:[a-z][a-z-]*\s+){0,2}[a-z]{2,}s\b[^\d;.!?,]*,\s*\d[\d.,]*" + _VERB_AFTER.pattern
)


def _opening_count_of_any(text, start, end):
    """Whether a bare number is the count a sentence opens with ("Of 1,250 irrigation
    canals in the delta province, 980 have been lined …"): things scan has no noun for,
    named by a plural noun, whose part the bare number and verb after the opening's comma
    count."""
    return bool(
        not _NOT_A_COUNT.match(text, end)
        and _OPENING_WHOLE.search(text, max(0, start - 60), start)
        and _ANY_THINGS_THEN_PART.match(text, end)
    )


#: the noun of one word or two right after a bare number, then its list head, a number and
#: a word of that noun again: "1.050 cây cầu trên các tuyến đường …, trong đó 712 cầu"
_NOUN_THEN_LISTED = re.compile(
    r"\s+(?P<first>[^\W\d_]+)(?:\s+(?P<second>[^\W\d_]+))?(?=[\s,])[^.;!?\d%]{0,120}?"
    r"\b(?:trong đó|trong số đó|of which|of whom|among them)\s*[,:]?\s*"
    r"\d[\d.,]*\s+(?P<again>[^\W\d_]+)(?:\s+(?P<next>[^\W\d_]+))?",
    re.IGNORECASE,
)
#: the words Vietnamese counts things by, which name no kind of thing: "1.050 cây cầu" is
#: counted again by "cầu" or "cây cầu", not by "cây" ("712 cây xanh" are trees)
_CLASSIFIERS = frozenset(
    {
        "cây", "con", "chiếc", "cái", "ngôi", "căn", "tấm", "bức", "quả", "cuốn", "bộ", "tòa",
        "toà", "đôi", "sợi", "mảnh", "tờ", "hạt",
    }
)  # fmt: skip


def _noun_named_again(text, end):
    """Whether a bare number's noun, one scan has no unit for, is named again by the number
    its list head is followed by ("1.050 cây cầu …, trong đó 712 cầu"; "56 hồ chứa, trong
    đó 41 hồ"; "15 phiên giao dịch việc làm, trong đó 9 phiên trực tuyến"): both count the
    same things, whatever they are. Its head noun, or its classifier with the noun after
    it (``_CLASSIFIERS``), or, in English, its last word ("1,050 road bridges, of which 712
    bridges")."""
    m = _NOUN_THEN_LISTED.match(text, end, end + 200)
    if m is None:
        return False
    first, second, again, after = (
        (m.group(g) or "").lower() for g in ("first", "second", "again", "next")
    )
    if first in _CLASSIFIERS:
        return again == second or (again, after) == (first, second)
    return again in (first, second)


#: a comparison right before a bare number, which counts then what the count before it in
#: its sentence counts: "up 6 per cent from 17,210", "fewer than the 1,420 of …"
#: between a count and a bare number it is out of: "7,350 poor households out of 262,500"
_OUT_OF_BARE = re.compile(r"\s+(?:out of|of a total of)\s+", re.IGNORECASE)
_COMPARED_BARE = re.compile(  # (or a period's: "than last year's 305,000", "from 2024's")
    r"\b(?:from|than(?: the)?|against|compared (?:with|to))"
    r"(?:\s+(?:(?:last|the previous|a) (?:year|month|quarter)|(?:19|20)\d\d)'s)?\s*$",
    re.I,
)
#: a plan named right before a bare number: "its target of 30,000", "the plan of 1,200"
_PLAN_OF_BARE = re.compile(
    r"\b(?:target|goal|plan|estimate|projection|quota)\s+(?:of|was|is|set at)\s*$", re.I
)
#: the amount a plan was exceeded or missed by, after it: " by 8.3 percent", " by 2,500"
_BY_NUMBER = re.compile(r"\s+by\s+\d", re.IGNORECASE)
#: what may follow such a number: a mark, or the period it is of ("a year earlier", "in
#: 2023", "of the same period last year")
_PERIOD_OR_END = re.compile(
    r"\s*(?:[,.;:)]|$|(?:in|of|at|by)\s+(?:the\s+)?(?:(?:19|20)\d\d|same|end|previous|last|"
    r"first|year)|a year|last\s+year|the\s+(?:previous|same)|(?:19|20)\d\d)",
    re.IGNORECASE,
)
#: a verb of change and its percentage, then "to" and a bare number: "fell 8.9% to"
_CHANGED_TO = re.compile(
    r"\b(?:rose|fell|grew|increased|decreased|declined|dropped|climbed|jumped|slipped|"
    r"surged|plunged|edged (?:up|down))\s+(?:by\s+)?\d[\d.,]*\s*(?:%|per ?cent)\s+to\s*$",
    re.IGNORECASE,
)
#: then "from" and a bare number that is no year: " from 18,620", " from 18,620 a year earlier"
_THEN_FROM = re.compile(
    rf"\s+from\s+(?!(?:19|20)\d\d\b)(?:\d[\d.,]*\d|\d)(?:\s+(?P<count>{COUNT})(?!\w))?", re.I
)
#: a count noun, then "numbering": "agricultural cooperatives numbering 13,500"
_NUMBERING = re.compile(  # (its words between: "Schools meeting the standards numbered")
    rf"\b(?P<count>{COUNT})(?:\s+[^\W\d]+){{0,5}}?\s+(?:numbering|numbered|totall?ing|totall?ed|"
    r"stood at)\s*$",
    re.I,
)
#: a list head right before a bare number, which then counts what the count before it does
_LIST_OPENED = re.compile(
    r"(?:of which|of whom|among them|trong đó|trong số đó|including)\s*[,:]?\s*$", re.IGNORECASE
)
#: a list head right after a bare number and a comma: "2,210 of whom, or 65 percent"
_OF_WHICH_AFTER = re.compile(  # (or "31 of them in rural areas")
    r"\s+(?:of which|of whom)\s*,|\s+of (?:them|these|those)\b", re.IGNORECASE
)
#: a bare number's share said right after it: ", or 20.4 per cent", ", chiếm 20,4%"
_RESTATED_SHARE = re.compile(
    r",\s*(?:or|chiếm|bằng|tương đương|tương ứng|accounting for|equal to|equivalent to)\s+"
    r"(?:about\s+|khoảng\s+)?" + _PERCENTAGE.pattern,
    re.IGNORECASE,
)
#: a bare number said as a change of the count before it: " more than a year earlier", "
#: fewer than in 2023"
_MORE_THAN = re.compile(r"\s+(?:more|fewer|less)\s+than\b", re.IGNORECASE)
#: where a bare number's things are, then its share: " in industry and construction, or
#: 31.2 per cent", " ở khu vực nông thôn, chiếm 40%"
_WHERE_THEN_SHARE = re.compile(
    r"\s+(?:in|at|from|ở|tại|thuộc)\s[^\d;%()]{1,50}?" + _RESTATED_SHARE.pattern, re.IGNORECASE
)
#: a verb of what was done right before a bare number: "had completed 1,050", "carried out"
DONE_BEFORE = re.compile(  # (or any past participle after "had", "has": "had opened 96")
    r"\b(?:(?:had|has|have)\s+(?:already\s+)?[a-z]{3,}ed|completed|finished|handled|resolved|"
    r"settled|processed|conducted|inspected|"
    r"carried out|built|repaired|upgraded|renovated|installed|connected|certified|approved|"
    r"issued|granted|delivered|received|sold|produced|exported|shipped|trained|created|"
    r"planted|harvested|vaccinated|treated|recruited|enrolled|licensed)\s*$",
    re.IGNORECASE,
)
#: when a number was reached, then its share: " by the end of November, or 85.7 percent"
_WHEN_THEN_SHARE = re.compile(
    r"\s+(?:by|as of|in|at|until|through)\s+(?:the\s+)?[^\d;%()]{1,30}?(?:\s+(?:19|20)\d\d)?"
    + _RESTATED_SHARE.pattern,
    re.IGNORECASE,
)
#: what a number of its own stands after: a comma, or a word that joins ("và 438", not
#: "mức độ 2")
_JOINED_BEFORE = re.compile(r"(?:[,;:]|\b(?:và|and|còn|while|but|with))\s*$", re.IGNORECASE)
#: a run said respectively ahead, up to its end: "… accounting for 86.4% and 12.6% respectively"
_RESPECTIVELY_AHEAD = re.compile(
    r"(?:(?!\.\s|;).)*?\b(?:respectively|lần lượt)\b", re.IGNORECASE | re.DOTALL
)
#: a verb of a share right before a bare number restated as a share: "accounted for 4,150"
_SHARE_VERB_BEFORE = re.compile(
    r"\b(?:accounted for|accounting for|made up|making up|represented|chiếm)\s*$", re.I
)
#: a sentence that opens with the whole its next number is of: "Of the 1,230 enterprises"
_OPENING_WHOLE = re.compile(
    r"(?:^|(?<=[.!?:])\s+)(?:of|among|out of)\s+[^\d;.!?]{0,40}$", re.I | re.M
)


#: a run of numbers restated as a run of shares right after it: "312, 205 and 731, or 25.0,
#: 16.4 and 58.6 per cent"
_RUN_OF_PARTS = re.compile(
    r"(?:\s*(?:,|\band\b)\s*\d[\d.,]*)*\s*,\s*or\s+\d[\d.,]*"
    r"(?:\s*(?:,|\band\b)\s*\d[\d.,]*)*\s*(?:%|per ?cent\b)",
    re.IGNORECASE,
)
_RUN_JOIN = re.compile(RUN_JOIN, re.IGNORECASE)  # as tokens.py joins a run


def _run_of_parts(text, start, end, before):
    """Whether a bare number is one of a run restated as a run of shares right after it,
    the parts of the count the sentence opens with (``Of the 1,248 businesses …``): the
    run's first number after that count, with no other number between, or the next of the
    run."""
    if before is None or before.unit not in COUNTED or not _RUN_OF_PARTS.match(text, end):
        return False
    if _RUN_JOIN.fullmatch(text, before.end, start):
        return True  # "…, 205 and 731": the run's next
    return bool(
        re.fullmatch(r"[^\d;.!?]*", text[before.end : start])
        and _OPENING_WHOLE.search(text, max(0, before.start - 60), before.start)
    )


def _after_opening_count(text, before, start):
    """Whether a bare number at ``start`` follows the opening phrase that states the count
    ``before`` ("Of the 1,230 enterprises in the province's industrial parks, 905 …"):
    then it counts the same things, whatever verb follows it."""
    if not re.fullmatch(r"[^\d;.!?,]*,\s*", text[before.end : start]):
        return False
    return bool(_OPENING_WHOLE.search(text, max(0, before.start - 60), before.start))


#: the counts of people, by what they are: pupils, students, candidates, patients … are people
_PEOPLE = frozenset({"people", "pupils", "students", "candidates", "patients", "children"})


def people_listed(before, unit, between):
    """Return the unit of a count of people said right before a list head (``between``: the
    words from it to this count, "…, trong đó") when this count (``unit``) counts people in
    another noun: "1.240 thí sinh …, trong đó 146 học sinh" are 146 of the candidates; else
    None."""
    if before is None or unit not in _PEOPLE or getattr(before, "unit", None) not in _PEOPLE:
        return None
    if before.unit == unit or not _LIST_OPENED.search(between):
        return None
    return before.unit
