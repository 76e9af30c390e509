"""The editors' snippet builder (www/builder.html, served from dist/): the choices and the
preview's own filter and section make the snippet and its no-JavaScript variant; keyboard and
axe-core clean. Headless Chromium and Firefox over HTTP on 127.0.0.1."""

import json

from conftest import DIST, console, wait_until
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys
from test_accessibility import AXE

PREVIEW_APP = """
const root = document.getElementById('preview').shadowRoot;
const app = root && root.querySelector('.xhs-app');
return app && {lang: app.getAttribute('lang'),
               tab: app.querySelector('[role=tab][aria-selected=true]').id};
"""


def choose(browser, field, value):
    browser.execute_script("""
        const f = document.getElementById(arguments[0]);
        f.value = arguments[1];
        f.dispatchEvent(new Event('change', {bubbles: true}));""", field, value)


def snippet(browser, field="snippet"):
    return browser.execute_script("return document.getElementById(arguments[0]).value", field)


def test_choices_and_the_preview_make_the_snippet(browser, site):
    browser.get(f"{site}/builder.html")
    wait_until(browser, PREVIEW_APP, what="the preview")
    assert snippet(browser).startswith("<xhs-explainer lang=\"en\"></xhs-explainer>\n<script src=\"http://127.0.0.1:")
    choose(browser, "lang", "zh-Hans")
    choose(browser, "theme", "dark")
    wait_until(browser, "const r = document.getElementById('preview').shadowRoot;"
               "return r.querySelector('.xhs-app').getAttribute('lang') === 'zh-Hans'", what="Chinese preview")
    # The reader's own moves in the preview: a section, then a search.
    browser.execute_script(
        "document.getElementById('preview').shadowRoot.querySelector('#xhs-tab-timeline').click()")
    browser.execute_script("""
        const input = document.getElementById('preview').shadowRoot.querySelector('.xhs-search__input');
        input.value = '小红书';
        input.dispatchEvent(new InputEvent('input', {bubbles: true}));""")
    text = wait_until(browser, "const s = document.getElementById('snippet').value;"
                      "return s.includes('q=') && s.includes('section=') && s", what="the snippet")
    assert text.startswith('<xhs-explainer lang="zh-Hans" theme="dark" section="timeline" filter="q=%E5%B0%8F')
    assert text.endswith('/embed.js" async></script>')
    nojs = wait_until(browser, "const s = document.getElementById('nojs').value;"
                      "return s.includes('</xhs-explainer>') && s", what="the no-JS snippet")
    assert "“TikTok难民”涌入小红书" in nojs and 'id="xhs-sources"' in nojs
    assert nojs.startswith('<xhs-explainer lang="zh-Hans"')
    browser.find_element("id", "copy-snippet").click()
    status = wait_until(browser, "return document.getElementById('copied').textContent", what="copy status")
    assert "copied" in status or "Ctrl+C" in status, status
    assert [m for m in console(browser) if not m.startswith("warn:")] == []


def test_the_builder_is_keyboard_operable_and_passes_axe(browser, site):
    browser.get(f"{site}/builder.html")
    wait_until(browser, PREVIEW_APP, what="the preview")
    # Tab from the top of the page reaches every control of the builder, in order.
    browser.execute_script("document.activeElement.blur(); window.scrollTo(0, 0)")
    order = []
    for _ in range(8):
        ActionChains(browser).send_keys(Keys.TAB).perform()
        order.append(browser.execute_script("return document.activeElement.id"))
    assert order == ["lang", "theme", "section", "filter", "snippet", "copy-snippet", "nojs", "copy-nojs"]
    # Enter on the focused copy button copies (or says how to).
    ActionChains(browser).send_keys(Keys.ENTER).perform()
    wait_until(browser, "return document.getElementById('copied').textContent", what="copy status")
    browser.execute_script(AXE.read_text())
    result = browser.execute_async_script("""
        const done = arguments[arguments.length - 1];
        axe.run(document, {resultTypes: ['violations']})
          .then(r => done(JSON.stringify(r.violations.map(v => ({id: v.id, help: v.help,
              nodes: v.nodes.slice(0, 2).map(n => n.target.join(' '))})))))
          .catch(e => done(JSON.stringify([{id: 'axe-error', help: String(e)}])));""")
    assert json.loads(result) == []


def test_the_iframe_snippets_follow_the_choices_and_match_the_oembed_response(browser, site):
    browser.get(f"{site}/builder.html")
    wait_until(browser, PREVIEW_APP, what="the preview")
    # With the defaults, the iframe snippet is the oEmbed response's markup, for this site.
    oembed = json.loads((DIST / "oembed.en.json").read_text(encoding="utf-8"))
    want = oembed["html"].replace(oembed["provider_url"], f"{site}/")
    wait_until(browser, "return document.getElementById('iframe').value === arguments[0]", want,
               what="the iframe snippet of the defaults")
    assert snippet(browser, "iframe-js") == f'<script src="{site}/frame.js" async></script>'
    choose(browser, "lang", "zh-Hans")
    choose(browser, "section", "numbers")
    choose(browser, "filter", "t=surge")
    frame = wait_until(browser, "const v = document.getElementById('iframe').value;"
                       "return v.includes('frame.zh-Hans.html') && v", what="the Chinese frame")
    src = f"{site}/frame.zh-Hans.html?section=numbers&amp;filter=t%3Dsurge"
    assert frame.startswith(f'<iframe src="{src}" title="') and "小红书" in frame, frame
    amp = snippet(browser, "amp")
    assert amp.startswith(f'<amp-iframe src="{src}" ') and " resizable " in amp and "<div overflow " in amp, amp
    # The snippet's address opens the frame page at those choices.
    browser.get(frame.split('"')[1].replace("&amp;", "&"))
    got = wait_until(browser, """const r = document.getElementById('xhs-frame').shadowRoot;
        const app = r && r.querySelector('.xhs-app');
        return app && [app.getAttribute('lang'), r.querySelector('[role=tab][aria-selected=true]').id]""",
                     what="the frame page")
    assert got == ["zh-Hans", "xhs-tab-numbers"], got
