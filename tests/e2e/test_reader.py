"""The reader's experience on real pages in real browsers: the story comes first (title, lede and
headline numbers on the widget's first screen at desktop and phone sizes, in both languages),
and the filters show only where they change something."""

import json
import time

import pytest
from conftest import ROOT as PROJECT, SCREENSHOTS, console, wait_until
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

AXE = PROJECT / ".tools" / "node_modules" / "axe-core" / "axe.min.js"

HOST = "document.querySelector('#explainer')"
ROOT = HOST + ".shadowRoot"


def axe_violations(browser):
    result = browser.execute_async_script("""
        const done = arguments[arguments.length - 1];
        axe.run({include: [['#explainer']]}, {resultTypes: ['violations']})
          .then(r => done(JSON.stringify(r.violations.map(v => ({id: v.id, help: v.help,
              nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))})))))
          .catch(e => done(JSON.stringify([{id: 'axe-error', help: String(e)}])));""")
    return json.loads(result)


def set_viewport(browser, width, height):
    """Sizes the window so the page's own viewport (not the window) is width × height; returns
    False where the browser keeps windows wider (Firefox stops at 500 px)."""
    browser.set_window_size(width, height)
    inner = browser.execute_script("return [innerWidth, innerHeight]")
    browser.set_window_size(2 * width - inner[0], 2 * height - inner[1])
    inner = browser.execute_script("return [innerWidth, innerHeight]")
    return inner == [width, height]


def open_page(browser, site, width, height):
    """plain.html in a viewport of width × height: the window itself, or else an iframe of that
    size (an iframe is its page's viewport, so media queries see width × height)."""
    browser.switch_to.default_content()
    if set_viewport(browser, width, height):
        browser.get(f"{site}/demo/plain.html")
        return
    set_viewport(browser, 1280, 900)
    browser.get(f"{site}/demo/frame.html")
    wait_until(browser, """const f = document.querySelector('iframe');
        if (!f) return false;
        f.width = arguments[0]; f.height = arguments[1]; f.src = 'plain.html'; return true;""",
               width, height, what="the frame")
    # A boolean, not the element: ChromeDriver cannot return an element of another frame's
    # document and fails with "stale element reference" when the page is already there.
    wait_until(browser, "const f = document.querySelector('iframe');"
               " return !!(f && f.contentDocument && f.contentDocument.querySelector('#explainer'))",
               what="the framed page")
    browser.switch_to.frame(browser.find_element("css selector", "iframe"))
    assert browser.execute_script("return [innerWidth, innerHeight]") == [width, height]


def switch_language(browser, lang):
    """Switches the widget to `lang` with its language button, unless it is English already."""
    if lang != "en":
        browser.execute_script(f"{ROOT}.querySelector('.xhs-lang').click()")
        wait_until(browser, f"return {ROOT}.querySelector('.xhs-app').lang === arguments[0]", lang,
                   what=f"language {lang}")


def load(browser, site, lang, size):
    open_page(browser, site, *size)
    wait_until(browser, f"const h = {HOST}; return h.shadowRoot && h.shadowRoot.querySelector('.xhs-app .xhs-headline')",
               what="the widget")
    switch_language(browser, lang)


@pytest.mark.parametrize("lang", ["en", "zh-Hans"])
@pytest.mark.parametrize("size", [(1280, 900), (375, 700)], ids=["1280x900", "375x700"])
def test_the_first_screen_shows_the_title_the_lede_and_the_headline_numbers(browser, site, lang, size):
    width, height = size
    try:
        load(browser, site, lang, size)
        # Measured from the widget's top, wherever the host page puts it: what a reader sees
        # without scrolling once the widget is on screen.
        got = browser.execute_script(f"""
            const root = {ROOT}, top = {HOST}.getBoundingClientRect().top;
            const bottom = s => [...root.querySelectorAll(s)].map(e => {{
                const r = e.getBoundingClientRect();
                return r.height > 0 ? Math.ceil(r.bottom - top) : -1; }});
            return {{title: bottom('.xhs-app .xhs-title'), lede: bottom('.xhs-app .xhs-lede'),
                     numbers: bottom('.xhs-app .xhs-headline'),
                     filters: getComputedStyle(root.querySelector('.xhs-filters')).display}};""")
        assert len(got["numbers"]) >= 3, got
        for part in ("title", "lede", "numbers"):
            assert got[part] and all(0 < b <= height for b in got[part]), (part, got)
        assert got["filters"] == "none", "the overview shows no filters"
    finally:
        browser.switch_to.default_content()
        set_viewport(browser, 1280, 900)


