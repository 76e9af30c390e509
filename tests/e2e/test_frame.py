"""The iframe form (docs/iframe.md): frame.html on a host page that allows no script of
ours inside its article, sandboxed with allow-scripts alone as WordPress does, in every browser
of the matrix over HTTP on 127.0.0.1."""

import json
import time

from conftest import DIST, console, wait_until

# Every message a frame of the host page posted, by kind; anything else is "other".
MESSAGES = """
return window.__frameMessages.filter(m => m.from === arguments[0]).map(m => {
  const d = m.data;
  if (typeof d === 'string') {
    if (d.startsWith('pymxPYMx')) return {kind: 'pym', value: d};
    try { const j = JSON.parse(d); if (j.context === 'iframe.resize') return {kind: 'embedly', height: j.height, src: j.src}; } catch (e) {}
  } else if (d && typeof d === 'object') {
    if (d.sentinel === 'amp' && d.type === 'embed-size') return {kind: 'amp', height: d.height};
    if (d.message === 'height' && 'secret' in d) return {kind: 'wordpress', height: d.value, secret: d.secret};
    if (d['xhs-explainer'] && typeof d['xhs-explainer'].height === 'number') return {kind: 'ours', height: d['xhs-explainer'].height};
  }
  return {kind: 'other', value: JSON.stringify(d)};
});"""

HEIGHT = "return document.getElementById(arguments[0]).getBoundingClientRect().height"

IN_FRAME = """
const h = document.getElementById('xhs-frame');
const r = h && h.shadowRoot;
const app = r && r.querySelector('.xhs-app');
const tab = r && r.querySelector('[role=tab][aria-selected=true]');
return app && tab ? {lang: app.getAttribute('lang'), tab: tab.id, hash: location.hash, href: location.href,
                     origin: String(self.origin)} : null;"""


def open_host(browser, site, prefix=""):
    browser.switch_to.default_content()
    browser.get(f"{site}{prefix}/demo/frame-host.html")
    wait_until(browser, "return Array.isArray(window.__frameMessages)", what="the host page")


def settled(browser, frame, widget=True):
    """Waits until the widget runs in the frame (unless `widget` is false: a frame that shows the
    summary only), then until the frame took the height its page last posted in our format and
    kept it for half a second; returns it. Without the first wait, a slow WebKit could keep the
    summary's height for half a second before the wasm arrived."""
    if widget:
        browser.switch_to.frame(browser.find_element("id", frame))
        try:
            wait_until(browser, IN_FRAME, what=f"the widget in the frame {frame}")
        finally:
            browser.switch_to.default_content()
    def taken():
        ours = [m for m in browser.execute_script(MESSAGES, frame) if m["kind"] == "ours"]
        if not ours or ours[-1]["height"] < 300:
            return None
        height = browser.execute_script(HEIGHT, frame)
        return ours[-1]["height"] if abs(height - ours[-1]["height"]) <= 1 else None

    def steady():
        first = taken()
        time.sleep(0.5)
        return first if first and taken() == first else None
    return _poll(steady, f"the frame {frame} at its content's height")


def _poll(check, what, timeout=20.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"timed out after {timeout}s waiting for {what}")


def test_the_frame_takes_its_options_and_its_height_follows_its_content(browser, site):
    open_host(browser, site)
    height = settled(browser, "plain")
    kinds = browser.execute_script(MESSAGES, "plain")
    # Every height it posts, in AMP's, embed.ly's and our format; no WordPress or Pym message
    # without their secret or child id, and nothing else at all.
    assert {m["kind"] for m in kinds} == {"amp", "embedly", "ours"}, kinds[:6]
    last = {m["kind"]: m.get("height") for m in kinds}
    assert last == {"amp": height, "embedly": height, "ours": height}, last
    assert browser.execute_script("return window.__frameMessages.find(m => m.from === 'plain').origin") == "null"
    # Inside, sandboxed (origin "null"), the widget runs with the query's options.
    browser.switch_to.frame(browser.find_element("id", "plain"))
    view = wait_until(browser, IN_FRAME, what="the widget in the frame")
    assert view["lang"] == "zh-Hans" and view["tab"] == "xhs-tab-numbers", view
    assert view["origin"] == "null", view
    # Another section is another height, and the frame follows it.
    browser.execute_script("document.getElementById('xhs-frame').shadowRoot.querySelector('#xhs-tab-sources').click()")
    view = wait_until(browser, IN_FRAME + "", what="the sources")
    # The view lives in the frame's own address, so a copied link opens the frame page at it.
    wait_until(browser, "return location.hash.includes('v=')", what="the view in the frame's address")
    href = browser.execute_script("return location.href")
    assert href.startswith(f"{site}/frame.html?lang=zh-Hans&section=numbers#") and "v=" in href, href
    browser.switch_to.default_content()
    wait_until(browser, f"return Math.abs(({HEIGHT.replace('return ', '')}) - {height}) > 50", "plain",
               what="a new height for the sources")
    settled(browser, "plain")


