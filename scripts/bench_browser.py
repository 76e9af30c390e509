"""Browser benchmark: load, mount, timeline and filter latency of a release build in headless Chromium.
Prints one markdown row; asserts nothing (timings are figures, not tests).

usage: bench_browser.py DIST_DIR LABEL
"""

import functools
import gzip
import http.server
import statistics
import sys
import threading
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

RUNS = 5
PROBE = """
(function () {
  function tick() {
    const h = document.querySelector('#explainer');
    if (h && h.shadowRoot && h.shadowRoot.querySelector('.xhs-title')) {
      window.__xhsMounted = performance.now();
      return;
    }
    requestAnimationFrame(tick);
  }
  requestAnimationFrame(tick);
})();
"""
# Open the timeline (the heaviest section), timed to its first painted frame.
OPEN_TIMELINE = """
const done = arguments[arguments.length - 1];
const root = document.querySelector('#explainer').shadowRoot;
const t0 = performance.now();
root.querySelector('#xhs-tab-timeline').click();
(function wait() {
  if (root.querySelector('.xhs-timeline')) requestAnimationFrame(() => done(performance.now() - t0));
  else requestAnimationFrame(wait);
})();
"""
# Click or type, then count frames until the live region changes: the user-visible latency.
MEASURE = """
const done = arguments[arguments.length - 1];
const root = document.querySelector('#explainer').shadowRoot;
const status = root.querySelector('.xhs-status');
const before = status.textContent;
const t0 = performance.now();
if (arguments[0] === 'chip') {
  root.querySelector('.xhs-facet__body .xhs-chip').click();
} else {
  const input = root.querySelector('.xhs-search__input');
  input.value = arguments[1];
  input.dispatchEvent(new Event('input', {bubbles: true}));
}
(function wait() {
  if (status.textContent !== before) done(performance.now() - t0);
  else requestAnimationFrame(wait);
})();
"""


class Quiet(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, ".wasm": "application/wasm"}

    def log_message(self, *a):
        pass


def main(dist, label):
    dist = Path(dist)
    wasm = (dist / "xhs-explainer_bg.wasm").read_bytes()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(dist)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/demo/plain.html"

    opts = webdriver.ChromeOptions()
    opts.binary_location = "/usr/bin/chromium"
    for a in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
              "--disable-background-networking", "--disable-component-update", "--disable-sync",
              "--no-first-run", "--window-size=1280,900"):
        opts.add_argument(a)
    driver = webdriver.Chrome(options=opts, service=Service("/usr/bin/chromedriver"))
    driver.set_script_timeout(30)
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": PROBE})
    mounted, timeline, chip, search = [], [], [], []
    try:
        for _ in range(RUNS):
            driver.get(url)
            driver.execute_async_script("""
                const done = arguments[arguments.length - 1];
                (function w() { window.__xhsMounted ? done() : setTimeout(w, 5); })();""")
            mounted.append(driver.execute_script("return window.__xhsMounted"))
            timeline.append(driver.execute_async_script(OPEN_TIMELINE))
            driver.execute_script("document.querySelector('#explainer').shadowRoot"
                                  ".querySelector('.xhs-facet__toggle').click()")
            chip.append(driver.execute_async_script(MEASURE, "chip"))
            search.append(driver.execute_async_script(MEASURE, "search", "tiktok"))
    finally:
        driver.quit()
        server.shutdown()
    med = statistics.median
    print(f"| {label} | {len(wasm) / 1024:.0f} KB | {len(gzip.compress(wasm, 9)) / 1024:.0f} KB | "
          f"{med(mounted):.0f} ms | {med(timeline):.0f} ms | {med(chip):.0f} ms | {med(search):.0f} ms |")


if __name__ == "__main__":
    main(*sys.argv[1:3])