def shadow_find(browser, selector):
    """An element inside the widget's shadow root, for real (WebDriver) clicks."""
    host = browser.find_element("css selector", "#explainer")
    return host.shadow_root.find_element("css selector", selector)


def view_of(browser):
    """What the widget shows: tour step, selected tab, live count, open filters."""
    return browser.execute_script(f"""
        const r = {ROOT};
        const tour = r.querySelector('.xhs-tour__progress');
        return {{tour: tour ? tour.textContent.trim().split(' ').slice(0, 2).join(' ') : null,
                 title: (r.querySelector('.xhs-tour__title') || {{}}).textContent || null,
                 tab: r.querySelector('[role=tab][aria-selected=true]').id,
                 status: r.querySelector('.xhs-status').textContent}};""")


def test_copy_link_gives_a_url_that_opens_the_same_view_in_a_fresh_page(browser, site):
    if browser.name_for_files == "chromium":
        browser.execute_cdp_cmd("Browser.grantPermissions", {
            "origin": site, "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"]})
    browser.get(f"{site}/index.html")
    wait_until(browser, f"const h = {HOST}; return h.shadowRoot && h.shadowRoot.querySelector('.xhs-tour-start')",
               what="the widget")
    shadow_find(browser, ".xhs-tour-start").click()
    wait_until(browser, f"return {ROOT}.querySelector('.xhs-tour')", what="the tour")
    shadow_find(browser, ".xhs-tour__next").click()
    wait_until(browser, f"return ({ROOT}.querySelector('.xhs-tour__progress') || {{}}).textContent.startsWith('Step 2')",
               what="step 2")
    wait_until(browser, "return location.hash.includes('tour=2')", what="the step in the address")
    before = view_of(browser)
    assert before["tour"] == "Step 2" and before["tab"] == "xhs-tab-timeline", before

    shadow_find(browser, ".xhs-share__copy").click()
    status = wait_until(browser, f"return {ROOT}.querySelector('.xhs-share__status').textContent",
                        what="the copy's outcome")
    if status == "Link copied":
        copied = browser.execute_async_script(
            "const done = arguments[0]; navigator.clipboard.readText().then(done, e => done('unreadable: ' + e))")
        if copied.startswith("unreadable"):  # Firefox does not let pages read the clipboard
            copied = browser.execute_script("return location.href")
    else:  # the browser refused: the link is shown, selected, for copying by hand
        copied = browser.execute_script(f"return {ROOT}.querySelector('.xhs-share__fallback').value")
    assert copied == browser.execute_script("return location.href"), copied
    assert "tour=2" in copied and "sec=timeline" in copied, copied

    # A fresh page at that address shows the same view.
    browser.get(f"{site}/demo/plain.html")
    browser.get(copied)
    browser.refresh()
    wait_until(browser, f"const h = {HOST}; return h.shadowRoot && h.shadowRoot.querySelector('.xhs-tour__title')",
               what="the linked view")
    wait_until(browser, f"return {ROOT}.querySelector('.xhs-status').textContent === arguments[0]",
               before["status"], what="the same filters")
    assert view_of(browser) == before


FORCED_CHECK = """
const root = arguments[0].shadowRoot;
const probe = document.createElement('span');
probe.style.cssText = 'background: Highlight; color: Canvas';
document.body.append(probe);
const highlight = getComputedStyle(probe).backgroundColor, canvas = getComputedStyle(probe).color;
probe.remove();
const shown = e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
const problems = [];
// Every control keeps an outline of its own: a border, or (link-like buttons) an underline.
for (const c of root.querySelectorAll('button, input, select, summary, a[href]')) {
  if (!shown(c)) continue;
  const s = getComputedStyle(c);
  const bordered = ['Top', 'Bottom', 'Left', 'Right'].some(
    side => s['border' + side + 'Style'] !== 'none' && parseFloat(s['border' + side + 'Width']) > 0);
  const underlined = s.textDecorationLine.includes('underline');
  const visuallyHidden = c.closest('.xhs-visually-hidden, .xhs-search__label');
  const systemDrawn = c.type === 'range';  // the browser draws its track in system colours
  if (!bordered && !underlined && !visuallyHidden && !systemDrawn) problems.push('no outline: ' + c.className + ' ' + c.textContent.trim().slice(0, 30));
}
// Selected states use the system's Highlight.
for (const sel of root.querySelectorAll('[role=tab][aria-selected=true], button[aria-pressed=true]')) {
  if (shown(sel) && getComputedStyle(sel).backgroundColor !== highlight) problems.push('selected not Highlight: ' + sel.className);
}
// Chart marks are drawn in a system colour, never in the page background.
for (const m of root.querySelectorAll('.xhs-chart__mark, .xhs-axis__dot')) {
  const fill = getComputedStyle(m).fill;
  if (fill === 'none' || fill === canvas) problems.push('mark invisible: ' + m.getAttribute('class'));
}
return {problems, marks: root.querySelectorAll('.xhs-chart__mark, .xhs-axis__dot').length};
"""