def test_wordpress_and_pym_hosts_get_their_own_messages_and_may_ask_again(browser, site):
    open_host(browser, site)
    height = settled(browser, "wp")
    wp = [m for m in browser.execute_script(MESSAGES, "wp") if m["kind"] == "wordpress"]
    assert wp and wp[-1] == {"kind": "wordpress", "height": height, "secret": "abc123XYZ"}, wp[-3:]
    settled(browser, "pym")
    pym = [m["value"] for m in browser.execute_script(MESSAGES, "pym") if m["kind"] == "pym"]
    assert pym and pym[-1] == f"pymxPYMxchart1xPYMxheightxPYMx{browser.execute_script(HEIGHT, 'pym'):.0f}", pym[-3:]
    for frame in ("wp", "pym"):
        assert all(m["kind"] != "other" for m in browser.execute_script(MESSAGES, frame)), frame
    # wp-embed's "ready", Pym's width and frame.js's question each get the height again;
    # a message of any other kind, or one from elsewhere, gets nothing.
    asks = {"wp": "{message: 'ready', secret: 'abc123XYZ'}",
            "pym": "'pymxPYMxchart1xPYMxwidthxPYMx600'",
            "plain": "{'xhs-explainer': 'height?'}"}
    settled(browser, "plain")
    formats = {"wp": 4, "pym": 4, "plain": 3}
    for frame, ask in asks.items():
        before = len(browser.execute_script(MESSAGES, frame))
        browser.execute_script(f"""
            const w = document.getElementById(arguments[0]).contentWindow;
            w.postMessage({{message: 'ready', secret: 'wrong'}}, '*');
            w.postMessage('pymxPYMxotherxPYMxwidthxPYMx600', '*');
            w.postMessage({ask}, '*');""", frame)
        wait_until(browser, f"return ({MESSAGES.replace('return ', '', 1).rstrip(';')}).length > {before}", frame,
                   what=f"{frame} answering")
        time.sleep(0.5)  # long enough for a second answer, had the wrong asks got one
        after = browser.execute_script(MESSAGES, frame)[before:]
        assert len(after) == formats[frame], (frame, after)  # the height once in each format


def test_frame_js_resizes_a_frame_added_after_it_loaded(browser, site):
    open_host(browser, site)
    settled(browser, "plain")
    browser.execute_script("""
        const f = document.createElement('iframe');
        f.id = 'later'; f.src = '../frame.html?section=sources'; f.title = 'Added later';
        f.setAttribute('sandbox', 'allow-scripts'); f.width = '100%'; f.height = '150';
        document.body.appendChild(f);""")
    height = settled(browser, "later")
    assert height > 300 and abs(browser.execute_script(HEIGHT, "later") - height) <= 1, height


def test_the_frame_answers_only_its_parent(browser, site):
    """A message from a window other than the parent (here a sibling frame on the host page)
    gets no answer, even when it is one of the kinds the frame documents."""
    open_host(browser, site)
    settled(browser, "plain")
    before = len(browser.execute_script(MESSAGES, "plain"))
    browser.execute_script("""
        const s = document.createElement('iframe');
        s.id = 'sibling';
        s.srcdoc = "<script>parent.document.getElementById('plain').contentWindow" +
                   ".postMessage({'xhs-explainer': 'height?'}, '*'); parent.__siblingAsked = true;<\\/script>";
        document.body.appendChild(s);""")
    wait_until(browser, "return window.__siblingAsked === true", what="the sibling's question")
    time.sleep(1.0)  # long enough for an answer, had it got one
    assert browser.execute_script(MESSAGES, "plain")[before:] == []
    # The same question from the parent is answered, once in each format.
    browser.execute_script(
        "document.getElementById('plain').contentWindow.postMessage({'xhs-explainer': 'height?'}, '*')")
    wait_until(browser, f"return ({MESSAGES.replace('return ', '', 1).rstrip(';')}).length >= {before + 3}",
               "plain", what="the answer to the parent")


