"""What a percentage's words leave out because the words before said it: the object a
later share or rate repeats ("chiếm 46,5% tổng vốn …; … chiếm 13,9%"), and the comparison
two joined growths share ("giảm 17,1% về lượng nhưng tăng 35,4% về trị giá so với cùng kỳ").
"""

import itertools
import re

from ..core.i18n import _
from . import words as w
from .carried import another_subject
from .measured import companions, in_measure
from .reading import LIST_HEAD
from .tokens import RUN_JOIN, Amount


def inherit_objects(readings):
    """An elided object repeats the last one said with the same verb: "chiếm 46,5% tổng vốn
    …; … chiếm 13,9%" is a share of the same whole; "bằng 59% dự toán; … bằng 105,1%" a rate.
    A rise and a fall share their comparison: "giảm nhẹ 0,1% so với cùng kỳ năm 2019; trong
    đó xuất khẩu … tăng 2,2%" is against the same period too."""
    last: dict[str, tuple] = {}
    paragraph = None
    for r in readings:
        if r.sentence.paragraph is not paragraph:  # what a paragraph left out, it says again
            last, paragraph = {}, r.sentence.paragraph
        verb = _verb(r) or ("share" if r.kind == "share" else "")
        if verb == "change" and r.kind == "share":
            continue  # "…, lifting its share to 27.6%": a share's level, no change repeated
        if not verb:  # a share said with no verb of its own repeats its list's whole
            continue
        keys = [verb]
        if r.kind == "share" and (
            w.SHARE_WORD.fullmatch(verb)
            or w.PROPORTION_WORD.fullmatch(verb)
            or re.fullmatch(w.CONTRIBUTION, verb)  # "contributed 38.2 billion kWh, 13.6 per cent"
        ):
            keys.append("share")  # "…, or 66.6 per cent of the total …; …, accounting for
            # 29.2 per cent": a share of the same total, whichever verb says it
        said = next((last[k] for k in keys if k in last), None)
        if r.object.strip() == "" and said is not None:
            kind, obj = said
            if r.strength is None and r.kind in ("share", "rate", "ratio") and kind != r.kind:
                r.kind = kind
                if kind == "rate" and r.missing == "whole":
                    r.missing = "plan"
            r.object = obj
        elif r.object.strip():
            for k in keys:
                last[k] = (r.kind, r.object)


def share_comparisons(readings):
    """Two growths joined in one clause share the comparison said after the second: "down
    17.1 per cent in volume but up 29.1 per cent in value compared with 2023", "giảm 17,1%
    về lượng nhưng tăng 35,4% về trị giá so với cùng kỳ"; so do a growth and a multiple
    ("tăng 61,5% về số dự án và gấp 2,3 lần về vốn so với năm 2023 (26 dự án, 0,55 tỷ
    USD)")."""
    for x, y in itertools.pairwise(readings):
        if x.kind != "growth" or y.kind not in ("growth", "times") or x.clause is not y.clause:
            continue
        between = x.sentence.paragraph.text[x.percent.end : y.percent.start]
        if any(isinstance(t, Amount) for t in x.clause.between(x.percent.end, y.percent.start)):
            continue  # "rose 9.4% to A, while capital fell 3% to C from B": each its own
        if another_subject(between):  # "…, up 10.6 percent, while coffee shipments fell 9.8
            continue  # percent … from B": the coffee's comparison, not the rice's
        said = w.COMPARED.search(y.object)
        if said and not w.COMPARED.search(x.object) and _JOINED.search(between):
            x.object = f"{x.object} {y.object[said.start() :]}"
            _share_base(x, y)


def _share_base(x, y):
    """Tie a growth to the base of the growth joined after it, or to that base's companion
    in its own level's measure: "up 10.6 per cent in volume and 23 per cent in value from
    2023, when exports were 8.13 million tonnes worth $4.68 billion"; with no level said
    in its sentence, it takes the base of the measure its words name, its level to be found
    before ("That is 12.7 percent more by volume and 38.2 percent more by value than …, when
    the country exported 6.3 million tonnes worth $3.15 billion")."""
    if x.strength is not None or y.b is None:
        return
    text = y.sentence.paragraph.text
    before, after = y.sentence.last_before(y.b.start), y.sentence.first_after(y.b.end)
    beside = [y.b]
    if isinstance(before, Amount) and companions(before, y.b, text):
        beside.append(before)
    if isinstance(after, Amount) and companions(y.b, after, text):
        beside.append(after)
    if x.a is None and y.strength is None and y.missing == "new":
        x.b = in_measure(x, beside, text)
        x.missing = "new" if x.b is not None else x.missing
        return
    if x.a is None or y.strength != "strong":
        return
    base = next((t for t in beside if isinstance(t, Amount) and t.unit == x.a.unit), None)
    if base is not None and base is not x.a:
        x.tie("growth", x.a, base, y.how)
        x.missing = ""


