"""Every hostile string in xss_corpus.PAYLOADS through every input channel of the embed: the
element's attributes (at creation and changed live), a placeholder's data-* attributes, a script
tag's data-* attributes, the URL hash under the instance's key, and mount() options and update().
None may run script or raise a page error, and each widget must render with the defaults."""

import pytest
from conftest import console, wait_until
from xss_corpus import PAYLOADS

NAMES = ["lang", "theme", "section", "hash-key", "filter", "search"]

RUN = """
const [payloads, names, done] = [arguments[0], arguments[1], arguments[arguments.length - 1]];
const frame = () => new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)));
// Browsers limit how often a page replaces its URL (WebKit: 100 times in ten seconds); a refused
// or dropped write is tried again until the address holds it.
const setUrl = async url => {
  for (let tries = 0; tries < 30; tries++) {
    try { history.replaceState(null, '', url); } catch (e) { if (e.name !== 'SecurityError') throw e; }
    if (location.href === new URL(url, location.href).href) return;
    await new Promise(r => setTimeout(r, 500));
  }
  throw new Error('the address never took ' + url);
};
const option = n => n === 'hash-key' ? 'hashKey' : n;
const report = [];
function look(el, channel, i) {
  const app = el.shadowRoot && el.shadowRoot.querySelector('.xhs-app');
  const tab = app && app.querySelector('[role=tab][aria-selected=true]');
  report.push({i, channel, lang: app && app.getAttribute('lang'), tab: tab && tab.id,
               title: !!(app && app.querySelector('.xhs-title'))});
}
function scriptTag(target, payload) {
  return new Promise(resolve => {
    const s = document.createElement('script');
    s.src = '../embed.js';
    s.setAttribute('data-target', '#' + target.id);
    for (const n of names) s.setAttribute('data-' + n, payload);
    s.onload = s.onerror = resolve;
    document.body.append(s);
  });
}
(async () => {
  await window.XhsExplainer.whenReady();
  const targets = document.getElementById('targets');
  for (const [i, p] of payloads.entries()) {
    // the element, created with the payload in every attribute, then changed live
    const el = document.createElement('xhs-explainer');
    for (const n of names) el.setAttribute(n, p);
    targets.append(el);
    await el._handle.ready; await frame();
    look(el, 'element', i);
    for (const n of names) el.setAttribute(n, p + '"<b>');
    await frame();
    look(el, 'element, changed', i);
    el.remove();
    // a placeholder's data-* attributes
    const ph = document.createElement('div');
    ph.setAttribute('data-xhs-explainer', '');
    for (const n of names) ph.setAttribute('data-' + n, p);
    targets.append(ph);
    await window.XhsExplainer.mountAll(); await frame();
    look(ph, 'placeholder', i);
    ph.remove();
    // a script tag's data-* attributes
    const st = document.createElement('div');
    st.id = 'script-target-' + i;
    targets.append(st);
    await scriptTag(st, p);
    await window.XhsExplainer.mountAll(); await frame();
    look(st, 'script tag', i);
    st.remove();
    // the URL hash under the instance's key, beside a host's own part
    await setUrl(location.pathname + '#host=keep&k=' + p);
    const hs = document.createElement('div');
    targets.append(hs);
    const fromHash = window.XhsExplainer.mount(hs, {hashKey: 'k'});
    await fromHash.ready; await frame();
    look(hs, 'URL hash', i);
    if (!location.hash.startsWith('#host=keep')) report.push({i, channel: 'URL hash', lost: location.hash});
    fromHash.destroy(); hs.remove();
    await setUrl(location.pathname);
    // mount() options, then update()
    const mo = document.createElement('div');
    targets.append(mo);
    const opts = Object.fromEntries(names.map(n => [option(n), p]));
    const handle = window.XhsExplainer.mount(mo, opts);
    await handle.ready; await frame();
    look(mo, 'mount()', i);
    handle.update(Object.fromEntries(names.map(n => [option(n), p + "'\\u0000"])));
    await frame();
    look(mo, 'update()', i);
    handle.destroy(); mo.remove();
  }
  done(report);
})().catch(e => done([{error: String(e) + ' | ' + String(e && e.stack)}]));
"""


