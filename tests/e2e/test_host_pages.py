"""The widget on host pages that make life hard: hidden at start, a CSP sent as an HTTP header,
and printing. Chromium, Firefox and WebKit over HTTP on 127.0.0.1."""

import base64

import pytest

from conftest import console, wait_until

SHOWN = """
const el = document.getElementById(arguments[0]);
const title = el.shadowRoot && el.shadowRoot.querySelector('.xhs-app .xhs-title');
const tab = el.shadowRoot && el.shadowRoot.querySelector('[role=tab][aria-selected=true]');
return title && title.checkVisibility() && title.getBoundingClientRect().height > 0 && tab && tab.id;
"""

REVEAL = {
    "in-hidden": "document.getElementById('hidden-box').hidden = false",
    "in-details": "document.getElementById('closed-details').open = true",
    "in-tab": "document.getElementById('host-tab').setAttribute('aria-hidden', 'false')",
}


def test_widgets_that_start_hidden_work_once_shown(browser, site):
    browser.get(f"{site}/demo/hidden.html")
    ready = wait_until(browser, "return window.__xhsEvents.filter(e => e.type === 'xhs-ready').length === 3",
                       what="three widgets ready while hidden")
    assert ready
    for element_id, reveal in REVEAL.items():
        assert not browser.execute_script(SHOWN, element_id), f"{element_id} is visible before it is shown"
        browser.execute_script(reveal)
        tab = wait_until(browser, SHOWN, element_id, what=f"{element_id} once shown")
        expected = {"in-hidden": "numbers", "in-details": "timeline", "in-tab": "clock"}[element_id]
        assert tab == f"xhs-tab-{expected}"
        # The widget drew its charts and lists at their real size once it had one.
        height = browser.execute_script(
            "return document.getElementById(arguments[0]).getBoundingClientRect().height", element_id)
        assert height > 300, (element_id, height)
        browser.execute_script(
            "document.getElementById(arguments[0]).shadowRoot.querySelector('#xhs-tab-sources').click()",
            element_id)
        wait_until(browser, "return document.getElementById(arguments[0]).shadowRoot"
                   ".querySelector('#xhs-panel-sources .xhs-source')", element_id, what="the sources")
    assert console(browser) == []


def test_a_csp_sent_as_a_header_is_met_with_no_violation(browser, site):
    """The test server sends the policy docs/embedding.md documents as a Content-Security-Policy header for this
    page (conftest.QuietHandler)."""
    browser.get(f"{site}/demo/csp-header.html")
    wait_until(browser, SHOWN, "explainer", what="the widget")
    # The header is in force: it forbids eval, which no part of the widget needs.
    assert browser.execute_script("return window.__cspProbe") == "EvalError"
    reports = wait_until(browser, "return window.__xhsConsole.length && window.__xhsConsole",
                         what="the eval's violation report")
    assert len(reports) == 1 and "eval" in reports[0], reports
    browser.execute_script("window.__xhsConsole.length = 0")
    browser.execute_script(
        "document.getElementById('explainer').shadowRoot.querySelector('#xhs-tab-numbers').click()")
    wait_until(browser, "return document.getElementById('explainer').shadowRoot.querySelector('[part=chart]')",
               what="a chart")
    assert console(browser) == []


PRINTED = """
const root = document.getElementById('explainer').shadowRoot;
const shown = s => { const el = root.querySelector(s); return !!el && getComputedStyle(el).display !== 'none'; };
return {filters: shown('.xhs-filters'), tabs: shown('.xhs-nav'), settings: shown('.xhs-settings'),
        panel: shown('.xhs-panel'), title: shown('.xhs-title'),
        background: getComputedStyle(root.querySelector('.xhs-app')).backgroundColor};
"""


def test_printing_shows_the_current_section_without_the_controls(browser, site):
    if browser.name_for_files == "webkit":
        pytest.skip("WebKitGTK's driver has no Print command (\"Unknown command\") and no print-media emulation")
    browser.get(f"{site}/demo/csp-header.html")
    wait_until(browser, SHOWN, "explainer", what="the widget")
    # The timeline, where the filter bar is on screen (the overview has none).
    browser.execute_script(
        "document.getElementById('explainer').shadowRoot.querySelector('#xhs-tab-timeline').click()")
    wait_until(browser, "return document.getElementById('explainer').shadowRoot.querySelector('#xhs-panel-timeline')",
               what="the timeline")
    if browser.name_for_files == "chromium":
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
        printed = browser.execute_script(PRINTED)
        assert printed == {"filters": False, "tabs": False, "settings": False, "panel": True,
                           "title": True, "background": "rgb(255, 255, 255)"}, printed
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
        assert browser.execute_script(PRINTED)["filters"], "the screen keeps the controls"
    # Both print the page (WebDriver's Print command) to a real PDF.
    pdf = base64.b64decode(browser.print_page())
    assert pdf.startswith(b"%PDF") and len(pdf) > 10_000, len(pdf)