def test_without_the_cors_header_the_frame_shows_the_summary(browser, site):
    """A sandboxed frame's origin is "null": without Access-Control-Allow-Origin the glue and the
    wasm cannot load, and what a reader sees is the summary with its notice, at its height."""
    open_host(browser, site, "/nocors")
    settled(browser, "plain", widget=False)
    browser.switch_to.frame(browser.find_element("id", "plain"))
    got = wait_until(browser, """
        const h = document.getElementById('xhs-frame');
        const s = h.shadowRoot && h.shadowRoot.querySelector('.xhs-summary');
        return h.getAttribute('data-xhs-error') && s && s.checkVisibility() &&
               {error: h.getAttribute('data-xhs-error'), lang: s.getAttribute('lang'),
                title: s.querySelector('.xhs-title').textContent};""", what="the summary")
    assert got["error"] == "load" and got["lang"] == "zh-Hans" and got["title"], got
    browser.switch_to.default_content()


def test_bad_query_values_warn_once_and_fall_back(browser, site):
    browser.switch_to.default_content()
    browser.get(f"{site}/captured/frame.html?lang=xx&section=nowhere&bogus=1&other=2")
    view = wait_until(browser, IN_FRAME, what="the widget")
    assert view["lang"] == "en" and view["tab"] == "xhs-tab-overview", view
    warnings = [m for m in console(browser) if m.startswith("warn:")]
    assert any("bogus, other" in m and "lang, theme, section, filter, search" in m for m in warnings), warnings
    assert any("xx" in m and "zh-Hans" in m for m in warnings), warnings
    assert any("nowhere" in m and "timeline" in m for m in warnings), warnings
    assert len(warnings) == 3, warnings


FRAME_STATE = """
const h = document.getElementById('xhs-frame');
const r = h && h.shadowRoot;
const app = r && r.querySelector('.xhs-app');
const tab = r && r.querySelector('[role=tab][aria-selected=true]');
const search = r && r.querySelector('.xhs-search__input');
const status = r && r.querySelector('.xhs-status');
return app && tab && search && status ? {theme: h.getAttribute('data-xhs-theme'), tab: tab.id,
    search: search.value, status: status.textContent} : null;"""


def test_the_frame_takes_theme_filter_and_search_from_its_query(browser, site):
    browser.switch_to.default_content()
    browser.get(f"{site}/captured/frame.html?theme=dark&section=timeline&filter=t%3Dsurge&search=refugee")
    view = wait_until(browser, FRAME_STATE, what="the widget")
    assert (view["theme"], view["tab"], view["search"]) == ("dark", "xhs-tab-timeline", "refugee"), view
    # The filter and the search narrow the events, as the same attributes do on the element.
    shown, total = [int(n) for n in view["status"].split(" events")[0].split(" of ")]
    assert 0 < shown < total, view["status"]
    assert [m for m in console(browser) if m.startswith("warn:")] == []


def test_bad_theme_and_filter_values_in_the_query_warn_and_fall_back(browser, site):
    browser.switch_to.default_content()
    browser.get(f"{site}/captured/frame.html?theme=purple&section=timeline&filter=zz%3Dnothing")
    view = wait_until(browser, FRAME_STATE, what="the widget")
    assert view["theme"] == "auto" and view["tab"] == "xhs-tab-timeline", view
    shown, total = [int(n) for n in view["status"].split(" events")[0].split(" of ")]
    assert shown == total, view["status"]  # nothing filtered
    warnings = [m for m in console(browser) if m.startswith("warn:")]
    assert any("purple" in m and "dark" in m and "light" in m for m in warnings), warnings
    assert any("zz" in m and "t, a, p, s, v, from, to and q" in m for m in warnings), warnings
    assert len(warnings) == 2, warnings


def test_the_frame_pages_carry_the_summary_for_readers_without_javascript():
    for name, lang, title in (("frame.html", "en", "TikTok refugees"), ("frame.zh-Hans.html", "zh-Hans", "小红书")):
        page = (DIST / name).read_text(encoding="utf-8")
        assert f'<html lang="{lang}">' in page and f'<xhs-explainer lang="{lang}" id="xhs-frame"' in page, name
        body = page.split('id="xhs-frame"', 1)[1].split("</xhs-explainer>", 1)[0]
        assert 'class="xhs-summary"' in body and title in body, name
        assert f'href="fallback.{lang}.html#xhs-sources"' in body, "the sources link"
        assert f'<a href="{name}" target="_blank" rel="noopener">' in body, "the link to its own page"
        assert "xhs-frame:" not in page, "a placeholder was left"


