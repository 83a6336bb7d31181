"""A growth's operands, as its own sentence ties them (rules.py reads the sentence).

Its level is the amount its subject is, or the one after "lên"/"to"; its base the amount
after "so với … (B)", "from B", or A of "from A to B" before it; or, with no base, the
change said beside it ("giảm D, tương ứng giảm X%", "tăng 673 ha so với cùng kỳ, tăng
1,7%"), which makes base = level ∓ D. A level is of its base's unit.
"""

import re

from ..core.i18n import _
from ..core.interval import Interval
from . import runs
from . import words as w
from .compared import OPENING_COMPARISON, compared_before, from_to
from .context import derive
from .language import detect_locale
from .measured import base_in_measure, companion, measure_of, of_unit
from .tokens import Amount, Percent


def first(scope, role, roles_wanted, stop_at_verb=None, text=None, start=None, unit=None):
    """Return the first amount of a wanted role in ``scope`` (the tokens after a percentage)
    before any other percentage; with ``stop_at_verb``, none after a verb of its own; with
    ``unit``, only one of that unit ("tổng dự toán của 8 đơn vị cộng lại 280.300 tỷ đồng":
    the money, not the count of whose it is)."""
    for t in scope:
        if isinstance(t, Percent):
            return None
        if unit is not None and isinstance(t, Amount) and t.unit != unit:
            continue
        if isinstance(t, Amount) and role.get(id(t)) in roles_wanted:
            if stop_at_verb is None:
                return t
            between = text[start : t.start]
            than = w.THAN.match(between)  # "12.3 per cent higher than …": its own comparison
            between = between[than.end() :] if than else between
            said = w.BASE_IN_PARENS.search(between) if t.in_parens else None
            if said:  # "so với năm 2023 (năm 2023 đạt B)": its period's own verb
                between = between[: said.start()]
            return None if w.KEYWORD.search(between) else t
    return None


def _another_s_base(base, scope, role, text):
    """Whether a base after a growth is another level's, said right after it ("to A2 from
    B"): an amount of its unit stands just before it, not the growth's own level; nor, when
    compared with it ("to $26.8 billion, yielding a trade surplus of $4.2 billion, compared
    with $3.6 billion"), the first amount after the growth, which is its own level ("down
    10.5 per cent in volume at 1.25 million tonnes, compared with 1.4 million tonnes")."""
    before, amounts = None, 0
    for t in scope:
        if t is base:
            break
        before = t
        amounts += isinstance(t, Amount)
    if not isinstance(before, Amount) or before.unit != base.unit:
        return False
    if role.get(id(before)) == "new":
        return False
    m = _FROM_JUST.fullmatch(text, before.end, base.start)
    return m is not None and (m.group("from") is not None or amounts > 1)


#: between a level and the base right after it: " from ", " từ ", ", compared with "
_FROM_JUST = re.compile(
    r"\s*,?\s*(?:(?P<from>from|từ)|compared (?:with|to)|against|versus|so với)\s*",
    re.IGNORECASE,
)


#: "…, up from B", "…, down from B": a comparison said again with its verb, no new change
_UP_FROM = re.compile(r",\s*(?:up|down)\s+from\s*$", re.IGNORECASE)


def is_fall(amount, text):
    """Whether the last verb of change before an amount says it fell ("giảm D")."""
    if w.SHORT_BY.search(text, max(0, amount.start - 100), amount.start):
        return True  # "fell short of the VND 16,000 billion plan by D"
    before = text[max(0, amount.start - 40) : amount.start]
    hits = [m.lastgroup for m in w.KEYWORD.finditer(before) if m.lastgroup in ("up", "down")]
    return bool(hits) and hits[-1] == "down"