@pytest.mark.parametrize("lang", ["en", "zh-Hans"])
def test_forced_colors_keep_every_control_selection_mark_and_focus_ring_visible(browser, site, lang):
    if browser.name_for_files != "chromium":
        pytest.skip("forced colours are emulated through Chromium's DevTools Protocol only")
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "forced-colors", "value": "active"}]})
    try:
        load(browser, site, lang, (1280, 900))
        assert browser.execute_script("return matchMedia('(forced-colors: active)').matches")
        host = browser.find_element("css selector", "#explainer")
        browser.execute_script(AXE.read_text())
        marks = 0
        for section in ("overview", "timeline", "numbers", "voices", "platforms", "clock", "sources"):
            browser.execute_script(f"{ROOT}.querySelector('#xhs-tab-' + arguments[0]).click()", section)
            wait_until(browser, f"return {ROOT}.querySelector('#xhs-panel-' + arguments[0])", section, what=section)
            if section == "timeline":  # open the filter panel and a facet: chips pressed and not
                browser.execute_script(f"{ROOT}.querySelector('.xhs-filters__toggle').click()")
                wait_until(browser, f"return {ROOT}.querySelector('.xhs-facet__toggle')", what="the filter panel")
                browser.execute_script(f"{ROOT}.querySelector('.xhs-facet__toggle').click()")
                wait_until(browser, f"return {ROOT}.querySelector('.xhs-chip')", what="chips")
                browser.execute_script(f"{ROOT}.querySelector('.xhs-chip').click()")
            wait_until(browser, f"return {ROOT}.getAnimations().filter(a => a.timeline === document.timeline).length === 0", what="transitions to end")
            got = browser.execute_script(FORCED_CHECK, host)
            assert got["problems"] == [], (section, got["problems"])
            marks += got["marks"]
            assert axe_violations(browser) == [], section
        assert marks >= 5, marks
        # The focus ring is drawn in Highlight when the keyboard moves focus.
        shadow_find(browser, "#xhs-tab-overview").click()
        ActionChains(browser).send_keys(Keys.TAB).perform()
        ring = browser.execute_script(f"""
            const f = {ROOT}.activeElement; const s = getComputedStyle(f);
            return [f.tagName, s.outlineStyle, parseFloat(s.outlineWidth)];""")
        assert ring[1] == "solid" and ring[2] >= 2, ring
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})


@pytest.mark.parametrize("section, selector", [("numbers", ".xhs-fcard__quotes"), ("platforms", ".xhs-not-stated")])
def test_chinese_is_never_slanted_and_breaks_lines_the_chinese_way(browser, site, section, selector):
    load(browser, site, "zh-Hans", (1280, 900))
    browser.execute_script(f"{ROOT}.querySelector('#xhs-tab-' + arguments[0]).click()", section)
    wait_until(browser, f"return {ROOT}.querySelector(arguments[0])", selector, what=selector)
    got = browser.execute_script(f"""
        const r = {ROOT}, app = getComputedStyle(r.querySelector('.xhs-app'));
        const zh = [...r.querySelectorAll(arguments[0])].filter(e => e.closest('[lang]').lang === 'zh-Hans');
        return {{styles: zh.map(e => getComputedStyle(e).fontStyle), lineBreak: app.lineBreak,
                 lineHeight: parseFloat(app.lineHeight) / parseFloat(app.fontSize),
                 font: app.fontFamily}};""", selector)
    assert got["styles"] and set(got["styles"]) == {"normal"}, got
    assert got["lineBreak"] == "strict" and got["lineHeight"] >= 1.6, got
    assert got["font"].startswith('"PingFang SC"'), got


