"""A rate said with no amount of its own, detailed by the sentence after it, or counted in
the sentence before it.

"Tính đến ngày 31/12, tỷ lệ giải ngân vốn đầu tư công của tỉnh đạt 87,4%. Cụ thể, tổng kế
hoạch vốn … là 6.825 tỷ đồng, đã giải ngân 5.965 tỷ đồng": the second sentence gives the
whole and the part the first one summed up. "Toàn huyện có 21 xã; … có 19 xã đạt chuẩn nông
thôn mới. Tỷ lệ xã đạt chuẩn nông thôn mới đạt 90,5%": the sentence before counts both. How
firm the tie is, evidence.py decides.
"""

import itertools
import re

from ..core.i18n import N_, _
from . import evidence, periods
from . import words as w
from .labels import count_said
from .plans import stated_as_plan
from .reach import item_words, list_total, named_in
from .tokens import Amount, Percent
from .units import COUNT, COUNTS

#: a percentage's subject that says it is a ratio: "tỷ lệ giải ngân", "the disbursement rate"
_RATE_NAMED = re.compile(
    r"\b(?:tỷ lệ|tỉ lệ|tỷ trọng|tỉ trọng|rate|ratio|proportion|share)\b", re.IGNORECASE
)
#: what opens a sentence that details the one before ("Cụ thể,"), or singles out one part of
#: it ("Riêng vốn ngân sách trung ương, …", "In particular, …"): that part's amounts are not
#: the rate's
_DETAIL_OPENS = re.compile(
    r"\s*(?:(?P<part>riêng|trong đó|trong số|đặc biệt|nhất là|in particular|notably|"
    r"particularly|of (?:this|these|which|them)|among)|cụ thể|theo đó|specifically|in detail|"
    r"namely|accordingly)\b[\s,:]*",
    re.IGNORECASE,
)
#: the words that say an amount was achieved, which name no item
_ACHIEVED_WORDS = frozenset(["thuc", "hien", "dat", "reached", "had", "been", "was", "were"])


def tie_detail(sc, r):
    """Tie a rate said with no amount ("Tính đến ngày 31/12, tỷ lệ giải ngân vốn đầu tư công
    của tỉnh đạt 87,4%.") to the two amounts of one unit the sentence after it gives, before
    any percentage of its own ("Cụ thể, tổng kế hoạch vốn … là 6.825 tỷ đồng, đã giải ngân
    5.965 tỷ đồng"): the one its words state as a plan (or a total) is the whole, the other,
    said as no change, the part. Firm: the sentence details what the rate summed up."""
    if r.a is not None or r.b is not None or r.strength is not None:
        return
    if r.kind not in ("rate", "share") or not _RATE_NAMED.search(r.head):
        return
    head = r.head  # (its words nearby, and the tokens after them read by bisection: a
    # sentence of thousands of percentages is read in time linear in its length)
    moved = w.RATE_MOVED.search(head)
    own = r.percent.start - len(head) + moved.start() if moved else r.sentence.start - 1
    ahead = itertools.islice(r.sentence.ahead(own + 1), _AHEAD)
    if any(isinstance(t, Amount) for t in ahead):  # not another's before "giảm tỷ lệ …"
        return  # its own sentence gives amounts: not a summary of the next one's
    nxt = sc.sentences[r.sentence.index + 1] if r.sentence.index + 1 < len(sc.sentences) else None
    if nxt is None:
        return
    first = next((t.start for t in nxt.tokens if isinstance(t, Percent)), nxt.end)
    given = [
        e
        for e in sc.catalog.near(r.sentence, r.percent.start)
        if e.sentence is nxt and e.amount.start < first
    ]
    if len(given) != 2 or any(
        e.amount.value is None or e.amount.hedge or e.amount.garbled for e in given
    ):
        return
    if given[0].amount.unit != given[1].amount.unit:
        return
    text = nxt.paragraph.text
    wholes = [
        e
        for e in given
        if stated_as_plan(sc, e)
        or sc.roles.get(id(e.amount)) == "whole"  # "… trên tổng số 260.400 hộ"
        or (w.PLAN_AFTER.match(text, e.amount.end) and w.ITS.search(e.label))
    ] or [e for e in given if w.TOTAL.search(e.label)]
    listed = list_total(sc, nxt)  # "GRDP … đạt B, trong đó khu vực dịch vụ đạt A"
    wholes = wholes or [e for e in given if listed and listed[0] is e.amount]
    if len(wholes) != 1:
        return
    (whole,) = wholes
    (part,) = [e for e in given if e is not whole]
    if sc.roles.get(id(part.amount)) not in ("plain", "new"):
        return  # "…, tăng 375 tỷ đồng": a change, no part
    lead = text[nxt.start : first]
    opens = _DETAIL_OPENS.match(lead)
    if opens and opens.group("part"):
        return  # "Riêng vốn ngân sách trung ương, kế hoạch giao …": a part's own plan
    # firm when the sentence names no item the rate's subject does not ("Tổng kế hoạch vốn
    # … là …; đã giải ngân …"); weak when it names one ("Vốn ngân sách trung ương: …")
    said = item_words(lead[opens.end() if opens else 0 :])
    extra = said - item_words(r.head) - w.SCOPE_WORDS - _ACHIEVED_WORDS
    strength = evidence.WEAK if extra else evidence.FIRM
    how = _("{part} of {whole} (line {line}), the amounts the sentence after it gives").format(
        part=part.amount.text, whole=whole.amount.text, line=sc.catalog.line_of(whole.amount)
    )
    r.tie("ratio", part.amount, whole.amount, how, strength)
    r.missing = ""


