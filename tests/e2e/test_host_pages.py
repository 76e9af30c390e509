"""The widget on host pages that make life hard: hidden at start, a CSP sent as an HTTP header,
and printing. Headless Chromium and Firefox over HTTP on 127.0.0.1."""

import base64

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
    """The test server sends the README's policy as a Content-Security-Policy header for this
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
    # Both browsers print the page (WebDriver's Print command) to a real PDF.
    pdf = base64.b64decode(browser.print_page())
    assert pdf.startswith(b"%PDF") and len(pdf) > 10_000, len(pdf)