def change_before(clause, p, lead, role, text):
    """Return the change amount said just before a percentage ("giảm D, tương ứng X%")."""
    tokens = clause.tokens
    at = next(
        (
            i
            for i in range(clause.before(p.start) - 1, -1, -1)
            if isinstance(tokens[i], (Amount, Percent)) and tokens[i].end <= p.start
        ),
        None,
    )
    if at is None or not isinstance(tokens[at], Amount):
        return None
    last = tokens[at]
    per = w.PER_UNIT.match(text, last.end, p.start)  # "giảm 1.200 đồng/kg, …": a price's
    link = text[per.end() if per else last.end : p.start]
    added = False
    if role.get(id(last)) != "change" and at > 0:  # "giảm D xuống còn N, tương ứng giảm X%"
        change = tokens[at - 1]
        added = isinstance(change, Amount) and bool(
            _ADDED.search(text, max(0, change.start - 20), change.start)
        )
        if (
            isinstance(change, Amount)
            and (role.get(id(change)) == "change" or added)
            and change.unit == last.unit
            and _TO_LEVEL.fullmatch(text[change.end : last.start])
        ):
            if w.COMPARED.search(text[change.end : last.start]) and w.COMPARED.search(
                _object_start(text, p.end)
            ):
                return None  # "tăng D so với đầu năm, lên N, tăng X% so với cùng kỳ"
            last = change
        else:
            added = False
    if role.get(id(last)) != "change" and not added:
        return None
    verbs = [m.lastgroup for m in w.KEYWORD.finditer(link) if m.lastgroup in ("up", "down")]
    if verbs and (verbs[-1] == "down") != is_fall(last, text):
        return None  # "giảm D, tăng X%": a change one way is no part of a rise the other
    compared = w.COMPARED.search(link)
    if compared is not None:
        # "tăng 673 ha so với cùng kỳ, tăng 1,7%": one comparison serves both, unless the
        # percentage names its own ("giảm D so với tháng trước, tăng X% so với cùng kỳ")
        if w.COMPARED.search(_object_start(text, p.end)):
            return None
        link = link[: compared.start()] + link[_comparison_end(link, compared.end()) :]
    aside = p.in_parens or p.text.startswith("(")  # "(-14,3%)" is read whole
    if not (
        w.CHANGE_LINK.search(_strip_verb(link))
        or (aside and _DESCRIBED_THEN_PARENS.fullmatch(link))
    ):
        return None
    return last


#: the words a changed count is described by, then the percentage in parentheses: "giảm 4
#: người chết (-14,3%)", "tăng 3 người bị thương (+10,7%)"
_DESCRIBED_THEN_PARENS = re.compile(r"(?:\s+[^\W\d_]+){1,3}\s*\(?\s*[+-]?\s*")


#: the words right before an amount added, its verb aside: "thu hút thêm 420 lao động",
#: "hired an additional 420 workers" (a change when the level it led to is said after it)
_ADDED = re.compile(r"(?:\bthêm|\ban additional|\banother)\s*$", re.IGNORECASE)

#: the words between a change and the level it led to: "giảm D xuống còn N", "fell by D to
#: N", with the comparison both are of said between: "tăng D so với đầu năm, lên N", "rose by
#: D from the start of the year to N"
_TO_LEVEL = re.compile(
    r"[\s,]*(?:(?:so với|compared (?:with|to)|from)\s[^;.()]{1,40}?,?\s*)?"
    # "tăng thêm D, nâng tổng số lao động lên N", "adding D, bringing the total to N"
    r"(?:(?:nâng|đưa|bringing|taking|lifting|raising)\b[^;.()\d%]{0,60}?\s)?"
    r"(?:to|xuống(?:\s+còn)?|lên(?:\s+mức)?|còn|đạt)\s*",
    re.IGNORECASE,
)


def _object_start(text, start):
    """The words right after a percentage, up to the next comma, semicolon or stop."""
    return re.split(r"[,;.()]\s", text[start : start + 60] + " ", maxsplit=1)[0]


def _comparison_end(link, start):
    """Where the words of a comparison end in a link: at its comma, or where the link ends."""
    comma = link.find(",", start)
    return comma if comma >= 0 else len(link)


def _strip_verb(link):
    """Drop the repeated verb from a link: ", tương ứng giảm " and " (tăng " both join."""
    return _VERB.sub("", link)


_VERB = re.compile(
    r"\b(?:tăng|giảm|giám)\b(?:\s+(?:tới|đến|thêm))?"
    r"|\b(?:up|down|an? (?:rise|increase|decrease|fall|drop|decline|gain|jump|surge|climb|"
    r"plunge|slump|dip) of)\b",
    re.IGNORECASE,
)


