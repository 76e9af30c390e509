"""The reader's experience on real pages in real browsers: the story comes first (title, lede and
headline numbers on the widget's first screen at desktop and phone sizes, in both languages),
and the filters show only where they change something."""

import pytest
from conftest import wait_until

HOST = "document.querySelector('#explainer')"
ROOT = HOST + ".shadowRoot"


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
    frame = browser.find_element("css selector", "iframe")
    browser.execute_script("arguments[0].width = arguments[1]; arguments[0].height = arguments[2];"
                           "arguments[0].src = 'plain.html';", frame, width, height)
    wait_until(browser, "return arguments[0].contentDocument && arguments[0].contentDocument.querySelector('#explainer')",
               frame, what="the framed page")
    browser.switch_to.frame(frame)
    assert browser.execute_script("return [innerWidth, innerHeight]") == [width, height]


def load(browser, site, lang, size):
    open_page(browser, site, *size)
    wait_until(browser, f"const h = {HOST}; return h.shadowRoot && h.shadowRoot.querySelector('.xhs-app .xhs-headline')",
               what="the widget")
    if lang != "en":
        browser.execute_script(f"{ROOT}.querySelector('.xhs-lang').click()")
        wait_until(browser, f"return {ROOT}.querySelector('.xhs-app').lang === arguments[0]", lang,
                   what=f"language {lang}")


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
