"""The one-script-tag embed on real host pages, served over HTTP, in headless Chromium and Firefox."""

from conftest import console, wait_until

SHADOW_TEXT = """
const host = document.querySelector(arguments[0]);
const el = host && host.shadowRoot && host.shadowRoot.querySelector(arguments[1]);
return el ? el.textContent.trim() : null;
"""

VISIBLE_HEIGHT = """
const el = document.querySelector(arguments[0]);
return el ? el.getBoundingClientRect().height : -1;
"""


def test_the_snippet_mounts_the_widget_under_a_strict_csp(browser, site):
    browser.get(f"{site}/demo/embed.html")
    title = wait_until(browser, SHADOW_TEXT, "#explainer", ".xhs-app .xhs-title", what="the widget title")
    assert "Xiaohongshu" in title or "小红书" in title
    # The fallback is no longer rendered once the shadow root is attached…
    assert browser.execute_script(VISIBLE_HEIGHT, "#explainer .xhs-fallback") == 0
    # …while the host page around it is untouched.
    assert browser.find_element("id", "before").text == "Host text before the widget."
    assert browser.find_element("id", "after").is_displayed()
    # The CSP in the page is the one docs/embedding.md documents; nothing may violate it.
    assert console(browser) == []


IN_WIDGET_STYLE = """
const el = document.querySelector('#explainer').shadowRoot.querySelector(arguments[0]);
return el ? getComputedStyle(el)[arguments[1]] : null;
"""

HOST_STYLE = "return getComputedStyle(document.querySelector(arguments[0]))[arguments[1]];"


def test_the_host_page_styles_do_not_leak_in(browser, site):
    """hostile.css sets `p { color }` and, all `!important`, `button { display: none }`,
    `* { font-size: 40px }`, `svg { display: none }` and `input { visibility: hidden }`: only the
    Shadow DOM keeps them off the widget."""
    browser.get(f"{site}/demo/hostile.html")
    wait_until(browser, SHADOW_TEXT, "#explainer", ".xhs-app .xhs-title", what="the widget title")
    red = "rgb(255, 0, 0)"
    # The host's rules still apply to the host's own elements…
    assert browser.execute_script(HOST_STYLE, "#before", "color") == red
    assert browser.execute_script(HOST_STYLE, "#host-button", "display") == "none"
    assert browser.execute_script(HOST_STYLE, "#explainer", "fontSize") == "40px"
    # …but no selector of theirs matches inside the widget.
    assert browser.execute_script(IN_WIDGET_STYLE, ".xhs-lede", "color") != red
    tab = browser.execute_script(IN_WIDGET_STYLE, "[role=tab]", "display")
    assert tab not in (None, "none"), tab
    for sel in [".xhs-title", ".xhs-headline__meta", ".xhs-section-title"]:
        size = browser.execute_script(IN_WIDGET_STYLE, sel, "fontSize")
        assert size not in (None, "40px"), (sel, size)
    assert browser.execute_script(IN_WIDGET_STYLE, ".xhs-search__input", "visibility") == "visible"
    browser.execute_script(
        "document.querySelector('#explainer').shadowRoot.querySelector('#xhs-tab-numbers').click()")
    wait_until(browser, "return document.querySelector('#explainer').shadowRoot.querySelector('svg')",
               what="a chart")
    assert browser.execute_script(IN_WIDGET_STYLE, "svg", "display") != "none"
    assert console(browser) == []


def test_bad_attributes_warn_once_each_and_fall_back(browser, site):
    browser.get(f"{site}/demo/bad-attributes.html")
    wait_until(browser, SHADOW_TEXT, "[data-xhs-explainer]", ".xhs-app .xhs-title", what="the widget title")
    warnings = [m for m in console(browser) if m.startswith("warn:")]
    assert len(warnings) == 2, warnings
    assert 'data-lang="fr" is not allowed; use one of en, zh-Hans' in warnings[0]
    assert 'data-theme="neon" is not allowed; use one of auto, light, dark' in warnings[1]
    lang = browser.execute_script(
        "return document.querySelector('[data-xhs-explainer]').shadowRoot"
        ".querySelector('.xhs-app').getAttribute('lang')")
    assert lang == "en"
    selected = browser.execute_script(
        "return document.querySelector('[data-xhs-explainer]').shadowRoot"
        ".querySelector('[role=tab][aria-selected=true]').id")
    assert selected == "xhs-tab-timeline", "the good attribute still applies"


def test_a_missing_target_warns_and_leaves_the_page_working(browser, site):
    browser.get(f"{site}/demo/missing-target.html")
    msgs = wait_until(browser, "return (window.__xhsConsole || []).filter(m => m.startsWith('warn:'))",
                      what="a warning")
    assert len(msgs) == 1 and 'data-target="#does-not-exist" matches no element' in msgs[0], msgs
    assert browser.execute_script("return document.querySelectorAll('[data-xhs-explainer]').length") == 0
    assert browser.find_element("id", "before").text == "Host text that must stay."
    browser.find_element("id", "host-button").click()


def test_a_failed_wasm_load_keeps_the_summary_with_a_notice(browser, site):
    browser.get(f"{site}/broken/demo/embed.html")
    wait_until(browser, "return document.querySelector('#explainer').getAttribute('data-xhs-error')",
               what="the load error mark")
    notice = wait_until(browser, SHADOW_TEXT, "#explainer", ".xhs-summary__notice", what="the notice")
    assert notice == "The interactive explainer could not load; this is its summary."
    assert browser.execute_script(
        "return document.querySelector('#explainer').shadowRoot.querySelector('.xhs-lede')"
        ".getBoundingClientRect().height") > 0
    msgs = [m for m in console(browser) if "could not load the widget" in m]
    assert len(msgs) == 1, console(browser)
    assert browser.find_element("id", "after").is_displayed()


def test_two_instances_on_one_page_are_independent(browser, site):
    browser.get(f"{site}/demo/two-instances.html")
    wait_until(browser, SHADOW_TEXT, "#one", ".xhs-app .xhs-title", what="the first widget")
    wait_until(browser, SHADOW_TEXT, "#two", ".xhs-app .xhs-title", what="the second widget")
    langs = browser.execute_script(
        "return ['#one', '#two'].map(s => document.querySelector(s).shadowRoot"
        ".querySelector('.xhs-app').getAttribute('lang'))")
    assert langs == ["en", "zh-Hans"]
    assert console(browser) == []


def test_the_trunk_index_page_renders_the_widget(browser, site):
    browser.get(f"{site}/index.html")
    title = wait_until(browser, SHADOW_TEXT, "#explainer", ".xhs-app .xhs-title", what="the widget title")
    assert title