def _own_base(base, scope, text, role):
    """Return a base found after a growth, unless another subject's change is said between:
    an amount, then a verb of change ("rose 19.7% y/y to 22.1 million tonnes in 2024, while
    consumption climbed to 21.7 million tonnes from 19.4 million tonnes": the 19.4 is the
    consumption's); nor one said right after another level ("rose 30.6% to $130.9 billion,
    pushing the deficit to $77.5 billion from $49.1 billion": the deficit's)."""
    if base is None or _another_s_base(base, scope, role, text):
        return None
    level = next((t for t in scope if isinstance(t, Amount) and t.end <= base.start), None)
    if level is None:
        return base
    said = text[level.end : base.start]
    if role.get(id(level)) == "new":  # "rose 8 per cent to A, up from B": its own comparison
        said = _UP_FROM.sub("", said)  # (not "while imports reached A, up from B")
    changes = [m for m in w.KEYWORD.finditer(said) if m.lastgroup in ("up", "down")]
    return None if changes else base


def tie(r, main, scope, change_before, role, text):
    """Tie a growth to its level and its base, or to its level and the change beside it."""
    p = r.percent
    if r.sign < 0 and p.value > 0:
        p.value = -p.value
    # the change said right before it first: "tăng 7 dự án (+18,4%) và tăng 2.130 tỷ đồng"
    change = change_before or first(scope, role, ("change",))
    found = first(scope, role, ("base",))
    run = runs.run_of(found if found is not None else runs.run_after(r), r, text)
    # one of a run of bases in parentheses, in this growth's place among its sentence's
    # percentages (another subject's change may stand between); else its own base
    base = runs.in_place(run, r) if run else _own_base(found, scope, text, role)
    new = first(scope, role, ("new",))
    if (
        base is not None
        and main is None
        and new is None
        and "đạt" in text[max(0, base.start - 8) : base.start]
    ):
        new, base = base, None  # "(đạt 6.738 phương tiện)": this year's level, not the base
    paired = False
    said, compared = _change_from(r, role, text)  # "giảm D so với … B, tỷ lệ giảm X%"
    if (
        said is not None
        and new is None
        and change in (None, said)
        and (main in (None, compared) or _level_of(main, compared, said, text))
    ):
        level = derive(compared, [said], detect_locale(text), minus=is_fall(said, text))
        r.tie(
            "fall" if p.value < 0 else "rise",
            level,
            said,
            _("the change said before it, from the amount it is compared with"),
        )
        return
    if new is None and (base is None or (main is not None and base.unit != main.unit)):
        # "So với năm 2023 (B), … tăng X%", "rose to A from B, an increase of X%"
        earlier, paired = compared_before(r, role)
        if earlier is not None and (base is None or earlier.unit == main.unit):
            base = earlier
    level = new or main
    if level is not None and base is None and base_in_parens(p, level, change, text):
        base, change = change, None  # "giảm 2,3% (1.490 nghìn tỷ đồng)": last year's
    if level is not None and base is not None and level.end <= base.start < p.start and not paired:
        level = None  # "A đạt …. So với năm 2023 (B), số dự án tăng X%": A is not said here
    if level is not None and base is None:
        base = from_to(r, level, text)
    if level is not None and base is not None and level.unit != base.unit:
        # "…, when the country shipped 244,000 tonnes, while value rose 45.2 per cent from
        # $827 million": its level is of the base's unit, here or (rule: tie_level) before
        beside = companion(base, scope, text)
        if beside is not None and beside.unit == level.unit:
            base = beside  # "… 72.7% in value …, when the country shipped B tonnes worth $B'"
        else:
            level = in_unit(r, base.unit, role)
    measured = measure_of(r, text) if level is not None and base is None else None
    if measured is not None:  # "28 dự án với tổng vốn 412 triệu USD, tăng 16,7% về số dự án"
        level = in_unit(r, measured, role) or level
    if level is not None and change is not None and base is None and new is None:
        level = _level_in_order(r, change, role) or level
    if level is not None and change is not None and base is None and level.unit != change.unit:
        level = in_unit(r, change.unit, role) or level  # "64 đề án … tăng 14 đề án"
    if level is None and base is None and change is not None:
        earlier = _base_of_change(r, role, change, text)  # "So với năm 2023 (B), … giảm D, …"
        if earlier is not None:
            level = derive(earlier, [change], detect_locale(text), minus=is_fall(change, text))
            how = _("the change said before it, from the amount it is compared with")
            r.tie("fall" if p.value < 0 else "rise", level, change, how)
            return
    if level is not None and base is not None and (measure := measure_of(r, text)):
        # "… more by value than last year, when shipments were B tonnes worth $B'": both
        # of the measure named, or no tie
        base = base_in_measure(r, base, scope, text)
        if base is not None and base.unit != level.unit:
            level = in_unit(r, base.unit, role)
        elif base is None and not of_unit(level, measure):
            level = None
    if level is not None and base is not None:
        r.tie("growth", level, base, _("the amount it is compared with, after 'so với' / 'from'"))
    elif level is not None and change is not None:
        where = (
            _("the change said after it")
            if change.start > p.start
            else _("the change said before it")
        )
        r.tie("fall" if p.value < 0 else "rise", level, change, where)
    elif level is not None:
        r.a, r.missing = level, "old"
    elif base is not None and (base := base_in_measure(r, base, scope, text)) is not None:
        r.b, r.missing = base, "new"  # "jumped 275.53% against $2.81 billion": its level is
    else:  # elsewhere
        r.missing, r.change = "old", _beside(change, change_before, scope)


