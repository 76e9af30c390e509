"""The story before the wasm: the loader draws the build-time summary into each widget's shadow
root at once, in the widget's language; the widget replaces it without moving the title; the
summary stays, with a notice, when the wasm cannot load or the widget panics; and the build
writes the same summary as no-JavaScript fallback files."""

from conftest import DIST, console, wait_until

SUMMARY = """
const root = document.getElementById(arguments[0]).shadowRoot;
const s = root && root.querySelector('.xhs-summary');
if (!s) return null;
const notice = s.querySelector('.xhs-summary__notice');
return {lang: s.getAttribute('lang'), title: s.querySelector('.xhs-title').textContent,
        top: s.querySelector('.xhs-title').getBoundingClientRect().top,
        headlines: s.querySelectorAll('.xhs-headline').length,
        dates: s.querySelectorAll('.xhs-summary__dates li').length,
        lede: s.querySelector('.xhs-lede').getBoundingClientRect().height,
        notice: notice && !notice.hidden && notice.textContent,
        link: s.querySelector('.xhs-summary__sources a').href,
        widget: !!root.querySelector('.xhs-tabs')};
"""

NOTICE = """
const root = document.getElementById(arguments[0]).shadowRoot;
const n = root && root.querySelector('.xhs-summary__notice');
return n && !n.hidden && n.textContent;
"""

TITLE_TOP = """
const t = document.getElementById(arguments[0]).shadowRoot.querySelector('.xhs-app .xhs-title');
return t && t.getBoundingClientRect().top;
"""


def test_the_summary_shows_before_the_wasm_and_gives_way_to_the_widget(browser, site):
    browser.get(f"{site}/slow/demo/element.html")
    first = wait_until(browser, SUMMARY, "element", timeout=2, what="the summary")
    assert first["widget"] is False, "the wasm is held back for 3 s"
    assert first["lang"] == "zh-Hans", "the element asks for zh-CN"
    assert first["title"] == "“TikTok难民”涌入小红书：始末与后续"
    # The three headline numbers and seven key dates of data/meta.toml.
    assert (first["headlines"], first["dates"]) == (3, 7)
    assert first["lede"] > 0 and first["notice"] is False
    assert first["link"].endswith("/slow/fallback.zh-Hans.html#xhs-sources"), first["link"]
    english = browser.execute_script(SUMMARY, "placeholder")
    assert english["lang"] == "en" and english["title"].startswith("“TikTok refugees” on Xiaohongshu")
    # Then the widget takes its place, with its title where the summary's was.
    top = wait_until(browser, TITLE_TOP, "element", timeout=20, what="the widget")
    assert abs(top - first["top"]) <= 2, (top, first["top"])
    assert browser.execute_script(
        "return document.getElementById('element').shadowRoot.querySelector('.xhs-summary')") is None
    assert console(browser) == []


def test_the_summary_stays_with_a_notice_when_the_wasm_cannot_load(browser, site):
    browser.get(f"{site}/broken/demo/element.html")
    for element_id, notice in [
        ("element", "互动解读未能加载，以下是它的摘要。"),
        ("placeholder", "The interactive explainer could not load; this is its summary."),
    ]:
        wait_until(browser, NOTICE, element_id, what=f"the notice in {element_id}")
        summary = browser.execute_script(SUMMARY, element_id)
        assert summary["notice"] == notice
        assert summary["headlines"] == 3 and summary["lede"] > 0
    assert browser.find_element("id", "after").is_displayed()


def _only_the_summary_and_one_warning(browser):
    """What a reader sees when the wasm cannot run: the summary with its notice and no widget,
    one xhs-error (load), and the host page going on; returns the page's one warning and the
    whole console (a browser may add its own reports, captured as "csp: …")."""
    wait_until(browser, NOTICE, "explainer", what="the notice")
    summary = browser.execute_script(SUMMARY, "explainer")
    assert summary["notice"] == "The interactive explainer could not load; this is its summary."
    assert summary["headlines"] == 3 and summary["widget"] is False
    errors = wait_until(browser, "return window.__xhsEvents.filter(e => e.type === 'xhs-error')",
                        what="xhs-error")
    assert [e["detail"]["what"] for e in errors] == ["load"], errors
    assert browser.find_element("id", "after").is_displayed()
    logged = console(browser)
    warnings = [m for m in logged if not m.startswith("csp:")]
    assert len(warnings) == 1 and "could not load the widget" in warnings[0], warnings
    return warnings[0], logged


def test_without_webassembly_the_reader_gets_the_summary_and_one_notice(browser, site):
    """iOS Lockdown Mode has no WebAssembly object at all."""
    browser.get(f"{site}/demo/wasm-refused.html?how=missing")
    _, logged = _only_the_summary_and_one_warning(browser)
    assert len(logged) == 1, logged


def test_under_a_policy_without_wasm_unsafe_eval_the_reader_gets_the_summary_and_one_notice(browser, site):
    """A host whose Content-Security-Policy leaves out 'wasm-unsafe-eval' forbids compiling
    WebAssembly: the loader's first try and its retry from the bytes are both refused. The
    loader's warning carries the browser's reason; some browsers also report each refusal."""
    browser.get(f"{site}/csp-nowasm/demo/wasm-refused.html")
    warning, logged = _only_the_summary_and_one_warning(browser)
    assert "Content Security Policy" in warning or any(m.startswith("csp:") for m in logged), logged