#: how many tokens after a rate's subject are looked at for an amount of its own
_AHEAD = 64


#: a rate of counted things that says which of them it counts: "Tỷ lệ xã đạt chuẩn nông thôn
#: mới đạt", "tỷ lệ trường đạt chuẩn quốc gia là"
_RATE_OF_COUNT = re.compile(
    rf"\b(?:tỷ lệ|tỉ lệ)\s+(?P<noun>{COUNT})\s+(?P<said>[^\W\d][^,;.%()\d]*?)"
    r"(?:\s+(?:năm|cuối năm|đến nay)[^,;.%()]*?)?\s+(?:đạt|là|ở mức|chiếm)\s*$",
    re.IGNORECASE,
)


def tie_counted_before(sc, r):
    """Tie a rate of counted things said with no amount ("Tỷ lệ xã đạt chuẩn nông thôn mới
    đạt 90,5%.") to the counts the sentence before it gives: its part the one count of that
    noun said with just the words the rate says of it ("19 xã đạt chuẩn nông thôn mới", not
    "5 xã đạt chuẩn nông thôn mới nâng cao"), its whole the one larger count of the noun said
    with no such words ("Toàn huyện có 21 xã"). Firm: the words name both."""
    if r.a is not None or r.b is not None or r.strength is not None or r.kind != "rate":
        return
    m = _RATE_OF_COUNT.search(r.head)
    if m is None or r.sentence.index == 0:
        return
    if any(isinstance(t, Amount) for t in r.sentence.tokens if t.start < r.percent.start):
        return
    before = sc.sentences[r.sentence.index - 1]
    if before.paragraph is not r.sentence.paragraph:
        return
    noun = m.group("noun").lower()
    said = " ".join([noun, *m.group("said").lower().split()])
    parts, wholes = [], []
    for t in before.tokens:
        if not isinstance(t, Amount) or t.value is None or t.hedge or t.garbled:
            continue
        words = count_said(t, before)
        if words == said:
            parts.append(t)
        elif t.unit == COUNTS.get(noun) and words == t.said_unit.lower():
            wholes.append(t)  # "21 xã", "120 trường học": the noun's count, said with no kind
    if len(parts) != 1 or len(wholes) != 1 or wholes[0].value <= parts[0].value:
        return
    (part,), (whole,) = parts, wholes
    how = _("{part} of {whole} (line {line}), the counts the sentence before it gives").format(
        part=part.text, whole=whole.text, line=sc.catalog.line_of(whole)
    )
    r.tie("ratio", part, whole, how, evidence.FIRM)
    r.missing = ""