def _level_in_order(r, change, role):
    """Return the level of a change said in a run of changes after the run of levels of
    its sentence: the one its words name ("giảm 4 người chết (-12,5%)" of "làm chết 28
    người", not "bị thương 31 người"), or, its words naming none, the one in its place
    among those of its unit when there are as many changes as levels; else None. All the
    levels of its unit are said before the first change. (Bounded: a sentence of more than
    a few dozen tokens is not read so.)"""
    if len(r.sentence.tokens) > _RUN_MOST:
        return None  # (bounded: such runs are a few amounts long)
    amounts = [t for t in r.sentence.tokens if isinstance(t, Amount) and t.unit == change.unit]
    changes = [t for t in amounts if role.get(id(t)) == "change"]
    if not any(t is change for t in changes):
        return None  # ("thêm D": an amount added, not a change said as one)
    levels = [t for t in amounts if role.get(id(t)) == "plain" and t.end <= changes[0].start]
    if len(levels) < 2 or len(levels) != len(amounts) - len(changes):
        return None
    text = r.sentence.paragraph.text
    said = _words_before(r.sentence, change) | set(
        _WORD.findall(text[change.end : r.percent.start].lower())
    )
    named = [len(said & _words_before(r.sentence, t)) for t in levels]
    best = max(named)
    if best:
        return levels[named.index(best)] if named.count(best) == 1 else None
    if len(changes) == len(levels):
        return next((levels[i] for i, t in enumerate(changes) if t is change), None)
    return None


_WORD = re.compile(r"[^\W\d_]+")
#: the most tokens a sentence read for a run of levels and changes may hold
_RUN_MOST = 60


def _words_before(sentence, amount):
    """The words between an amount and the token before it in its sentence."""
    last = sentence.last_before(amount.start)
    start = last.end if last is not None else sentence.start
    return set(_WORD.findall(sentence.paragraph.text[start : amount.start].lower()))


def base_in_parens(p, level, change, text):
    """Whether the amount in parentheses right after a growth, no verb before it, is of the
    size of its base, not of its change: "1.456 nghìn tỷ đồng, giảm 2,3% (1.490 nghìn tỷ
    đồng)" is last year's, where "(34 nghìn tỷ đồng)" would be the fall."""
    if change is None or not change.in_parens or change.start < p.end or not level.value:
        return False
    if not change.value or change.unit != level.unit:
        return False
    if any(m.lastgroup in ("up", "down") for m in w.KEYWORD.finditer(text, p.end, change.start)):
        return False
    g = abs(p.value) / 100
    grown = 1 + (g if p.value > 0 else -g)
    if not grown or not g:
        return False
    ratio = change.value / level.value
    as_base, as_change = ratio * grown, ratio * grown / g  # 1 when it is that
    return max(as_base, 1 / as_base) < max(as_change, 1 / as_change)


def _beside(change, change_before, scope):
    """Return a growth's change when it is said right before it ("tăng D, tương đương X%")
    or in parentheses right after it ("tăng X% (tăng D)"), not after it in the open (the
    next subject's, "doanh thu tăng X%, lợi nhuận tăng D"); or None."""
    if change is not None and (
        change is change_before or (change.in_parens and scope and scope[0] is change)
    ):
        return change
    return None


def in_unit(r, unit, role):
    """Return the nearest plain amount of ``unit`` before a percentage in its sentence, with
    no percentage between: "tổ chức 245 lớp cho 7.350 lao động, tăng 11,9% … (219 lớp)"
    grows the classes, whose base is of classes, not the workers said last; "1.850 triệu
    đồng để thực hiện 6 đề án, bằng 37% tổng kinh phí (5.000 triệu đồng)" is a share of the
    money. ``unit`` may be "money" (đồng or dollars) or "no money"."""
    for t in r.sentence.back(r.percent.start):
        if isinstance(t, Percent):
            return None
        if (
            isinstance(t, Amount)
            and of_unit(t, unit)
            and role.get(id(t)) in ("plain", "new")
            and not t.in_parens
        ):
            return t
    return None


