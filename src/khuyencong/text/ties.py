"""The ties scan tries, in this order, for a percentage its own sentence did not tie (or
tied only weakly): each module looks in the rest of the passage for one kind of evidence,
and evidence.py weighs what it finds."""

from . import bases, beside, elsewhere, evidence, levels, margins, opening, parts, spans, wholes
from .detail import (
    defined_ratio,
    ratio_of_another,
    tie_counted_before,
    tie_detail,
    tie_named_ratio,
)
from .sums import tie_grades_up, tie_siblings_sum, tie_trade_sum, tie_two_together


def tie_in_passage(sc, r):
    """Tie a reading to operands its passage states outside its own words, if it can."""
    margins.tie_margin(sc, r)
    beside.tie_group(sc, r)
    tie_named_ratio(sc, r)  # "Như vậy, tỷ lệ giải ngân đạt 94,4%", "Tỷ lệ dư nợ trên vốn …"
    if r.strength is None:
        opening.tie_elided_subject(sc, r)  # "… đạt A. So với dự toán (B), đạt X%"
    if r.strength is None and r.kind in ("share", "rate", "excess", "ratio"):
        elsewhere.tie(sc, r)
    if r.strength is None and r.kind == "share":
        tie_grades_up(sc, r)  # "sản phẩm 4 sao trở lên chiếm …": the 4- and 5-star added up
    if r.strength is None and r.kind == "share":
        unstated = r.a is None
        parts.tie_part(sc, r)
        if unstated and r.a is not None and r.strength is None:
            elsewhere.tie(sc, r)  # its part named, its whole looked for in the passage
    if r.strength is None and r.kind == "share":
        spans.tie_period(sc, r)  # "Riêng quý III chiếm 36% doanh thu 9 tháng"
    if r.strength is None and r.kind == "share":
        tie_trade_sum(sc, r)  # "… chiếm 10,7% tổng kim ngạch xuất nhập khẩu": exports + imports
    if r.kind == "share" and r.strength in (None, evidence.WEAK):
        tie_two_together(sc, r)  # "… chiếm 53,3% tổng thu của hai thành phố": the two added
    if r.kind == "share" and r.strength in (None, evidence.WEAK):
        wholes.tie_disbursed_whole(sc, r)  # "… chiếm 69,5% tổng kinh phí giải ngân"
    if r.kind == "share":
        tie_siblings_sum(sc, r)  # "… quốc gia B, chiếm X% tổng kinh phí": B and "… địa phương A"
    if r.strength is None and r.kind in ("share", "rate"):
        tie_detail(sc, r)
    if r.strength is None and r.kind == "rate":
        tie_counted_before(sc, r)  # "… 19 xã đạt chuẩn …. Tỷ lệ xã đạt chuẩn … đạt 90,5%"
    if r.strength in (None, evidence.WEAK) and r.kind in ("share", "rate"):
        wholes.tie_unnamed_whole(sc, r)
    if r.kind == "share" and r.strength in (None, evidence.WEAK):
        beside.tie_complement(sc, r)
    if r.kind == "share" and r.strength is None:
        bases.tie_named_base(sc, r)  # "…, bằng 111,4% vốn huy động": of a smaller amount
    elif r.strength is None and r.kind in ("times", "ratio"):
        bases.tie_base(sc, r)  # "gấp 1,6 lần cùng kỳ", "bằng 107% so với năm 2023"
        bases.tie_named_base(sc, r)  # "gấp 2 lần nhập khẩu"
        bases.tie_named_pair(sc, r)  # "Xuất khẩu gấp 3,2 lần nhập khẩu; … xuất khẩu đạt A"
    elif r.strength is None and r.kind == "growth":
        levels.tie_level(sc, r)
        bases.tie_base(sc, r)
        if r.strength is None:
            beside.tie_change(sc, r)
        if r.strength is None:
            beside.tie_pair(sc, r)
        if r.strength is None:
            bases.tie_years(sc, r)  # "… năm 2024 tăng 15,2% so với năm 2023"
    if r.strength in (evidence.STRONG, evidence.FIRM) and ratio_of_another(r):
        r.strength = evidence.WEAK  # "…, tỷ lệ lấp đầy 68,5%": its name says not what it counts
    if (
        r.strength in (evidence.STRONG, evidence.FIRM)
        and r.b is not None
        and r.b.start < r.sentence.start
        and defined_ratio(r)
    ):  # "The unemployment rate was 2.2%": of the working-age labour force, perhaps, not of
        r.strength = evidence.WEAK  # the labour force of all ages a sentence before states