def test_the_release_writes_an_oembed_response_per_language_and_its_discovery_tag():
    """make test builds with XHS_PUBLIC_URL (a release for a real site sets its own address)."""
    for lang, page in (("en", "frame.html"), ("zh-Hans", "frame.zh-Hans.html")):
        path = DIST / f"oembed.{lang}.json"
        assert path.exists(), f"{path.name} is missing: build with XHS_PUBLIC_URL set (make test does)"
        response = json.loads(path.read_text(encoding="utf-8"))
        base = response["provider_url"]
        assert base.startswith(("https://", "http://")) and base.endswith("/"), base
        assert {k: response[k] for k in ("version", "type", "provider_name")} == \
            {"version": "1.0", "type": "rich", "provider_name": "xhs-explainer"}, response
        assert response["width"] > 0 and response["height"] > 0 and response["title"], response
        assert response["html"].startswith(f'<iframe src="{base}{page}" '), response["html"]
        head = (DIST / page).read_text(encoding="utf-8").split("</head>", 1)[0]
        assert (f'<link rel="alternate" type="application/json+oembed" href="{base}oembed.{lang}.json"'
                in head), head


def test_the_frame_page_runs_under_the_strict_policy_as_a_header_and_as_meta(browser, site):
    for prefix in ("/csp", "/csp-meta"):
        browser.switch_to.default_content()
        browser.get(f"{site}{prefix}/captured/frame.html?section=numbers")
        view = wait_until(browser, IN_FRAME, what="the widget")
        assert view["tab"] == "xhs-tab-numbers", view
        if prefix == "/csp-meta":
            policy = browser.execute_script(
                "return document.querySelector('meta[http-equiv=Content-Security-Policy]').content")
            assert "script-src 'self' 'wasm-unsafe-eval'" in policy, policy
        # A chart, drawn and styled: nothing was refused.
        wait_until(browser, "return document.getElementById('xhs-frame').shadowRoot.querySelector('.xhs-chart__svg')",
                   what="a chart")
        assert [m for m in console(browser) if m.startswith(("csp:", "uncaught:", "error:"))] == [], console(browser)


def test_a_sandboxed_frame_runs_under_a_policy_that_names_the_origin(browser, site):
    """In a frame sandboxed without allow-same-origin, WebKit matches 'self' against the frame's
    null origin (every script refused; seen in WebKitGTK 2.50.6), so a policy for such frames
    names the bundle's origin, as docs/iframe.md says."""
    open_host(browser, site, "/csp-origin")
    settled(browser, "plain")
    browser.switch_to.frame(browser.find_element("id", "plain"))
    view = wait_until(browser, IN_FRAME, what="the widget in the frame")
    assert view["lang"] == "zh-Hans" and view["origin"] == "null", view
    browser.switch_to.default_content()


def test_the_oembed_markup_renders_the_frame_on_a_page_that_only_listens(browser, site):
    """What a consumer of oembed.en.json puts on its page, on a host that sends the frame
    nothing (as AMP does): the frame loads, the widget runs, and the height arrives in AMP's
    format, matching the frame's content."""
    response = json.loads((DIST / "oembed.en.json").read_text(encoding="utf-8"))
    markup = response["html"].replace(response["provider_url"], f"{site}/")
    browser.switch_to.default_content()
    browser.get(f"{site}/demo/frame-listen.html")
    browser.execute_script("""document.body.insertAdjacentHTML('beforeend', arguments[0]);
        document.querySelector('iframe').id = 'oembed';""", markup)
    frame = browser.find_element("id", "oembed")
    browser.switch_to.frame(frame)
    view = wait_until(browser, IN_FRAME, what="the widget in the frame")
    assert view["lang"] == "en" and view["tab"] == "xhs-tab-overview", view
    browser.switch_to.default_content()

    def amp():
        browser.switch_to.frame(frame)
        content = browser.execute_script(
            "return Math.ceil(document.documentElement.getBoundingClientRect().height)")
        browser.switch_to.default_content()
        heights = [m["height"] for m in browser.execute_script(MESSAGES, "oembed") if m["kind"] == "amp"]
        return heights and heights[-1] == content and heights[-1]
    assert _poll(amp, "AMP's embed-size at the content's height") > 300


