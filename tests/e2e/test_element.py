"""`<xhs-explainer>` on a real page beside a placeholder: both forms mount, attributes are live,
the host hears the widget's events, and elements inserted, moved and removed after load follow.
Headless Chromium and Firefox over HTTP on 127.0.0.1."""

from conftest import console, wait_until

APP = """
const host = document.getElementById(arguments[0]);
const app = host && host.shadowRoot && host.shadowRoot.querySelector('.xhs-app');
if (!app) return null;
const tab = app.querySelector('[role=tab][aria-selected=true]');
const search = app.querySelector('.xhs-search__input');
return {lang: app.getAttribute('lang'), tab: tab && tab.id, theme: host.getAttribute('data-xhs-theme'),
        search: search && search.value};
"""

EVENTS = "return window.__xhsEvents.filter(e => !arguments[0] || e.type === arguments[0])"


def app(browser, element_id, what="the widget"):
    return wait_until(browser, APP, element_id, what=what)


def events(browser, kind=None):
    return browser.execute_script(EVENTS, kind)


def test_both_forms_mount_on_one_page_without_a_new_element(browser, site):
    browser.get(f"{site}/demo/element.html")
    element = app(browser, "element")
    assert element["lang"] == "zh-Hans", "zh-CN means Chinese"
    assert element["tab"] == "xhs-tab-numbers"
    assert element["theme"] == "dark"
    placeholder = app(browser, "placeholder")
    assert (placeholder["lang"], placeholder["tab"]) == ("en", "xhs-tab-timeline")
    # The script tag had no data-target and the page had widgets: it created none of its own.
    assert browser.execute_script(
        "return document.querySelectorAll('xhs-explainer, [data-xhs-explainer]').length") == 3
    # Each instance told the host it was ready, once.
    ready = wait_until(browser, "return window.__xhsEvents.filter(e => e.type === 'xhs-ready').length === 3"
                       " && window.__xhsEvents.filter(e => e.type === 'xhs-ready')", what="three xhs-ready")
    assert sorted(e["id"] for e in ready) == ["element", "focused", "placeholder"]
    assert console(browser) == []


def test_an_element_starts_from_its_filter_and_search(browser, site):
    browser.get(f"{site}/demo/element.html")
    focused = app(browser, "focused")
    assert focused["search"] == "refugee"
    status = browser.execute_script(
        "return document.getElementById('focused').shadowRoot.querySelector('.xhs-status').textContent")
    shown, total = [int(n) for n in status.split(" events")[0].split(" of ")]
    assert 0 < shown < total, status


def test_attribute_changes_update_the_live_widget_and_keep_the_readers_state(browser, site):
    browser.get(f"{site}/demo/element.html")
    app(browser, "element")
    wait_until(browser, EVENTS, "xhs-ready", what="xhs-ready")
    browser.execute_script("document.getElementById('element').setAttribute('search', 'TikTok')")
    change = wait_until(browser, "return window.__xhsEvents.find(e => e.type === 'xhs-filterchange'"
                        " && e.id === 'element')", what="xhs-filterchange")
    assert change["detail"]["filter"] == "q=TikTok"
    events_shown = change["detail"]["shown"]["events"]
    assert 0 < events_shown["shown"] < events_shown["total"], change
    browser.execute_script("document.getElementById('element').setAttribute('lang', 'en-GB')")
    lang = wait_until(browser, "return window.__xhsEvents.find(e => e.type === 'xhs-langchange')",
                      what="xhs-langchange")
    assert lang == {"type": "xhs-langchange", "id": "element", "detail": {"lang": "en"}}
    browser.execute_script("document.getElementById('element').setAttribute('section', 'timeline')")
    wait_until(browser, "return window.__xhsEvents.find(e => e.type === 'xhs-sectionchange')",
               what="xhs-sectionchange")
    browser.execute_script("document.getElementById('element').setAttribute('theme', 'light')")
    wait_until(browser, "return document.getElementById('element').getAttribute('data-xhs-theme') === 'light'",
               what="the light theme")
    now = app(browser, "element")
    assert (now["lang"], now["tab"], now["search"]) == ("en", "xhs-tab-timeline", "TikTok")
    assert console(browser) == []


def test_the_readers_changes_fire_events_but_leave_the_hosts_attributes(browser, site):
    browser.get(f"{site}/demo/element.html")
    app(browser, "element")
    browser.execute_script(
        "document.getElementById('element').shadowRoot.querySelector('#xhs-tab-voices').click()")
    change = wait_until(browser, "return window.__xhsEvents.find(e => e.type === 'xhs-sectionchange')",
                        what="xhs-sectionchange")
    assert change == {"type": "xhs-sectionchange", "id": "element", "detail": {"section": "voices"}}
    assert browser.execute_script("return document.getElementById('element').getAttribute('section')") == "numbers"
    assert app(browser, "element")["tab"] == "xhs-tab-voices"