# The inherited properties a host page could push into the widget, and what each sample reads.
STYLES = """
const root = document.getElementById('explainer').shadowRoot;
const props = ['fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'fontVariantCaps', 'lineHeight',
  'letterSpacing', 'wordSpacing', 'textTransform', 'textAlign', 'textIndent', 'textShadow',
  'whiteSpace', 'direction', 'cursor', 'listStyleType', 'listStylePosition', 'color',
  'visibility', 'wordBreak', 'webkitTextFillColor', 'paddingLeft', 'marginTop', 'width'];
const out = {};
for (const sel of arguments[0]) {
  const els = [...root.querySelectorAll(sel)].slice(0, 3);
  out[sel] = els.map(el => {
    const s = getComputedStyle(el);
    const o = {};
    // width: the layout follows the sizes (it is auto for inline and SVG text).
    for (const p of props) o[p] = p === 'width' ? Math.round(el.getBoundingClientRect().width) : s[p];
    return o;
  });
}
return out;
"""

SAMPLES = {
    "overview": [".xhs-title", ".xhs-lede", ".xhs-asof", "[role=tab]", ".xhs-headline", ".xhs-headline *"],
    "timeline": [".xhs-search input", ".xhs-filters__toggle", ".xhs-chip", ".xhs-timeline li", ".xhs-timeline__count"],
    "numbers": ["[part=chart] text", ".xhs-fcard", "figcaption", "table td"],
}

ROOT = "document.getElementById('explainer').shadowRoot"


def widget_styles(browser, url):
    browser.get(url)
    wait_until(browser, SHOWN, "explainer", what="the widget")
    styles = {}
    for section, selectors in SAMPLES.items():
        browser.execute_script(f"{ROOT}.querySelector('#xhs-tab-' + arguments[0]).click()", section)
        wait_until(browser, f"return {ROOT}.querySelector('#xhs-panel-' + arguments[0])", section, what=section)
        if section == "timeline":
            browser.execute_script(f"{ROOT}.querySelector('.xhs-filters__toggle').click()")
            wait_until(browser, f"return {ROOT}.querySelector('.xhs-facet__toggle')", what="the filter panel")
            browser.execute_script(f"{ROOT}.querySelector('.xhs-facet__toggle').click()")
            wait_until(browser, f"return {ROOT}.querySelector('.xhs-chip')", what="chips")
        styles[section] = browser.execute_script(STYLES, selectors)
    return styles


def test_the_host_pages_inherited_styles_do_not_reach_inside(browser, site):
    """demo/inherit.css sets every inherited property, !important, on html, body, * and the element
    itself, and html { font-size: 62.5% }: the widget's text, controls, chart labels and inputs
    compute exactly as on a plain page."""
    plain = widget_styles(browser, f"{site}/demo/plain.html")
    for section, selectors in SAMPLES.items():
        for sel in selectors:
            assert plain[section][sel], f"nothing matches {sel} in {section}"
    host = widget_styles(browser, f"{site}/demo/inherit.html")
    # The host's rules are in force on the host's own elements.
    heading = browser.execute_script(
        "const s = getComputedStyle(document.getElementById('host-heading'));"
        "return [s.letterSpacing, s.textTransform, s.direction];")
    assert heading == ["6px", "uppercase", "rtl"]
    differences = [
        (section, sel, i, prop, plain[section][sel][i][prop], got[prop])
        for section, selectors in SAMPLES.items()
        for sel in selectors
        for i, got in enumerate(host[section][sel])
        for prop in got
        if got[prop] != plain[section][sel][i][prop]
    ]
    assert differences == [], differences[:12]
    assert console(browser) == []


def test_a_host_sizes_the_widget_with_its_custom_property(browser, site):
    browser.get(f"{site}/demo/plain.html")
    wait_until(browser, SHOWN, "explainer", what="the widget")
    size = ("return [...arguments[0]].map(s => getComputedStyle("
            "document.getElementById('explainer').shadowRoot.querySelector(s)).fontSize)")
    samples = [".xhs-app", ".xhs-title", ".xhs-asof"]
    assert browser.execute_script(size, samples) == ["16px", "24px", "14px"]
    browser.execute_script("document.getElementById('explainer').style.setProperty('--xhs-font-size', '20px')")
    assert browser.execute_script(size, samples) == ["20px", "30px", "17.5px"]