def test_a_failed_streaming_compile_is_tried_again_from_the_bytes(browser, site):
    """Some in-app browsers fail WebAssembly.instantiateStreaming on a good response."""
    browser.get(f"{site}/demo/wasm-refused.html?how=streaming")
    wait_until(browser, "const r = document.getElementById('explainer').shadowRoot;"
                        "return r && r.querySelector('.xhs-app .xhs-tabs')", what="the widget")
    assert browser.execute_script("return window.__xhsStreamingTries") == 1
    assert console(browser) == []


def test_after_a_panic_the_summary_comes_back(browser, site):
    """The panic guard empties the widget and fires xhs-error (what: panic); the loader answers
    by drawing the summary and its notice (the guard itself is tested in web_panic)."""
    browser.get(f"{site}/demo/element.html")
    wait_until(browser, TITLE_TOP, "placeholder", what="the widget")
    browser.execute_script("""
        const el = document.getElementById('placeholder');
        el.shadowRoot.replaceChildren();
        el.dispatchEvent(new CustomEvent('xhs-error', {bubbles: true, composed: true,
                                                      detail: {what: 'panic', message: 'test'}}));""")
    summary = browser.execute_script(SUMMARY, "placeholder")
    assert summary["notice"] == "The interactive explainer could not load; this is its summary."


STOPPED = """
const ids = ['element', 'placeholder', 'focused'];
return ids.map(id => {
  const el = document.getElementById(id), root = el.shadowRoot;
  const notice = root && root.querySelector('.xhs-summary__notice');
  return {id, error: el.getAttribute('data-xhs-error'),
          notice: !!(notice && !notice.hidden), widget: !!(root && root.querySelector('.xhs-tabs'))};
});
"""


def test_a_trap_in_the_wasm_brings_every_summary_back(browser, site):
    """The JavaScript guard (www/embed.js): a trap from the widget's wasm, uncaught in a task,
    puts back every widget's summary with the notice and fires xhs-error once per widget; the
    host page keeps working and the loader calls nothing in the dead instance again."""
    browser.get(f"{site}/demo/element.html")
    for id in ("element", "placeholder", "focused"):
        wait_until(browser, "const r = document.getElementById(arguments[0]).shadowRoot;"
                   "return r && r.querySelector('.xhs-tabs');", id, what=f"the widget in #{id}")
    # A real trap of the widget's own wasm instance (www/demo/trap.js says how).
    browser.execute_script("document.dispatchEvent(new Event('xhs-test-trap'))")
    assert wait_until(browser, "return window.__xhsTrap", what="the trap") == "set"
    states = wait_until(browser, f"const s = (function () {{ {STOPPED} }})();"
                        "return s.every(w => w.notice) && s;", what="every summary back")
    assert all(s["error"] == "panic" and not s["widget"] for s in states), states
    errors = browser.execute_script(
        "return window.__xhsEvents.filter(e => e.type === 'xhs-error').map(e => [e.id, e.detail.what])")
    assert sorted(errors) == [["element", "panic"], ["focused", "panic"], ["placeholder", "panic"]]
    assert any("unreachable" in line or "RuntimeError" in line for line in console(browser))
    # Nothing calls into the stopped wasm: an update and a removal are no-ops, not new errors.
    before = len(console(browser))
    browser.execute_script("""
        const el = document.getElementById('element');
        el.setAttribute('lang', 'en');
        el.remove();
        document.getElementById('after').textContent = 'The host page still works.';""")
    assert browser.find_element("id", "after").text == "The host page still works."
    assert console(browser)[before:] == []


def test_the_build_writes_no_javascript_fallbacks(browser, site):
    for tag, title in [("en", "“TikTok refugees” on Xiaohongshu"), ("zh-Hans", "“TikTok难民”涌入小红书")]:
        html = (DIST / f"fallback.{tag}.html").read_text()
        assert html.startswith("<!-- xhs-explainer:") and f'<xhs-explainer lang="{tag}">' in html
        assert title in html and 'id="xhs-sources"' in html and 'href="#xhs-sources"' in html
        assert "<script" not in html
    # Pasted into an element on a page whose script never runs, it is the page's content.
    browser.get(f"{site}/fallback.en.html")
    assert "The story in numbers" in browser.find_element("tag name", "body").text


STYLED = """
const root = document.getElementById('explainer').shadowRoot;
const el = root && root.querySelector(arguments[0]);
return el && {adopted: 'adoptedStyleSheets' in root, styles: root.querySelectorAll('style').length,
              maxWidth: getComputedStyle(el).maxWidth, padding: getComputedStyle(el).paddingTop};
"""


def test_without_constructable_stylesheets_a_style_element_styles_summary_and_widget(browser, site):
    """Safari before 16.4 has no adoptedStyleSheets: the summary (before the wasm) and the
    widget are both styled through a <style> element instead."""
    # The summary where the wasm is missing (so it stays), then the widget.
    browser.get(f"{site}/broken/demo/no-adopted.html")
    wait_until(browser, NOTICE, "explainer", what="the summary's notice")
    summary = browser.execute_script(STYLED, ".xhs-summary")
    browser.get(f"{site}/demo/no-adopted.html")
    widget = wait_until(browser, STYLED, ".xhs-app", timeout=20, what="the widget")
    assert console(browser) == []
    for got in (summary, widget):
        # 72 rem at 16 px and 1 rem of padding: the stylesheet applies.
        assert got == {"adopted": False, "styles": 1, "maxWidth": "1152px", "padding": "16px"}, got