@pytest.mark.parametrize("lang", ["en", "zh-Hans"])
@pytest.mark.parametrize("theme", ["light", "dark"])
def test_axe_finds_no_violations_on_any_tour_step_or_the_shortcuts(browser, site, lang, theme):
    load(browser, site, lang, (1280, 900))
    browser.execute_script(f"""
        const s = {ROOT}.querySelector('.xhs-theme-select');
        s.value = arguments[0]; s.dispatchEvent(new Event('change', {{bubbles: true}}));""", theme)
    browser.execute_script(AXE.read_text())
    browser.execute_script(f"{ROOT}.querySelector('.xhs-tour-start').click()")
    steps = browser.execute_script(f"return +{ROOT}.querySelector('.xhs-tour progress').max")
    assert 6 <= steps <= 10, steps
    problems = {}
    for step in range(1, steps + 1):
        wait_until(browser, f"return +{ROOT}.querySelector('.xhs-tour progress').value === arguments[0]", step,
                   what=f"step {step}")
        wait_until(browser, f"return {ROOT}.getAnimations().filter(a => a.timeline === document.timeline).length === 0", what="transitions to end")
        found = axe_violations(browser)
        if found:
            problems[step] = found
        if step < steps:
            browser.execute_script(f"{ROOT}.querySelector('.xhs-tour__next').click()")
    shadow_find(browser, ".xhs-tour__previous").send_keys("?")
    wait_until(browser, f"return {ROOT}.querySelector('.xhs-shortcuts')", what="the shortcuts")
    found = axe_violations(browser)
    if found:
        problems["shortcuts"] = found
    assert problems == {}, json.dumps(problems, ensure_ascii=False, indent=1)


def png_size(data):
    """Width and height from a PNG's header (its IHDR chunk)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


@pytest.mark.parametrize("lang", ["en", "zh-Hans"])
def test_chart_downloads_reach_the_disk_as_svg_and_png_under_the_strict_csp(browser, site, lang):
    """A reader on a host page with the strictest policy docs/embedding.md documents downloads a chart
    as SVG and as PNG; both files land on disk, carry the title and the source line, and
    nothing violates the policy."""
    browser.switch_to.default_content()
    set_viewport(browser, 1280, 900)
    for old in browser.downloads.iterdir():
        old.unlink()
    browser.get(f"{site}/demo/embed.html")
    wait_until(browser, f"const h = {HOST}; return h.shadowRoot && h.shadowRoot.querySelector('.xhs-app')",
               what="the widget")
    switch_language(browser, lang)
    browser.execute_script(f"{ROOT}.querySelector('#xhs-tab-numbers').click()")
    chart = wait_until(browser, f"return {ROOT}.querySelector('.xhs-chart--rank')", what="the rank chart")
    caption, credit, view_box, title_id = browser.execute_script(
        "const c = arguments[0], svg = c.querySelector('svg.xhs-chart__svg');"
        " return [c.querySelector('.xhs-chart__caption').textContent,"
        " c.querySelector('.xhs-chart__credit').textContent,"
        " svg.getAttribute('viewBox'), svg.getAttribute('aria-labelledby')]", chart)
    # Real clicks (WebDriver's, which the page sees as the reader's), one file each.
    for button in (".xhs-chart__svg-download", ".xhs-chart__png-download"):
        target = chart.find_element("css selector", button)
        browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", target)
        target.click()

    def finished():
        names = sorted(p.name for p in browser.downloads.iterdir())
        done = [n for n in names if n.endswith((".svg", ".png"))]
        return done if len(done) == 2 and len(names) == 2 else None

    deadline = time.monotonic() + 15
    while not finished() and time.monotonic() < deadline:
        time.sleep(0.1)
    files = finished()
    assert files, f"downloads: {sorted(p.name for p in browser.downloads.iterdir())}"
    # Named after the chart and the language: xhs-chart-<group>-rank-en.png.
    stem = title_id.removesuffix("-title") + "-" + ("en" if lang == "en" else "zh-Hans")
    assert files == [f"{stem}.png", f"{stem}.svg"], files

    svg = next(browser.downloads.glob("*.svg")).read_text(encoding="utf-8")
    assert svg.startswith("<svg") and 'xmlns="http://www.w3.org/2000/svg"' in svg
    # Long lines wrap in the image, so look for their words rather than the whole line.
    for word in (caption.split()[0], credit.split("：" if lang != "en" else ":")[0]):
        assert word in svg, f"{word!r} is not in the SVG"
    assert "class=\"xhs-chart__mark" in svg and "fill=\"rgb(" in svg

    png = next(browser.downloads.glob("*.png")).read_bytes()
    # The README shows the file a reader gets (`make readme-screenshots`).
    SCREENSHOTS.mkdir(exist_ok=True)
    (SCREENSHOTS / f"{browser.name_for_files}-chart-download-{lang}.png").write_bytes(png)
    width, height = png_size(png)
    chart_width = float(view_box.split()[2])
    assert width == int((chart_width + 24) * 3), (width, chart_width)
    assert height > float(view_box.split()[3]) * 3, "the title and source line add height"
    assert not [m for m in console(browser) if m.startswith("csp:")], console(browser)