def respectively(readings):
    """The shares of a run ("17.9 per cent, 13.3 per cent and 12.9 per cent of total
    exports") are all of the whole named after the last. Pair each percentage of a run said
    "respectively" with the amount in its place in the run of amounts before it: "vốn đăng
    ký mới và vốn điều chỉnh lần lượt đạt 12,35 tỷ USD và 8,51 tỷ USD, chiếm lần lượt 45,3%
    và 31,2%": 45,3% is the 12,35's share, not the 8,51's. With no run of as many amounts of
    one unit, no percentage of the run keeps an amount it was tied to: which is whose is
    not said."""
    i, last = 0, None
    while i < len(readings):
        run = [readings[i]]
        while i + len(run) < len(readings) and _next_in_run(run[-1], readings[i + len(run)]):
            run.append(readings[i + len(run)])
        i += len(run)
        if len(run) < 2:
            continue
        for r in run[:-1]:  # "17.9, 13.3 and 12.9 per cent of total exports": all of it
            if (
                r.kind == run[-1].kind == "share"
                and not r.object.strip()
                and not w.OF_THE_ONE_BEFORE.match(run[-1].object)
            ):  # (not "…, or 65 percent, and 45 percent of them blamed …": of the 780)
                r.object = run[-1].object
        parts = _amount_run(run[0], len(run)) or _parallel(last, run)
        last = (run, parts)
        if parts is None and all(r.kind == "growth" for r in run):
            _growths_respectively(run)  # "rose by X and Y to A1 and A2, respectively, …"
            continue
        if not _said_respectively(run, parts) and not _in_order(run, parts):
            continue
        for r, part in zip(run, parts or [None] * len(run), strict=True):
            if part is not None and r.a is not part and (r.a is not None or r.b is None):
                r.a = part  # (its own, though the words after it named none: "of which 356
                # are rated three stars and 52 four stars, accounting for 86.4% and 12.6%")
            elif part is None and r.a is not None:
                r.a = r.b = r.form = r.strength = None
                r.missing = "whole" if r.kind == "share" else "old"


def _growths_respectively(run):
    """Pair a run of growths said before their levels and bases ("Rice and coffee exports
    rose by 12.5 per cent and 32.7 per cent to $5.7 billion and $5.5 billion, respectively,
    compared with $5.07 billion and $4.14 billion in 2023") each with the level and the
    base in its place, when a run of as many of each follows (said in order, with the word
    or without it); when "respectively" is said of a run of levels and no run of bases
    follows, none keeps a tie to those levels: which is whose is not said."""
    sentence, text = run[0].sentence, run[0].sentence.paragraph.text
    levels = _amount_run_after(sentence, run[-1].percent.end, len(run))
    said = levels is not None and (
        _RESPECTIVELY.search(text, levels[-1].end, levels[-1].end + 20)  # "… respectively"
        or _RESPECTIVELY.search(text, run[-1].percent.end, levels[0].start)
        or _RESPECTIVELY.search(
            text, max(sentence.start, run[0].percent.start - 30), run[0].percent.start
        )
    )
    if levels is None:
        return
    bases = _amount_run_after(sentence, levels[-1].end, len(run), _COMPARED_RUN)
    for r, level, base in zip(run, levels, bases or [None] * len(run), strict=True):
        if base is not None and base.unit == level.unit:
            r.tie("growth", level, base, _("the level and the base in its place, respectively"))
            r.missing = ""
        elif said or r.a in levels or r.b in levels:
            # its level is the one in its place; its base is not said in its place ("…, against
            # $3.75 billion last year": whose?), and every growth of the run wants one
            r.a, r.b, r.form, r.strength, r.missing = level, None, None, None, "old"


def _amount_run_after(sentence, pos, count, opening=None):
    """Return the ``count`` amounts of one unit said in a run right after ``pos`` (after the
    words ``opening`` matches, when given: "…, compared with"), or None."""
    text = sentence.paragraph.text
    found: list[Amount] = []
    for t in itertools.islice(sentence.ahead(pos), count + 1):
        if not isinstance(t, Amount):
            break
        gap = text[found[-1].end if found else pos : t.start]
        if found and not _AMOUNT_JOIN.fullmatch(gap):
            break
        if not found and not (opening or _TO_RUN).fullmatch(gap):
            return None
        found.append(t)
    if len(found) < count or len({t.unit for t in found[:count]}) != 1:
        return None
    return found[:count]


#: what opens a run of levels after a run of growths: " to", ", respectively, to", " year-on-
#: year, to", ", đạt"
_TO_RUN = re.compile(r"[^\d%;()]{0,40}?\b(?:to|lên|đạt)\s*", re.IGNORECASE)
#: what opens a run of bases after a run of levels: ", respectively, compared with"
_COMPARED_RUN = re.compile(
    r"[\s,]*(?:(?:respectively|lần lượt|tương ứng)[\s,]*)?(?:compared (?:with|to)|from|against|"
    r"versus|so với(?: cùng kỳ| năm \d{4})?)\s*(?:\(\s*)?(?:lần lượt\s+)?(?:đạt|là)?\s*",
    re.IGNORECASE,
)