@pytest.mark.parametrize("page", ["xss.html", "xss-open.html"])
def test_no_payload_runs_script_or_breaks_the_widget_in_any_channel(browser, site, page):
    """xss.html has the strict CSP (which would also block inline handlers); xss-open.html has
    none, so only the widget's own handling stands between a payload and window.__xss."""
    browser.set_script_timeout(600)
    browser.get(f"{site}/demo/{page}")
    wait_until(browser, "return window.XhsExplainer", what="the loader")
    report = browser.execute_async_script(RUN, PAYLOADS, NAMES)
    assert report and "error" not in report[0], report[:1]
    assert browser.execute_script("return window.__xss") is None, "a payload ran"
    lost = [r for r in report if "lost" in r]
    assert lost == [], f"the host's own part of the URL hash was lost: {lost[:3]}"
    channels = {r["channel"] for r in report}
    assert len(channels) == 7, channels
    assert len(report) == 7 * len(PAYLOADS)
    # Every widget rendered, with the defaults the payloads could not replace.
    broken = [r for r in report if not r["title"] or r["lang"] != "en"
              or (r["channel"] != "URL hash" and r["tab"] != "xhs-tab-overview")]
    assert broken == [], broken[:5]
    errors = [m for m in console(browser) if m.startswith(("uncaught:", "error:", "csp:"))]
    assert errors == [], errors[:5]
    assert browser.find_element("id", "before").text == "A host page under attack"


FRAME_RUN = """
const [payloads, done] = [arguments[0], arguments[arguments.length - 1]];
const report = [];
const sleep = ms => new Promise(r => setTimeout(r, ms));
const load = src => new Promise(resolve => {
  const f = document.createElement('iframe');
  f.onload = () => resolve(f);
  f.src = src;
  document.body.append(f);
});
async function rendered(f) {
  for (let i = 0; i < 400; i++) {
    const h = f.contentDocument && f.contentDocument.getElementById('xhs-frame');
    const app = h && h.shadowRoot && h.shadowRoot.querySelector('.xhs-app');
    if (app && app.querySelector('.xhs-title')) return app;
    await sleep(50);
  }
  return null;
}
// Messages a hostile parent could send, in every shape the frame page reads and some it does not.
const hostile = p => [p, {'xhs-explainer': p}, {'xhs-explainer': {height: p}}, {message: 'ready', secret: p},
  {message: 'link', value: p}, 'pymxPYMx' + p + 'xPYMxwidthxPYMx' + p, {sentinel: 'amp', type: 'embed-size', height: p},
  JSON.stringify({context: 'iframe.resize', src: p, height: p})];
(async () => {
  for (let start = 0; start < payloads.length; start += 8) {
    const batch = payloads.slice(start, start + 8);
    const frames = await Promise.all(batch.map(full => {
      // An address holds no 100,000-character payload (a server refuses a request line that
      // long; ours at 64 KB), so the long ones go through it cut to 800 characters.
      const p = full.slice(0, 800);
      const query = ['lang', 'theme', 'section', 'filter', 'search', p]
        .map(n => encodeURIComponent(n) + '=' + encodeURIComponent(p)).join('&');
      return load('../frame.html?' + query + '#v=' + encodeURIComponent(p) + '&' + encodeURIComponent(p));
    }));
    for (const [j, f] of frames.entries()) {
      const app = await rendered(f);
      for (const m of hostile(batch[j])) f.contentWindow.postMessage(m, '*');
      await sleep(50);
      let xss = null;
      try { xss = f.contentWindow.__xss || null; } catch (e) { xss = 'left for ' + String(e).slice(0, 80); }
      report.push({i: start + j, lang: app && app.getAttribute('lang'), title: !!app, xss});
      f.remove();
    }
  }
  done(report);
})().catch(e => done([{error: String(e) + ' | ' + String(e && e.stack)}]));
"""


def test_no_payload_through_the_frames_address_or_messages_runs_or_breaks_it(browser, site):
    """The iframe form's own channels: every option in the query string (and an unknown
    parameter named by the payload), the frame's hash, and hostile postMessages from its parent
    in every shape the frame page reads. It must render with the defaults, run nothing, and
    answer only with the height messages it documents."""
    browser.set_script_timeout(600)
    browser.get(f"{site}/demo/xss-frame.html")
    report = browser.execute_async_script(FRAME_RUN, PAYLOADS)
    assert report and "error" not in report[0], report[:1]
    assert len(report) == len(PAYLOADS)
    assert [r for r in report if r["xss"]] == [] and browser.execute_script("return window.__xss") is None
    broken = [r for r in report if not r["title"] or r["lang"] != "en"]
    assert broken == [], broken[:5]
    answers = browser.execute_script("""return window.__frameMessages.map(m => m.data).filter(d => !(
        (typeof d === 'string' && JSON.parse(d).context === 'iframe.resize' && typeof JSON.parse(d).height === 'number') ||
        (d && d.sentinel === 'amp' && typeof d.height === 'number') ||
        (d && d['xhs-explainer'] && typeof d['xhs-explainer'].height === 'number')))""")
    assert answers == [], answers[:5]
    errors = [m for m in console(browser) if m.startswith(("uncaught:", "error:", "csp:"))]
    assert errors == [], errors[:5]
    assert browser.find_element("id", "before").text == "A host page under attack, through frames"