def _base_of_change(r, role, change, text):
    """Return the base a comparison opening the sentence gives before a change ("So với năm
    2023 (16.840 hộ nghèo), số hộ nghèo giảm 2.320 hộ, tương đương giảm 13,8%"), or the
    amount a plan exceeded is said as before "by" its change, or None."""
    exceeded = exceeded_by(r, role, change, text)
    if exceeded is not None:
        return exceeded
    back = r.sentence.back(change.start)
    base, before = next(back, None), next(back, None)
    if not isinstance(base, Amount) or role.get(id(base)) != "base" or base.unit != change.unit:
        return None
    opening = text[before.end if before is not None else r.sentence.start : base.start]
    return base if OPENING_COMPARISON.search(opening) else None


def _level_of(main, compared, said, text):
    """Whether the amount a sentence says first is the level its change led to from the
    amount compared with ("GRDP bình quân đầu người … đạt 95,2 triệu đồng, tăng 31,8 triệu
    đồng so với năm 2020 (63,4 triệu đồng)": 63,4 + 31,8), within the three's rounding."""
    if main.unit != compared.unit or None in (main.value, compared.value, said.value):
        return False
    was, step = Interval.unround(compared.value), Interval.unround(said.value)
    moved = was - step if is_fall(said, text) else was + step
    return moved.meets(Interval.unround(main.value))


def change_from(r, role, text):
    """Return (change, base) of a change said with the amount it is compared with, right
    before a percentage: "cắt giảm 86,4 tỷ đồng so với giá trị đề nghị 1.254,6 tỷ đồng, tỷ
    lệ giảm 6,9%", "fell by D from B, a decrease of X per cent", "vượt 120 tỷ đồng so với dự
    toán (1.500 tỷ đồng), bằng 108% dự toán"; or (None, None). What links the base to the
    percentage is for the caller to judge."""
    back = r.sentence.back(r.percent.start)
    base, change = next(back, None), next(back, None)
    if not (
        isinstance(base, Amount)
        and isinstance(change, Amount)
        and role.get(id(change)) == "change"
        and base.unit == change.unit
        and _CHANGE_FROM.fullmatch(text[change.end : base.start])
    ):
        return None, None
    return change, base


def _change_from(r, role, text):
    """change_from, when a link of change joins the base to the percentage."""
    change, base = change_from(r, role, text)
    if base is None:
        return None, None
    link = _strip_verb(_PERIOD_FIRST.sub("", text[base.end : r.percent.start]))
    return (change, base) if w.CHANGE_LINK.search(link) else (None, None)


#: what may follow the amount a change is compared with before the link to its rate: its
#: closing parenthesis, or the period it is of ("from 16,840 at the end of 2023, or 13.8%")
_PERIOD_FIRST = re.compile(
    r"^\s*\)?(?:\s*(?:at the end of|in|as of|cuối|năm|hết)\b[^,;%()]{0,25}(?=,))?", re.IGNORECASE
)
#: between a change and the amount it is compared with: "so với giá trị đề nghị quyết toán"
_CHANGE_FROM = re.compile(
    r"\s*(?:so với|compared (?:with|to)|against|from)\s"
    r"(?:(?!\b(?:và|and|đạt|lên|xuống|còn|là|to|at|reach\w*|stood|hit|totall?ed)\b)[^;,.%()])"
    r"{0,50}?\(?\s*",
    re.IGNORECASE,
)


def exceeded_by(r, role, change, text):
    """Return the amount said exceeded "by" a change right after it ("exceeded the estimate
    of B by D"), or fallen short of ("fell short of the plan of B by D"): what D is over or
    under; or None (which way, "by" alone does not say)."""
    back = r.sentence.back(change.start)
    base = next(back, None)
    if (
        isinstance(base, Amount)
        and role.get(id(base)) in ("plan", "base")
        and base.unit == change.unit
        and w.BY.fullmatch(text, base.end, change.start)
        and any(v.search(text, r.clause.start, base.start) for v in (w.EXCEEDED, w.SHORT_OF))
    ):
        return base
    return None