def _in_order(run, parts):
    """Whether a run of shares (or growths) that would all take one part (or level) follows
    a run of as many amounts of one unit: "đạt 4,2; 2,8 và 6,1 tỷ USD, chiếm 19,5%, 13,0% và
    28,4%", "đạt 4,2 và 3,1 tỷ USD, tăng 12% và 8%" say them in order, as "lần lượt" would;
    one amount cannot be every share's part."""
    return (
        parts is not None
        and (all(r.kind == "share" for r in run) or all(r.kind == "growth" for r in run))
        and run[0].a is not None
        and all(r.a is run[0].a for r in run)
    )


def _next_in_run(x, y):
    """Whether percentage y follows x in one run: "45,3% và 31,2%", "12% and 15%"."""
    if x.sentence is not y.sentence:
        return False
    between = x.sentence.paragraph.text[x.percent.end : y.percent.start]
    return bool(_RUN_JOIN.fullmatch(between))


def _said_respectively(run, parts):
    """Whether "lần lượt" or "respectively" is said of a run of percentages: before it, from
    just before its run of amounts ("lần lượt đạt A và B, tăng X% và Y%"), or after it, in
    the words its last percentage says."""
    text = run[0].sentence.paragraph.text
    start = (parts[0].start if parts else run[0].percent.start) - 30
    before = text[max(run[0].sentence.start, start) : run[0].percent.start]
    # after it: within the words its last percentage says ("… and 12.9 per cent of total
    # exports respectively")
    words = text[run[-1].percent.end : run[-1].percent.end + 60]
    after = re.split(r"[,;.]\s|%|per ?cent", words)[0]
    return bool(_RESPECTIVELY.search(before) or _RESPECTIVELY.search(after))


def _parallel(last, run):
    """Return the amounts of the run before a run of percentages when the two are said in
    parallel of them, one right after the other ("reached $46.9 billion and $22.7 billion
    respectively, up 17.6 percent and 4.2 percent, and accounted for 12.7 percent and 6.1
    percent of …"): as many, in one sentence, only words between; else None."""
    if last is None or last[1] is None:
        return None
    before, parts = last
    if len(before) != len(run) or before[-1].sentence is not run[0].sentence:
        return None
    nearest = next(run[0].sentence.back(run[0].percent.start), None)
    text = run[0].sentence.paragraph.text
    if another_subject(text[before[-1].percent.end : run[0].percent.start]):
        return None  # "…, up 17.6 percent and 4.2 percent, while imports from them …"
    return parts if nearest is before[-1].percent else None


def _amount_run(first, count):
    """Return the ``count`` amounts of one unit said in a run right before a percentage
    ("12,35 tỷ USD và 8,51 tỷ USD"), or None."""
    text = first.sentence.paragraph.text
    found: list[Amount] = []
    for t in first.sentence.back(first.percent.start):
        if not isinstance(t, Amount):
            break
        if found and not _AMOUNT_JOIN.fullmatch(between := text[t.end : found[-1].start]):
            break
        if found and (LIST_HEAD.search(between) or t is first.sentence.first_whole):
            break  # "412 OCOP products, of which 356 …", "Of the 23.4 million passengers
            # …, 16.3 million …": the total, no part of the run
        found.append(t)
        if len(found) > count:
            return None  # a longer run: which amounts the percentages are is not said
    if len(found) != count or len({t.unit for t in found}) != 1:
        return None
    return found[::-1]


_RUN_JOIN = re.compile(RUN_JOIN, re.IGNORECASE)
#: what stands between the amounts of a run: "12,35 tỷ USD và 8,51 tỷ USD", or each with its
#: item's name, "22.840 tỷ đồng, lâm nghiệp 1.120 tỷ đồng, thủy sản 7.600 tỷ đồng"
_AMOUNT_JOIN = re.compile(
    r"\s*(?:;\s*|(?:,\s*(?:(?:và|and)\s)?|và\s|and\s)\s*(?:[^\d;%()]{1,40}?[\s,]+)?)"
    # or the first item's words, then "and" or a comma: "16.3 million flew on domestic
    # routes and 7.1", "356 sản phẩm ba sao, 52 sản phẩm bốn sao"
    r"|\s+[^\d;%(),]{1,40}?(?:\s(?:và|and)\s+|\s*,\s*)(?:[^\d;%()]{1,20}?[\s,]+)?",
    re.IGNORECASE,
)
_RESPECTIVELY = re.compile(
    r"\blần lượt\b|\brespectively\b|\b(?:tỷ trọng |tỉ trọng )?tương ứng là\b", re.IGNORECASE
)


#: what joins two growths that share one comparison
_JOINED = re.compile(r"\b(?:nhưng|but|và|and|while|còn|whereas)\b", re.IGNORECASE)


def _verb(r):
    from .roles import last_verb

    found = last_verb(r.sentence, max(r.clause.start, r.percent.start - 60), r.percent.start)
    if found is None:
        return ""
    return "change" if found[0] in ("up", "down") else found[1]