NOTE = ("const n = document.getElementById('xhs-frame-note-zh-Hans'); return n && {shown: !n.hidden, "
        "text: n.textContent, href: n.querySelector('a').href, here: location.href, "
        "address: n.querySelector('.xhs-frame__address').textContent};")
DOWNLOAD = """const r = document.getElementById('xhs-frame').shadowRoot;
const b = r.querySelector('.xhs-chart__downloads button');
if (!b) return false;
b.click();
return true;"""


def test_a_sandboxed_frame_says_when_a_download_may_have_been_refused(browser, site):
    """WordPress sandboxes with allow-scripts alone, so the browser refuses downloads without a
    word; after a download button, the frame page says so and links to its own page. A frame
    that is not sandboxed says nothing."""
    open_host(browser, site)
    for frame, sandboxed in (("plain", True), ("pym", False)):
        browser.switch_to.default_content()
        browser.switch_to.frame(browser.find_element("id", frame))
        wait_until(browser, IN_FRAME, what=f"the widget in {frame}")
        browser.execute_script("document.getElementById('xhs-frame').shadowRoot.querySelector('#xhs-tab-numbers').click()")
        assert browser.execute_script(NOTE)["shown"] is False
        wait_until(browser, DOWNLOAD, what="a chart's download button")
        if sandboxed:
            note = wait_until(browser, f"const n = (() => {{ {NOTE} }})(); return n && n.shown && n", what="the note")
            assert note["text"].startswith("文件未保存？当前嵌入窗口"), note
            # The link and the address to copy are this frame page at the reader's view.
            assert note["href"] == note["here"] == note["address"], note
            assert "若链接无法打开，可复制此网址：" in note["text"], note
            assert browser.execute_script("return document.getElementById('xhs-frame-note-en').hidden")
        else:
            time.sleep(0.5)
            assert browser.execute_script(
                "return [...document.querySelectorAll('.xhs-frame__note')].every(n => n.hidden)")
    # In WordPress's frame the address to copy leaves its secret out.
    browser.switch_to.default_content()
    browser.switch_to.frame(browser.find_element("id", "wp"))
    wait_until(browser, IN_FRAME, what="the widget in wp")
    browser.execute_script("document.getElementById('xhs-frame').shadowRoot.querySelector('#xhs-tab-numbers').click()")
    wait_until(browser, DOWNLOAD, what="a chart's download button in wp")
    address = wait_until(browser, "const n = document.getElementById('xhs-frame-note-en');"
                         "return !n.hidden && n.querySelector('.xhs-frame__address').textContent", what="wp's note")
    here = browser.execute_script("return location.href")
    assert "secret=abc123XYZ" in here and "secret" not in address and here.startswith(address.split("#")[0]), (here, address)
    browser.switch_to.default_content()


FRAME_ROOT = "document.getElementById('xhs-frame').shadowRoot"


def test_copy_link_in_a_sandboxed_frame_gives_the_frame_page_at_that_view(browser, site):
    """Inside a frame sandboxed with allow-scripts alone, "Copy link to this view" either copies
    or, refused, shows the link for copying by hand (never nothing); the link opens the frame
    page at the same view."""
    open_host(browser, site)
    browser.switch_to.frame(browser.find_element("id", "plain"))
    wait_until(browser, IN_FRAME, what="the widget in the frame")
    browser.execute_script(f"{FRAME_ROOT}.querySelector('#xhs-tab-voices').click()")
    wait_until(browser, "return location.hash.includes('sec=voices')", what="the view in the frame's address")
    browser.execute_script(f"{FRAME_ROOT}.querySelector('.xhs-share__copy').click()")
    status = wait_until(browser, f"return {FRAME_ROOT}.querySelector('.xhs-share__status').textContent",
                        what="the copy's outcome")
    link = browser.execute_script("return location.href")
    if status != "链接已复制":
        shown = browser.execute_script(f"const f = {FRAME_ROOT}.querySelector('.xhs-share__fallback');"
                                       "return f && f.getClientRects().length > 0 && f.value")
        assert shown == link, (status, shown)
    assert link.startswith(f"{site}/frame.html?lang=zh-Hans&section=numbers#"), link
    browser.switch_to.default_content()
    browser.get(link)
    view = wait_until(browser, IN_FRAME, what="the frame page at the link")
    assert view["lang"] == "zh-Hans" and view["tab"] == "xhs-tab-voices", view
