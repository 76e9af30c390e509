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
    wait_until(browser, "return document.querySelector('#explainer').shadowRoot.getAnimations().filter(a => a.timeline === document.timeline).length === 0",
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
    """Saved to screenshots/ (git-ignored; `make readme-screenshots` copies them into docs/): the
    timeline in English/light at 1280 px, the numbers in 中文/dark at 375 px, the first screen of
    the overview at 1280 × 900 (English, light) and 375 × 700 (中文, dark), and a tour step."""
    SCREENSHOTS.mkdir(exist_ok=True)
    shots = [(1280, 1600, "en", "light", "timeline", None), (375, 1600, "zh-Hans", "dark", "numbers", None),
             (1280, 900, "en", "light", "overview", "first"), (375, 700, "zh-Hans", "dark", "overview", "first"),
             (1280, 900, "en", "light", "overview", "tour")]
    for width, height, lang, theme, section, kind in shots:
        browser.set_window_size(width, height)
        load(browser, site)
        set_lang(browser, lang)
        set_theme(browser, theme)
        open_section(browser, section)
        host = browser.find_element("id", "explainer")
        name = f"{browser.name_for_files}-{width}-{lang}-{theme}"
        if kind == "tour":
            browser.execute_script("document.querySelector('#explainer').shadowRoot.querySelector('.xhs-tour-start').click()")
            wait_until(browser, IN_SHADOW, ".xhs-tour", what="the tour")
            browser.execute_script("document.querySelector('#explainer').shadowRoot.querySelector('.xhs-tour__next').click()")
            wait_until(browser, "return document.querySelector('#explainer').shadowRoot.querySelector('.xhs-tour progress').value == 2",
                       what="step 2")
            settle(browser)
            name += "-tour"
        elif kind == "first":
            name += "-first-screen"
        path = SCREENSHOTS / f"{name}.png"
        if kind:  # what the reader sees in the window, the widget's top at the top
            browser.execute_script("document.querySelector('#explainer').scrollIntoView()")
            assert browser.save_screenshot(str(path)), path
        else:
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
