"""``table --html``: the table as published, each checked figure marked by its verdict."""

import lxml.html
import pytest

from .test_table import _sheet, _xlsx


def _all(element, tag, css):
    """Return the ``tag`` elements under ``element`` that have the class ``css``."""
    return element.xpath(f".//{tag}[contains(concat(' ', @class, ' '), ' {css} ')]")


def _bad(tmp_path, label=None):
    rows = _sheet()
    rows[6][2] = 1147105  # TỔNG CHI CÂN ĐỐI, 5 more than its parts
    if label is not None:
        rows[7][1] = label
    return _xlsx(tmp_path / "bad.xlsx", rows)


def _page(run, tmp_path, *args, label=None):
    out = tmp_path / "checked.html"
    result = run("table", str(_bad(tmp_path, label)), "--html", str(out), "-q", *args)
    assert result.exit_code == 1, result.stderr
    return lxml.html.fromstring(out.read_text(encoding="utf-8")), result


def test_the_table_is_laid_out_as_published_with_its_merges(run, tmp_path):
    page, _result = _page(run, tmp_path)
    grid = _all(page, "table", "grid")[0]
    rows = grid.findall(".//tr")
    assert len(rows) == len(_sheet())
    chia_ra = next(th for th in grid.findall(".//th") if th.text_content() == "Chia ra")
    assert chia_ra.get("colspan") == "2"
    stt = next(th for th in grid.findall(".//th") if th.text_content() == "STT")
    assert stt.get("rowspan") == "2"
    # the header rows are header cells, the body rows data cells
    assert [len(r.findall("th")) for r in rows[:6]] == [5, 5, 5, 4, 3, 5]
    assert all(not r.findall("th") for r in rows[6:])


def test_each_checked_figure_is_marked_and_linked_to_its_card(run, tmp_path):
    page, _result = _page(run, tmp_path)
    bad = _all(_all(page, "table", "grid")[0], "a", "bad")
    # the planted total, and TỔNG SỐ (A+B), which adds it in
    assert [a.text_content() for a in bad] == ["1,147,105", "1,256,786"]
    assert [a.get("id") for a in bad] == ["s1-r6c2", "s1-r17c2"]
    card = page.get_element_by_id(bad[0].get("href")[1:])
    assert "x" in card.get("class").split()
    said = card.text_content()
    assert "1147105 Tỷ đồng" in said and "1147097 – 1147103 Tỷ đồng" in said
    assert "A = I … VI, from the numbering column" in said
    assert "The parts add to 1147100" in said
    # back from the card to its cell
    assert card.xpath(".//a[@href='#s1-r6c2']")
    # every mark's card exists, and every card but the cross-links is marked in the table
    cards = page.xpath("//ol[@class='checks']/li")
    marks = _all(_all(page, "table", "grid")[0], "a", "m")
    assert {a.get("href")[1:] for a in marks} <= {li.get("id") for li in cards}
    assert len(cards) == 20


def test_a_cell_with_several_checks_shows_the_worst(run, tmp_path):
    page, _result = _page(run, tmp_path)
    # row 18's column (1): its TỔNG SỐ (A+B) sum fails, its 1 = 2 + 3 holds
    mark = page.get_element_by_id("s1-r17c2")
    assert "bad" in mark.get("class").split()


def test_the_problems_are_listed_first(run, tmp_path):
    page, _result = _page(run, tmp_path)
    listed = [a.text_content() for a in page.xpath("//nav//ol[@class='problems']//a")]
    assert listed[0] == (
        "M04, row 7 — TỔNG CHI CÂN ĐỐI · (1) Dự toán / năm 2015: 1147105 ✗, "
        "the parts give 1147097 – 1147103 Tỷ đồng"
    )
    assert len(listed) == 3
    chips = [li.text_content() for li in page.xpath("//header/ul[@class='tally']/li")]
    assert chips == ["✗ 3 inconsistent", "✓ 17 consistent"]


def test_hostile_words_in_a_cell_stay_words(run, tmp_path):
    hostile = 'Chi <script>alert(1)</script><img src=x onerror="x">'
    page, _result = _page(run, tmp_path, label=hostile)
    assert not page.xpath("//script") and not page.xpath("//img")
    assert any("<script>" in td.text_content() for td in page.xpath("//td[@class='l']"))


def test_in_vietnamese(run, tmp_path):
    page, result = _page(run, tmp_path, "--locale", "vi")
    assert page.get("lang") == "vi"
    assert page.xpath("//nav/h2")[0].text_content() == "Các số không khớp"
    first = _all(_all(page, "table", "grid")[0], "a", "bad")[0]
    assert first.text_content() == "1.147.105"
    assert "báo cáo có chú thích, 20 phép kiểm tra" in result.stderr


@pytest.mark.parametrize("which", ["input", "exists"])
def test_an_output_that_is_an_input_or_exists_is_refused_before_any_work(run, tmp_path, which):
    bad = _bad(tmp_path)
    target = bad if which == "input" else tmp_path / "old.html"
    if which == "exists":
        target.write_text("kept", encoding="utf-8")
    before = target.read_bytes()
    result = run("table", str(bad), "--html", str(target))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert target.read_bytes() == before