def test_elements_inserted_moved_and_removed_after_load_follow(browser, site):
    browser.get(f"{site}/demo/element.html")
    app(browser, "element")
    browser.execute_script("""
        const el = document.createElement('xhs-explainer');
        el.id = 'late';
        el.setAttribute('lang', 'zh');
        document.getElementById('after').before(el);""")
    assert app(browser, "late", what="the late element")["lang"] == "zh-Hans"
    # A move keeps the same widget working.
    browser.execute_script("document.getElementById('elsewhere').append(document.getElementById('late'))")
    browser.execute_script(
        "document.getElementById('late').shadowRoot.querySelector('#xhs-tab-clock').click()")
    assert app(browser, "late")["tab"] == "xhs-tab-clock"
    assert browser.execute_script(
        "return document.getElementById('late').hasAttribute('data-xhs-mounted')")
    # A removal unmounts it: nothing but the slot for its fallback is left in its shadow root.
    browser.execute_script("window.__late = document.getElementById('late'); window.__late.remove()")
    wait_until(browser, "return !window.__late.hasAttribute('data-xhs-mounted')", what="the unmount")
    assert browser.execute_script("return window.__late.shadowRoot.innerHTML") == "<slot></slot>"
    # Inserted again, it mounts again.
    browser.execute_script("document.body.append(window.__late)")
    assert app(browser, "late", what="the widget mounted again")["lang"] == "zh-Hans"
    assert console(browser) == []


def test_a_failed_load_fires_xhs_error_and_keeps_the_summary(browser, site):
    browser.get(f"{site}/broken/demo/element.html")
    error = wait_until(browser, "return window.__xhsEvents.filter(e => e.type === 'xhs-error').length === 3"
                       " && window.__xhsEvents.filter(e => e.type === 'xhs-error')", what="xhs-error")
    assert sorted(e["id"] for e in error) == ["element", "focused", "placeholder"]
    assert all(e["detail"]["what"] == "load" for e in error), error
    assert browser.execute_script(
        "return document.querySelector('#element').shadowRoot.querySelector('.xhs-summary .xhs-lede')"
        ".getBoundingClientRect().height") > 0
    assert browser.find_element("id", "after").is_displayed()


PARTS = """
const root = document.getElementById(arguments[0]).shadowRoot;
return [...new Set([...root.querySelectorAll('[part]')].map(e => e.getAttribute('part')))].sort();
"""

PART_STYLE = """
const el = document.getElementById(arguments[0]).shadowRoot.querySelector('[part=' + arguments[1] + ']');
return getComputedStyle(el).outlineColor;
"""


def test_the_named_parts_are_there_and_host_css_reaches_them(browser, site):
    browser.get(f"{site}/demo/element.html")
    app(browser, "element")
    seen = set()
    for section in ["numbers", "timeline", "voices", "sources"]:
        browser.execute_script(
            f"document.getElementById('element').shadowRoot.querySelector('#xhs-tab-{section}').click()")
        wait_until(browser, f"return document.getElementById('element').shadowRoot"
                   f".querySelector('#xhs-panel-{section}')", what=section)
        seen.update(browser.execute_script(PARTS, "element"))
    browser.execute_script(
        "document.getElementById('element').shadowRoot.querySelector('#xhs-tab-timeline').click()")
    wait_until(browser, "return document.getElementById('element').shadowRoot"
               ".querySelector('.xhs-timeline__open')", what="an event to open")
    browser.execute_script(
        "document.getElementById('element').shadowRoot.querySelector('.xhs-timeline__open').click()")
    wait_until(browser, "return document.getElementById('element').shadowRoot"
               ".querySelector('[part=dialog][open]')", what="the event dialog")
    seen.update(browser.execute_script(PARTS, "element"))
    browser.execute_script(
        "document.getElementById('element').shadowRoot.querySelector('.xhs-dialog__close').click()")
    wait_until(browser, "return !document.getElementById('element').shadowRoot.querySelector('[part=dialog]')",
               what="the dialog to close")
    seen.update(browser.execute_script(PARTS, "element"))
    assert seen == {"header", "filters", "tabs", "panel", "timeline", "chart", "table", "quote",
                    "source", "dialog", "footer"}, seen
    # ::part rules from the host's stylesheet apply, and only to the parts they name.
    browser.execute_script(
        "document.getElementById('element').shadowRoot.querySelector('#xhs-tab-numbers').click()")
    wait_until(browser, "return document.getElementById('element').shadowRoot.querySelector('[part=chart]')",
               what="a chart")
    assert browser.execute_script(PART_STYLE, "element", "header") == "rgb(1, 2, 3)"
    assert browser.execute_script(PART_STYLE, "element", "chart") == "rgb(4, 5, 6)"
    assert browser.execute_script(PART_STYLE, "element", "tabs") != "rgb(1, 2, 3)"
    # The tour's panel and the shortcut list, opened from the overview and the footer.
    browser.execute_script(
        "document.getElementById('element').shadowRoot.querySelector('#xhs-tab-overview').click()")
    wait_until(browser, "return document.getElementById('element').shadowRoot.querySelector('.xhs-tour-start')",
               what="the tour's start")
    browser.execute_script("""const r = document.getElementById('element').shadowRoot;
        r.querySelector('.xhs-tour-start').click(); r.querySelector('.xhs-shortcuts__open').click();""")
    wait_until(browser, "const r = document.getElementById('element').shadowRoot;"
               "return r.querySelector('[part=tour]') && r.querySelector('[part=shortcuts]')",
               what="the tour and the shortcuts")
    assert {"tour", "shortcuts"} <= set(browser.execute_script(PARTS, "element"))