#: a rate named as what was disbursed of its plan: "Như vậy, tỷ lệ giải ngân đạt 94,4%"
_DISBURSEMENT_RATE = re.compile(
    r"\b(?:tỷ lệ|tỉ lệ)\s+giải ngân\b(?P<vi>[^,;.%()\d]{0,40}?)\s+(?:đạt|là|ở mức)\s*$"
    r"|\bdisbursement rate\b(?P<en>[^,;.%()\d]{0,40}?)\s+(?:was|stood at|reached|of)\s*$",
    re.IGNORECASE,
)
#: a ratio named by its two terms: "Tỷ lệ dư nợ trên vốn huy động ở mức 107,3%"
_RATIO_OF = re.compile(
    r"\b(?:(?:tỷ lệ|tỉ lệ)\s+(?P<a>[^\W\d][^,;.%()\d]*?)\s+(?:trên|so với)\s+"
    r"(?P<b>[^\W\d][^,;.%()\d]*?)\s+(?:đạt|là|ở mức|bằng)"
    # "the ratio of loans to deposits was", "putting the loan-to-deposit ratio at", "giving a
    # loan-to-deposit ratio of"
    r"|the ratio of (?P<a_en>[^\W\d][^,;.%()\d]*?) to (?P<b_en>[^\W\d][^,;.%()\d]*?)"
    r"\s+(?:was|is|stood at|reached|at)"
    r"|(?:the|an?) (?P<a_to>[^\W\d][\w]*(?:-[\w]+)*?)-to-(?P<b_to>[\w]+(?:-[\w]+)*) ratio\s+"
    r"(?:was|is|stood at|reached|at|to|of))\s*$",
    re.IGNORECASE,
)


