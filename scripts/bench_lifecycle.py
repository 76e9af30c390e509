"""Mount/remove cycles of <xhs-explainer> in headless Chromium: what is left behind.

    python scripts/bench_lifecycle.py DIST [CYCLES]

Serves DIST (a release build) on 127.0.0.1, opens its demo page, and after a warm-up of 10
cycles inserts an <xhs-explainer>, waits for its first frame and removes it, CYCLES times
(default 1,000). Prints the growth in DOM nodes, event listeners, JS heap and wasm memory
(Chrome DevTools Protocol `Performance.getMetrics` and `Runtime.getHeapUsage`, each after a forced
garbage collection). Figures only; the browser test `web_mount` asserts no growth on a small count.
"""

import functools
import http.server
import os
import sys
import threading

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

CYCLES = """
const [count, done] = [arguments[0], arguments[arguments.length - 1]];
(async () => {
  for (let i = 0; i < count; i++) {
    const el = document.createElement('xhs-explainer');
    document.body.append(el);
    await el._handle.ready;
    await new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)));
    el.remove();
    await new Promise(r => setTimeout(r, 0));
  }
  done();
})();
"""

# The glue module the loader imported (same URL, so the same instance); its init returns the
# wasm exports, memory included.
WASM_BYTES = """
const done = arguments[arguments.length - 1];
const glue = performance.getEntriesByType('resource').map(e => e.name)
  .find(n => /xhs-explainer-[0-9a-f]+\\.js$/.test(n));
import(glue).then(mod => mod.default()).then(wasm => done(wasm.memory.buffer.byteLength));
"""


class Quiet(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      ".wasm": "application/wasm", ".js": "text/javascript"}

    def log_message(self, *args):
        pass


def main(dist, cycles=1000):
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(Quiet, directory=dist))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    opts = webdriver.ChromeOptions()
    opts.binary_location = "/usr/bin/chromium"
    for arg in ("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-dev-shm-usage"):
        opts.add_argument(arg)
    driver = webdriver.Chrome(options=opts, service=Service(
        executable_path=os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")))
    try:
        driver.set_script_timeout(3600)
        driver.get(f"http://127.0.0.1:{server.server_address[1]}/demo/plain.html")
        driver.execute_async_script("window.XhsExplainer.whenReady().then(arguments[0])")
        driver.execute_cdp_cmd("Performance.enable", {})

        def measure():
            for _ in range(2):
                driver.execute_cdp_cmd("HeapProfiler.collectGarbage", {})
            metrics = {m["name"]: m["value"]
                       for m in driver.execute_cdp_cmd("Performance.getMetrics", {})["metrics"]}
            heap = driver.execute_cdp_cmd("Runtime.getHeapUsage", {})["usedSize"]
            return {"nodes": metrics["Nodes"], "listeners": metrics["JSEventListeners"],
                    "js heap": heap, "wasm memory": driver.execute_async_script(WASM_BYTES)}

        driver.execute_async_script(CYCLES, 10)
        before = measure()
        driver.execute_async_script(CYCLES, cycles)
        after = measure()
    finally:
        driver.quit()
        server.shutdown()
    print(f"| after {cycles:,} mount/remove cycles (after 10 to warm up) | growth |")
    print("|---|---|")
    for key in before:
        delta = after[key] - before[key]
        unit = " KB" if key in ("js heap", "wasm memory") else ""
        value = f"{delta / 1024:+.1f}" if unit else f"{delta:+d}"
        print(f"| {key} | {value}{unit} |")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 1000)
