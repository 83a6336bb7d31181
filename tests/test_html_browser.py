"""The annotated report in a real browser: Debian's Chromium, driven by Playwright.

What is asserted is the rendered page: every finding there with its verdict, the cards
opening on focus and as a link's target, the keyboard reaching every finding, a hostile
report's script never running, no request leaving the file, the phone width, dark mode and
print. CI installs ``chromium`` (.ci/run); elsewhere these tests skip when it is missing.
"""

import json
import os
import shutil

import pytest

from .conftest import SOURCE
from .test_html import HOSTILE

ARGS = [  # what this machine's closed network needs: no background connections at all
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _chromium():
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    return None


@pytest.fixture(scope="module")
def browser():
    executable = _chromium()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:  # pragma: no cover - the test extra installs it
        sync_playwright = None
    if executable is None or sync_playwright is None:
        if os.environ.get("CI"):
            pytest.fail("CI must have chromium and playwright: .ci/run installs them")
        pytest.skip("needs Debian's chromium and playwright")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=executable, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def open_page(browser, run, tmp_path):
    """Write a report with the CLI, open it; returns (page, requests seen, file URL)."""
    pages = []

    def opener(*args, width=1280, height=800, scheme="light", fragment=""):
        out = tmp_path / f"page{len(pages)}.html"
        result = run(*args, "--html", str(out), "-q")
        assert result.exit_code in (0, 1), result.stderr
        context = browser.new_context(
            viewport={"width": width, "height": height}, color_scheme=scheme
        )
        page = context.new_page()
        seen = []
        page.on("request", lambda r: seen.append(r.url))
        dialogs, console = [], []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.on("console", lambda m: console.append(m.text))
        url = out.as_uri()
        page.goto(url + fragment)
        page.dialogs, page.console = dialogs, console
        pages.append(context)
        return page, seen, url

    yield opener
    for context in pages:
        context.close()


def _marks(page):
    return page.evaluate(
        """() => [...document.querySelectorAll('main a.m')].map(a => ({
            id: a.id, css: a.className, text: a.textContent,
            after: getComputedStyle(a, '::after').content,
            card: getComputedStyle(a.nextElementSibling).display}))"""
    )


def test_every_finding_is_on_the_page_with_its_verdict(open_page, run):
    page, _seen, _url = open_page("scan", str(SOURCE))
    rows = json.loads(run("scan", str(SOURCE), "--format", "json").stdout)["rows"]
    marks = _marks(page)
    assert [m["id"] for m in marks] == [f"1-{n}" for n in range(1, len(rows) + 1)]
    said = {
        "consistent": '"✓" / " consistent"',
        "inconsistent": '"✗" / " inconsistent"',
        "base not in text": '"?" / " base not in text"',
    }
    assert [m["after"] for m in marks] == [said[r["verdict"]] for r in rows]
    assert [m["text"] for m in marks] == [
        "27,97%",
        "35,02%",
        "55,86%",
        "40,08%",
        "23,51%",
        "45,56%",
        "100%",
    ]
    assert {m["card"] for m in marks} == {"none"}  # closed until asked
    # what a screen reader is told: the percentage and its verdict, as words
    name = page.locator("[id='1-4']").evaluate(
        "a => a.computedName ?? null"
    )  # Chromium exposes the accessible name on elements (AOM) where enabled
    assert name in (None, "40,08% inconsistent")
    assert page.get_by_role("link", name="40,08% inconsistent").count() == 1


def test_keyboard_reaches_every_finding_and_opens_its_card(open_page):
    page, _seen, _url = open_page("scan", str(SOURCE))
    ids = {m["id"] for m in _marks(page)}
    reached, opened = [], []
    for _ in range(60):
        page.keyboard.press("Tab")
        focus = page.evaluate(
            """() => { const a = document.activeElement;
                return [a.id, a.classList.contains('m') ?
                    getComputedStyle(a.nextElementSibling).display : null]; }"""
        )
        if focus[0] in ids:
            reached.append(focus[0])
            opened.append(focus[1])
        if len(reached) == len(ids):
            break
    assert reached == sorted(ids, key=lambda i: int(i.split("-")[1]))
    assert set(opened) == {"block"}


def test_a_link_to_a_finding_opens_its_card(open_page):
    page, _seen, _url = open_page("scan", str(SOURCE), fragment="#1-4")
    card = page.locator("[id='1-4'] + .c")
    assert card.is_visible()
    # its first line and its labels are the style sheet's (said once for the page)
    generated = card.evaluate(
        """c => [getComputedStyle(c, '::before').content,
            ...[...c.children].map(i => [getComputedStyle(i, '::before').content,
                                          i.textContent])]"""
    )
    assert generated == [
        '"✗ inconsistent"',
        ['"Reported"', "40,08%"],
        ['"Recomputed"', "40,82% = 44,485 / 108,989"],
        ['"Exact interval"', "40,81539% – 40,81670%"],
        [
            '"What would make it true"',
            "off by -0,74 percentage points (-74 units of 0,01); 40,08% would need a whole of "
            "110,991 tỷ đồng (110,975–111,006) or a part of 43,683 tỷ đồng (43,677–43,689)",
        ],
        ['"Why these figures"', "against the total its list is under (Trong đó / gồm / Cụ thể)"],
    ]
    # the list of problems leads there
    page.goto(_url)
    page.click("nav a[href='#1-4']")
    assert page.evaluate("location.hash") == "#1-4"
    assert page.locator("[id='1-4'] + .c").is_visible()


def test_problems_only_hides_the_rest(open_page, tmp_path):
    long = tmp_path / "long.txt"
    long.write_text(SOURCE.read_text(encoding="utf-8") + "\n\nKết luận: không có số liệu.\n")
    page, _seen, _url = open_page("scan", str(long))
    paragraphs = page.locator("section p")
    before = sum(paragraphs.nth(i).is_visible() for i in range(paragraphs.count()))
    page.click("label[for=only]")
    after = [paragraphs.nth(i) for i in range(paragraphs.count())]
    visible = [p for p in after if p.is_visible()]
    assert before > len(visible) == 1
    assert "40,08%" in visible[0].inner_text()


def test_a_hostile_report_runs_nothing_and_loads_nothing(open_page, tmp_path):
    report = tmp_path / "hostile.txt"
    report.write_text(HOSTILE, encoding="utf-8")
    page, seen, url = open_page("scan", str(report))
    for mark in page.locator("main a.m").all():
        mark.focus()
        mark.click()
    page.locator("label[for=only]").click()
    # the headline is the title, as text: the script in it never set it
    assert page.title() == "Báo cáo <script>document.title='pwned';window.pwned=1</script> tháng 10"
    assert page.evaluate("typeof window.pwned") == "undefined"
    assert page.dialogs == []
    assert page.evaluate("document.scripts.length") == 0
    assert page.evaluate("document.images.length") == 0
    assert page.locator("main").text_content().count("<script>document.title=") == 1
    assert [u.split("#")[0] for u in seen] == [url]  # the file itself, nothing else
    # nothing was refused either: the one style sheet matches the policy's hash
    assert page.console == []
    assert page.evaluate("getComputedStyle(document.body).maxWidth") != "none"


def test_verify_page_in_a_browser(open_page):
    page, seen, url = open_page("verify", "--locale", "vi")
    claims = page.locator("article.claim[id]")
    assert claims.count() == 6
    marks = page.evaluate(
        """() => [...document.querySelectorAll('article.claim[id] h3 a.m')].map(a =>
            getComputedStyle(a, '::after').content)"""
    )
    assert marks == [
        '"✓" / " khớp"',
        '"✓" / " khớp"',
        '"≈" / " ngầm định"',
        '"✗" / " không khớp"',
        '"✓" / " khớp"',
        '"≈" / " ngầm định"',
    ]
    assert page.locator("#c4 .c").is_visible()  # verify's cards are open
    fix = page.locator("#c4 .c .ff")
    assert fix.evaluate("i => getComputedStyle(i, '::before').content") == '"Để khớp thì cần"'
    assert fix.inner_text().startswith("lệch -0,74 điểm phần trăm (-74 đơn vị 0,01)")
    rows = page.locator("table tbody tr")
    assert rows.count() == 5
    assert rows.nth(2).inner_text().split("\t") == [
        "Kinh phí khuyến công địa phương",
        "52,224*",
        "64,504",
    ]
    assert [u.split("#")[0] for u in seen] == [url]


@pytest.mark.parametrize(("width", "height"), [(1280, 800), (390, 844)])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_page_fits_the_screen_and_the_scheme(open_page, tmp_path, width, height, scheme):
    page, _seen, _url = open_page(
        "scan", str(SOURCE), width=width, height=height, scheme=scheme, fragment="#1-4"
    )
    assert page.evaluate("document.documentElement.scrollWidth") <= width  # no sideways
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert background == ("rgb(255, 255, 255)" if scheme == "light" else "rgb(20, 23, 26)")
    shots = os.environ.get("KHUYENCONG_SCREENSHOTS")  # to look at them: a folder
    folder = shots or str(tmp_path)
    page.locator("[id='1-4']").focus()
    page.screenshot(path=os.path.join(folder, f"scan-{width}x{height}-{scheme}.png"))


def test_print_keeps_the_marks_and_drops_the_cards(open_page):
    page, _seen, _url = open_page("scan", str(SOURCE), fragment="#1-4")
    page.emulate_media(media="print")
    marks = _marks(page)
    assert {m["card"] for m in marks} == {"none"}
    assert marks[3]["after"] == '"✗" / " inconsistent"'
    assert page.evaluate("getComputedStyle(document.querySelector('.toggle')).display") == "none"


@pytest.mark.parametrize("width", [390, 1280])
def test_a_table_report_marks_its_figures_and_opens_their_cards(open_page, tmp_path, width):
    from .test_table_report import _bad

    page, seen, url = open_page("table", str(_bad(tmp_path)), width=width)
    assert page.evaluate(
        "document.documentElement.scrollWidth <= document.documentElement.clientWidth"
    )  # a wide table scrolls in its own box, the page does not
    mark = page.locator("[id='s1-r6c2']")
    assert mark.evaluate("a => getComputedStyle(a, '::after').content") == ('"✗" / " inconsistent"')
    mark.click()
    assert page.evaluate("location.hash") == "#s1-1"
    card = page.locator("[id='s1-1']")
    box = card.bounding_box()
    assert box is not None and 0 <= box["y"] < page.viewport_size["height"]
    assert card.evaluate("li => getComputedStyle(li).outlineStyle") == "solid"
    shown = "li => getComputedStyle(li).display"
    assert page.locator("[id='s1-3']").evaluate(shown) != "none"  # a consistent check
    page.locator("#only").check()
    assert page.locator("[id='s1-3']").evaluate(shown) == "none"
    assert card.evaluate(shown) != "none"
    assert seen == [url]