def tie_named_ratio(sc, r):
    """Tie a rate said with no amount of its own whose words name both its terms to the
    amounts its paragraph says before it: a disbursement rate ("Như vậy, tỷ lệ giải ngân
    đạt 94,4%") to the one amount said disbursed and the one plan ("được giao kế hoạch vốn
    6.215 tỷ đồng. … đã giải ngân được 5.870 tỷ đồng"); a ratio of two named terms ("Tỷ lệ
    dư nợ trên vốn huy động ở mức 107,3%") to the one amount each term's words name. Firm:
    the words name both; nothing when either is not one amount."""
    if r.strength is not None or r.kind not in ("rate", "share", "proportion", "ratio"):
        return
    # a ratio that names its two terms names them whatever its sentence says before it
    # ("Deposits totalled B, up 7.2%, putting the loan-to-deposit ratio at 81.3%")
    named = _RATIO_OF.search(r.head)
    # a bad-debt ratio names its terms by what it is: bad debts over loans ("Tỷ lệ nợ xấu ở
    # mức 1,18%, tương ứng 18.756 tỷ đồng" after "Dư nợ cho vay khách hàng đạt …")
    # and so does an unemployment rate: the jobless over the labour force ("The unemployment
    # rate was 2.2 percent, with 1.17 million people out of work" after "labour force …")
    npl = next((d for d in _DEFINED if named is None and r.b is None and d[0].search(r.head)), None)
    if (
        named is None
        and not npl
        and (
            r.a is not None
            or r.b is not None
            or any(isinstance(t, Amount) for t in r.sentence.tokens if t.start < r.percent.start)
        )
    ):
        return
    # of the rate's period, when its sentence says one ("Tỷ lệ giải ngân năm 2024 …"), and
    # the two of one period: not "Năm 2023 tỉnh giải ngân 5.100 tỷ đồng. Kế hoạch vốn năm
    # 2024 là 6.215 tỷ đồng"
    when = periods.period(r.sentence.text)
    # a ratio named by its terms' words may have them said in the sentences right after it
    # ("Tỷ lệ thất nghiệp … là 2,24%. Số người thất nghiệp là …, lực lượng lao động …")
    first = max(0, r.sentence.index - _BACK)
    last = r.sentence.index + (_AHEAD_TERMS if named or npl else 0)
    entries = [
        e
        for e in sc.catalog.near(r.sentence)
        if first <= e.sentence.index <= last
        and (e.sentence is not r.sentence or ((named or npl) and e.amount.end <= r.percent.start))
        and e.sentence.paragraph is r.sentence.paragraph
        and e.amount.value is not None
        and not (e.amount.hedge or e.amount.garbled)
        and periods.compatible(when, e.period)
    ]
    before = [e.amount for e in entries]
    period_of = {id(e.amount): e.period for e in entries}
    if (m := _DISBURSEMENT_RATE.search(r.head)) is not None:
        spent = [t for t in before if w.DISBURSED.search(sc.catalog.label_of(t))]
        part = evidence.lone(spent, [], r)
        whole = evidence.lone(
            [
                e.amount
                for e in entries
                if sc.roles.get(id(e.amount)) == "plan" or stated_as_plan(sc, e)
            ],
            [],
            r,
        )
        said = item_words(m.group("vi") or m.group("en") or "")  # "… vốn ngân sách trung ương"
        if (
            part is not None
            and whole is not None
            and not said <= (named_in(sc, part) | named_in(sc, whole))
        ):
            return  # of an item its amounts do not name
        how = _("{part} of {whole} (line {line}), the amounts said disbursed and planned")
    elif (m := named) is not None:
        a = m.group("a") or m.group("a_en") or m.group("a_to")
        b = m.group("b") or m.group("b_en") or m.group("b_to")
        mine, theirs = item_words(a.replace("-", " ")), item_words(b.replace("-", " "))
        if not mine or not theirs:
            return
        part = evidence.lone(
            [t for t in before if mine <= named_in(sc, t) and not theirs <= named_in(sc, t)], [], r
        )
        whole = evidence.lone(
            [t for t in before if theirs <= named_in(sc, t) and not mine <= named_in(sc, t)], [], r
        )
        how = _("{part} of {whole} (line {line}), the amounts its two terms name")
    elif npl:  # weakly: a bank may count its bad debts against more than its loans, a
        # survey its jobless against the labour force of working age
        _name, of_part, of_whole, how = npl
        bad = [t for t in before if of_part.search(_clause_naming(sc, t))]
        part = r.a if r.a is not None else evidence.lone(bad, [], r)
        whole = evidence.lone(
            [t for t in before if of_whole.search(_clause_naming(sc, t)) and t not in bad], [], r
        )
        how = _(how)
    else:
        return
    if part is None or whole is None or part.unit != whole.unit:
        return
    if npl and not part.value < whole.value:  # (a ratio of two terms may pass 100)
        return
    if not periods.compatible(period_of.get(id(part)), period_of.get(id(whole))):
        return
    line = sc.catalog.line_of(whole)
    how = how.format(part=part.text, whole=whole.text, line=line)
    r.tie("ratio", part, whole, how, evidence.WEAK if npl else evidence.FIRM)
    r.missing = ""


def _clause_naming(sc, amount):
    """Return the words that name an amount in its own clause: the label's words from the
    last mark before it, and the words right after it ("Some 1.16 million people were
    unemployed, while the labour force stood at 52.4 million": the labour force's clause
    says not "unemployed")."""
    label = sc.catalog.labels.get(id(amount), "")
    return re.split(r"[,;:]", label)[-1] + sc.catalog.after.get(id(amount), "")


