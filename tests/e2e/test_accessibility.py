"""axe-core (installed from npm at test time) over every section of the widget, in both
languages and both themes, in headless Chromium and Firefox; plus the README screenshots."""

import json

import pytest
from conftest import ROOT, SCREENSHOTS, console, wait_until

AXE = ROOT / ".tools" / "node_modules" / "axe-core" / "axe.min.js"
SECTIONS = ["overview", "timeline", "numbers", "platforms", "voices", "clock", "sources"]

IN_SHADOW = """
const root = document.querySelector('#explainer').shadowRoot;
return root ? root.querySelector(arguments[0]) : null;
"""


def load(browser, site):
    browser.get(f"{site}/demo/plain.html")
    wait_until(browser, "const h = document.querySelector('#explainer'); return h.shadowRoot && "
               "h.shadowRoot.querySelector('.xhs-app .xhs-title')", what="the widget")
    browser.execute_script(AXE.read_text())


def settle(browser):
    """Waits until no CSS transition runs in the widget, so axe sees final colours."""
    wait_until(browser, "return document.querySelector('#explainer').shadowRoot.getAnimations().length === 0",
               what="transitions to end")


def set_theme(browser, name):
    browser.execute_script("""
        const s = document.querySelector('#explainer').shadowRoot.querySelector('.xhs-theme-select');
        s.value = arguments[0];
        s.dispatchEvent(new Event('change', {bubbles: true}));""", name)
    wait_until(browser, "return document.querySelector('#explainer').getAttribute('data-xhs-theme') === arguments[0]",
               name, what=f"theme {name}")
    settle(browser)


def set_lang(browser, tag):
    current = browser.execute_script(
        "return document.querySelector('#explainer').shadowRoot.querySelector('.xhs-app').lang")
    if current != tag:
        browser.execute_script(IN_SHADOW.replace("return root ?", "root.querySelector('.xhs-lang').click(); return root ?"), ".xhs-lang")
        wait_until(browser, "return document.querySelector('#explainer').shadowRoot.querySelector('.xhs-app').lang === arguments[0]",
                   tag, what=f"language {tag}")
        settle(browser)


def open_section(browser, name):
    browser.execute_script(
        "document.querySelector('#explainer').shadowRoot.querySelector('#xhs-tab-' + arguments[0]).click()", name)
    wait_until(browser, IN_SHADOW, f"#xhs-panel-{name}", what=f"section {name}")
    settle(browser)


def expand_facets(browser):
    browser.execute_script("""
        document.querySelector('#explainer').shadowRoot
          .querySelectorAll('.xhs-facet__toggle[aria-expanded=false]').forEach(b => b.click());""")


def axe_violations(browser):
    result = browser.execute_async_script("""
        const done = arguments[arguments.length - 1];
        axe.run({include: [['#explainer']]}, {resultTypes: ['violations']})
          .then(r => done(JSON.stringify(r.violations.map(v => ({
              id: v.id, impact: v.impact, help: v.help,
              nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' :: ' + n.failureSummary)})))))
          .catch(e => done(JSON.stringify([{id: 'axe-error', help: String(e)}])));""")
    return json.loads(result)


@pytest.mark.parametrize("lang", ["en", "zh-Hans"])
@pytest.mark.parametrize("theme", ["light", "dark"])
def test_axe_finds_no_violations_in_any_section(browser, site, lang, theme):
    load(browser, site)
    set_lang(browser, lang)
    set_theme(browser, theme)
    expand_facets(browser)
    problems = {}
    for section in SECTIONS:
        open_section(browser, section)
        found = axe_violations(browser)
        if found:
            problems[section] = found
    assert problems == {}, json.dumps(problems, ensure_ascii=False, indent=1)
    assert [m for m in console(browser) if not m.startswith("warn:")] == []


def test_axe_finds_no_violations_on_the_trunk_index_page(browser, site):
    """The page `trunk serve` shows, as a whole document: heading, landmarks and the widget."""
    browser.get(f"{site}/index.html")
    wait_until(browser, "const h = document.querySelector('#explainer'); return h.shadowRoot && "
               "h.shadowRoot.querySelector('.xhs-app .xhs-title')", what="the widget")
    browser.execute_script(AXE.read_text())
    settle(browser)
    result = browser.execute_async_script("""
        const done = arguments[arguments.length - 1];
        axe.run(document, {resultTypes: ['violations']})
          .then(r => done(JSON.stringify(r.violations.map(v => ({id: v.id, help: v.help})))))
          .catch(e => done(JSON.stringify([{id: 'axe-error', help: String(e)}])));""")
    assert json.loads(result) == []


def test_screenshots_for_the_readme(browser, site):
    """English/light at 1280 px and 中文/dark at 375 px, saved to screenshots/ (git-ignored)."""
    SCREENSHOTS.mkdir(exist_ok=True)
    for width, lang, theme, section in [(1280, "en", "light", "timeline"), (375, "zh-Hans", "dark", "numbers")]:
        browser.set_window_size(width, 1600)
        load(browser, site)
        set_lang(browser, lang)
        set_theme(browser, theme)
        open_section(browser, section)
        host = browser.find_element("id", "explainer")
        path = SCREENSHOTS / f"{browser.name_for_files}-{width}-{lang}-{theme}.png"
        assert host.screenshot(str(path)), path
        assert path.stat().st_size > 10_000, "a blank screenshot"
    browser.set_window_size(1280, 900)


def test_axe_finds_no_violations_at_phone_width(browser, site):
    """At 375 px the extra filters fold behind a toggle; checked folded and unfolded."""
    browser.set_window_size(375, 1200)
    try:
        load(browser, site)
        toggle_shown = browser.execute_script(
            "const t = document.querySelector('#explainer').shadowRoot.querySelector('.xhs-filters__toggle');"
            "return getComputedStyle(t).display !== 'none'")
        assert toggle_shown, "the filters fold at phone width"
        problems = {}
        for state in ("folded", "unfolded"):
            if state == "unfolded":
                browser.execute_script(
                    "document.querySelector('#explainer').shadowRoot.querySelector('.xhs-filters__toggle').click()")
                settle(browser)
                expand_facets(browser)
            for section in ("overview", "timeline"):
                open_section(browser, section)
                found = axe_violations(browser)
                if found:
                    problems[f"{state}/{section}"] = found
        assert problems == {}, json.dumps(problems, ensure_ascii=False, indent=1)
    finally:
        browser.set_window_size(1280, 900)