#: the words from a ratio's name to its level: no mark, no number but a period's year ("Tỷ lệ
#: thất nghiệp của lực lượng lao động trong độ tuổi quý III/2024 là")
_TO_ITS_LEVEL = r"(?:[^,;%()\d]|(?<=[/ ])(?:19|20)\d\d(?!\d)){0,70}$"
#: a ratio of bad debts, whose terms are the bad debts and the loans
_NPL = re.compile(
    r"\b(?:tỷ lệ nợ xấu|tỉ lệ nợ xấu|nợ xấu chiếm|(?:bad[- ]debt|bad[- ]loan|non-performing"
    r"[- ]loan|NPL) ratio)\b" + _TO_ITS_LEVEL,
    re.IGNORECASE,
)
_BAD_DEBT = re.compile(r"\bnợ xấu\b|\bbad (?:debts?|loans?)\b|\bnon-performing\b|\bNPLs?\b", re.I)
_LOANS = re.compile(
    r"\b(?:dư nợ|cho vay|tín dụng|loans?|lending|credit)\b(?![^,;]*\b(?:huy động|tiền gửi|"
    r"deposits?)\b)",
    re.IGNORECASE,
)
#: a ratio of the jobless, whose terms are the jobless and the labour force
_JOBLESS_RATE = re.compile(
    r"\b(?:tỷ lệ thất nghiệp|tỉ lệ thất nghiệp|(?:unemployment|jobless) rate)\b" + _TO_ITS_LEVEL,
    re.IGNORECASE,
)
_JOBLESS = re.compile(r"\bthất nghiệp\b|\bunemployed\b|\bjobless\b|\bout of work\b", re.I)
_LABOUR_FORCE = re.compile(r"\blực lượng lao động\b|\blabou?r force\b|\bworkforce\b", re.I)
#: the ratios that name their terms by what they are: (their name, their part's words, their
#: whole's words, the note)
_DEFINED = (
    (
        _NPL,
        _BAD_DEBT,
        _LOANS,
        N_("{part} of {whole} (line {line}), the bad debts and the loans it is a ratio of"),
    ),
    (
        _JOBLESS_RATE,
        _JOBLESS,
        _LABOUR_FORCE,
        N_("{part} of {whole} (line {line}), the jobless and the labour force it is a ratio of"),
    ),
)


def defined_ratio(r):
    """Whether a percentage names a ratio whose terms are known by what it is (a bad-debt
    ratio, an unemployment rate): its amounts in the passage may be of another scope than
    its own (loans and more; the labour force of all ages, not of working age). Not one
    whose words name both its terms ("Tỷ lệ nợ xấu trên tổng dư nợ"), nor one that names
    its whole after it ("Nợ xấu chiếm 1,53% tổng dư nợ")."""
    if _RATIO_OF.search(r.head) or w.OF_A_WHOLE.match(r.object.strip()):
        return False
    return any(d[0].search(r.head) for d in _DEFINED)


#: how many sentences back a named ratio's terms are looked for, and ahead
_BACK, _AHEAD_TERMS = 3, 2


#: a ratio named right before its level, after its part's clause: "…, tỷ lệ lấp đầy bình
#: quân đạt 68,5%", "…, an absorption rate of 80%"
_RATIO_AFTER = re.compile(
    r"[,;]\s*(?:(?:với|and|with)\s+)?(?:(?:tỷ lệ|tỉ lệ)\s+(?P<vi>[^\W\d][^,;%()\d]{0,40}?)"
    r"(?:\s+(?:bình quân|trung bình|chung))?(?:\s+(?:đạt|là|ở mức))?"
    r"|an? (?P<en>[\w-]+(?: [\w-]+)?) (?:rate|ratio) of)\s*$",
    re.IGNORECASE,
)


def ratio_of_another(r):
    """Whether a percentage is the level of a ratio named right before it, after the clause
    of its part in its sentence, by words that clause does not say, when the sentence also
    measures its things in another unit: "1.450 cụm công nghiệp … tổng diện tích 50.500
    ha, trong đó 752 cụm đã đi vào hoạt động, tỷ lệ lấp đầy bình quân 68,5%" may be of the
    area let, not of the clusters at work, so its tie to them may only confirm ("1.180 em
    đỗ tốt nghiệp, tỷ lệ đỗ đạt 94,4%" names its part; "5.460 căn hộ mở bán …, tiêu thụ
    được 3.120 căn, tỷ lệ hấp thụ đạt 57,1%" measures nothing else)."""
    a = r.a
    if a is None or a.end > r.percent.start or a.start < r.sentence.start:
        return False
    head = r.head
    m = _RATIO_AFTER.search(head)
    if m is None or w.RATE_OF_CHANGE.search(m.group(0)):  # "a growth rate of"
        return False
    near = itertools.islice(r.sentence.back(r.percent.start), _AHEAD)  # (by bisection)
    if not any(isinstance(t, Amount) and t.unit != a.unit for t in near):
        return False
    name = " ".join((m.group("vi") or m.group("en")).lower().split())
    opened = r.percent.start - len(head)  # where the head starts in the paragraph
    said = head[max(0, a.start - opened - _PART_BACK) : m.start()]
    return name not in " ".join(said.lower().split())


#: how far before its part a ratio's name may be said of it
_PART_BACK = 60
