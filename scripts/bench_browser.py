"""Side-by-side browser benchmark: the explainer against TimelineJS 3 and a vanilla-JS page, in one
headless Chromium session over HTTP on 127.0.0.1. Runs alternate between the pages; every figure is
the median of RUNS runs, and the table gives ratios (ours / peer), since absolute times on shared
machines are noisy. Prints Markdown; writes every run's figures to OUT_JSON. Asserts nothing.

usage: bench_browser.py OUT_JSON PAGES_DIR TIMELINEJS_DIST LABEL=DIST=DATA_JS [LABEL=DIST=DATA_JS ...]
  The first size is the real data: bytes, first render and memory are measured on it; typing and
  chip clicks on every size. DIST is a release build of ours for that size; DATA_JS the same events
  for the peers (benches/peer_data.rs).
"""

import functools
import gzip
import http.server
import json
import os
import platform
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

RUNS = max(7, int(os.environ.get("XHS_BENCH_RUNS", "7")))  # medians of at least 7
PAGE = 120  # events the explainer's timeline and the vanilla page render at most
SLOW_4G = {"offline": False, "latency": 150, "downloadThroughput": 1_600_000 / 8,
           "uploadThroughput": 750_000 / 8}
NO_THROTTLE = {"offline": False, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1}
PEERS = ["ours", "timelinejs", "vanilla"]
NAMES = {"ours": "xhs-explainer", "timelinejs": "TimelineJS 3", "vanilla": "vanilla JS"}
TYPES = {".js": "text/javascript", ".css": "text/css", ".wasm": "application/wasm",
         ".html": "text/html", ".json": "application/json", ".svg": "image/svg+xml",
         ".woff2": "font/woff2", ".woff": "font/woff"}

# Injected into every page before its own scripts: notes when the first content and when all
# expected event titles are in the DOM (performance.now() counts from navigation start).
PROBE = """
(function () {
  const expect = Number(new URLSearchParams(location.search).get('expect') || 0);
  function root() {
    const host = document.documentElement.dataset.benchHost;
    if (!host) return document;
    const el = document.querySelector(host);
    return el && el.shadowRoot;
  }
  function tick() {
    const r = root(), d = document.documentElement.dataset;
    if (r && d.benchTitles) {
      if (!window.__benchContent && d.benchContent && r.querySelector(d.benchContent))
        window.__benchContent = performance.now();
      if (expect && r.querySelectorAll(d.benchTitles).length >= expect) {
        window.__benchTitles = performance.now();
        return;
      }
    }
    requestAnimationFrame(tick);
  }
  requestAnimationFrame(tick);
})();
"""
WAIT_TITLES = """
const done = arguments[arguments.length - 1];
(function w() { window.__benchTitles ? done([window.__benchTitles, window.__benchContent || null])
                                     : setTimeout(w, 5); })();
"""
# A chip click or a keystroke, timed to the first frame in which the live count has changed.
INTERACT = """
const done = arguments[arguments.length - 1];
const d = document.documentElement.dataset;
const root = d.benchHost ? document.querySelector(d.benchHost).shadowRoot : document;
const status = root.querySelector(d.benchStatus);
const before = status.textContent;
const t0 = performance.now();
if (arguments[0] === 'chip') {
  root.querySelector(d.benchChip).click();
} else {
  const input = root.querySelector(d.benchSearch);
  input.value = arguments[1];
  input.dispatchEvent(new Event('input', {bubbles: true}));
}
(function wait() {
  requestAnimationFrame(() => status.textContent !== before ? done(performance.now() - t0) : wait());
})();
"""


class Server(http.server.ThreadingHTTPServer):
    """Serves /ours/ (the current size's build), /data/events.js, /peers/timelinejs/ and /pages/;
    gzip'd when `gzip` is set, and logs what each page load fetched."""

    def __init__(self, pages, timelinejs):
        super().__init__(("127.0.0.1", 0), Handler)
        self.routes = {"/pages/": Path(pages), "/peers/timelinejs/": Path(timelinejs)}
        self.gzip = False
        self.aliases = {}
        self.fetched = []
        self._gz = {}

    def use_size(self, dist, data):
        self.routes["/ours/"] = Path(dist)
        self.routes["/data/"] = Path(data).parent
        self.data_name = Path(data).name
        # The memory page imports the glue directly; it asks for the stable names, which stand
        # for this build's content-hashed files.
        self.aliases = {
            "/ours/xhs-explainer.js": next(Path(dist).glob("xhs-explainer-*.js")),
            "/ours/xhs-explainer_bg.wasm": next(Path(dist).glob("xhs-explainer-*_bg.wasm")),
        }

    def resolve(self, url):
        path = url.split("?")[0]
        if path == "/data/events.js":
            return self.routes["/data/"] / self.data_name
        if path in self.aliases:
            return self.aliases[path]
        for prefix, root in self.routes.items():
            if path.startswith(prefix):
                file = (root / path[len(prefix):]).resolve()
                if root.resolve() in file.parents and file.is_file():
                    return file
        return None

    def gzipped(self, file):
        key = (file, file.stat().st_mtime)
        if key not in self._gz:
            self._gz[key] = gzip.compress(file.read_bytes(), 9)
        return self._gz[key]


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        file = self.server.resolve(self.path)
        if file is None:
            self.send_error(404)
            return
        body = file.read_bytes()
        zipped = self.server.gzip and file.suffix not in (".woff2", ".woff", ".png")
        if zipped:
            body = self.server.gzipped(file)
        self.server.fetched.append(self.path.split("?")[0])
        self.send_response(200)
        self.send_header("Content-Type", TYPES.get(file.suffix, "application/octet-stream"))
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        if zipped:
            self.send_header("Content-Encoding", "gzip")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def chromium():
    opts = webdriver.ChromeOptions()
    opts.binary_location = "/usr/bin/chromium"
    for a in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
              "--disable-background-networking", "--disable-component-update", "--disable-sync",
              "--no-first-run", "--window-size=1280,900"):
        opts.add_argument(a)
    driver = webdriver.Chrome(options=opts, service=Service("/usr/bin/chromedriver"))
    driver.set_script_timeout(120)
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Network.setCacheDisabled", {"cacheDisabled": True})
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": PROBE})
    return driver


def expected(peer, events):
    return events if peer == "timelinejs" else min(events, PAGE)


def load(driver, base, peer, events):
    driver.get(f"{base}/pages/{peer}.html?expect={expected(peer, events)}")
    return driver.execute_async_script(WAIT_TITLES)


def sizes_of(files):
    """raw, gzip -9 and brotli (quality 11, by Node's zlib) bytes of each file."""
    script = ("const z=require('zlib'),fs=require('fs');"
              "const q={params:{[z.constants.BROTLI_PARAM_QUALITY]:11}};"
              "console.log(JSON.stringify(process.argv.slice(1).map(f=>z.brotliCompressSync(fs.readFileSync(f),q).length)))")
    brotli = json.loads(subprocess.check_output(["node", "-e", script, *map(str, files)]))
    return [(f.stat().st_size, len(gzip.compress(f.read_bytes(), 9)), b) for f, b in zip(files, brotli)]


def measure_bytes(driver, server, base, events):
    """Every file each page loads (its host page excepted), with raw, gzip and brotli sizes."""
    out = {}
    for peer in PEERS:
        server.fetched.clear()
        load(driver, base, peer, events)
        time.sleep(0.5)  # late requests (fonts, icons)
        paths = sorted(set(p for p in server.fetched if p != f"/pages/{peer}.html"))
        files = [server.resolve(p) for p in paths]
        out[peer] = {p: dict(zip(("raw", "gzip", "brotli"), s)) for p, s in zip(paths, sizes_of(files))}
    return out


def median(values):
    return statistics.median(values) if values else None


def first_render(driver, server, base, events, throttled):
    server.gzip = throttled
    driver.execute_cdp_cmd("Network.emulateNetworkConditions", SLOW_4G if throttled else NO_THROTTLE)
    titles = {p: [] for p in PEERS}
    content = {p: [] for p in PEERS}
    try:
        for run in range(RUNS):
            for peer in PEERS[run % 3:] + PEERS[:run % 3]:
                t, c = load(driver, base, peer, events)
                titles[peer].append(t)
                if c is not None:
                    content[peer].append(c)
    finally:
        server.gzip = False
        driver.execute_cdp_cmd("Network.emulateNetworkConditions", NO_THROTTLE)
    return titles, content


def interactions(driver, base, events, word):
    chip = {p: [] for p in ("ours", "vanilla")}
    typing = {p: [] for p in ("ours", "vanilla")}
    for run in range(RUNS):
        for peer in (("ours", "vanilla") if run % 2 == 0 else ("vanilla", "ours")):
            load(driver, base, peer, events)
            opener = driver.execute_script("return document.documentElement.dataset.benchOpenChips")
            if opener:
                driver.execute_script(
                    "const d = document.documentElement.dataset;"
                    "document.querySelector(d.benchHost).shadowRoot.querySelector(arguments[0]).click()",
                    opener)
                time.sleep(0.1)
            chip[peer].append(driver.execute_async_script(INTERACT, "chip"))
            typing[peer].append(driver.execute_async_script(INTERACT, "search", word))
    return chip, typing


def memory(driver, base, cycles=100, warmup=10):
    """JS heap plus wasm memory growth over `cycles` mount/destroy cycles after a warm-up."""
    out = {}
    for peer in PEERS:
        driver.get(f"{base}/pages/cycles.html?peer={peer}")
        for _ in range(warmup):
            driver.execute_async_script("window.benchCycle().then(arguments[arguments.length - 1])")

        def used():
            driver.execute_cdp_cmd("HeapProfiler.collectGarbage", {})
            heap = driver.execute_cdp_cmd("Runtime.getHeapUsage", {})["usedSize"]
            return heap + driver.execute_script("return window.benchWasmBytes()")

        before = used()
        driver.execute_async_script(f"""
            const done = arguments[arguments.length - 1];
            (async () => {{ for (let i = 0; i < {cycles}; i++) await window.benchCycle(); done(); }})();""")
        out[peer] = used() - before
    return out


def ratio(a, b):
    return f"{a / b:.2f}" if a is not None and b else "–"


def ms(v):
    return f"{v:.0f} ms" if v is not None and v >= 10 else (f"{v:.1f} ms" if v is not None else "–")


def kb(v):
    return f"{v / 1024:.0f} KB" if v is not None else "–"


def main(out_json, pages, timelinejs, *sizes):
    sizes = [s.split("=", 2) for s in sizes]
    server = Server(pages, timelinejs)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    driver = chromium()
    results = {"date": time.strftime("%Y-%m-%d"), "machine": f"{platform.machine()}, "
               f"{subprocess.getoutput('nproc')} cores", "chromium": driver.capabilities.get("browserVersion"),
               "runs": RUNS, "sizes": {}}
    try:
        for ix, (label, dist, data) in enumerate(sizes):
            server.use_size(dist, data)
            events = int(Path(data).read_text().count('"year"'))
            entry = results["sizes"][label] = {"events": events}
            if ix == 0:
                entry["bytes"] = measure_bytes(driver, server, base, events)
                entry["first_render_loopback"], entry["first_content_loopback"] = \
                    first_render(driver, server, base, events, throttled=False)
                entry["first_render_slow_4g"], entry["first_content_slow_4g"] = \
                    first_render(driver, server, base, events, throttled=True)
                entry["memory_growth_100_cycles"] = memory(driver, base)
            entry["chip"], entry["typing"] = interactions(driver, base, events, "tiktok")
    finally:
        driver.quit()
        server.shutdown()
    Path(out_json).parent.mkdir(parents=True, exist_ok=True)
    Path(out_json).write_text(json.dumps(results, indent=1))
    print_tables(results)


def print_tables(results):
    sizes = list(results["sizes"].items())
    real_label, real = sizes[0]
    print(f"\nMeasured {results['date']} on {results['machine']}, Chromium {results['chromium']}; "
          f"medians of {results['runs']} alternating runs; {real_label}: {real['events']} events.\n")
    print("| what each page loads | files | raw | gzip -9 | brotli 11 |")
    print("|---|---|---|---|---|")
    totals = {}
    for peer in PEERS:
        files = real["bytes"][peer]
        total = {k: sum(f[k] for f in files.values()) for k in ("raw", "gzip", "brotli")}
        totals[peer] = total
        print(f"| {NAMES[peer]} | {len(files)} | {kb(total['raw'])} | {kb(total['gzip'])} | "
              f"{kb(total['brotli'])} |")
    print()
    print("| figure | xhs-explainer | TimelineJS 3 | vanilla JS | ours / TimelineJS | ours / vanilla |")
    print("|---|---|---|---|---|---|")

    def row(name, values, unit=ms):
        o, t, v = (values.get(p) for p in PEERS)
        print(f"| {name} | {unit(o)} | {unit(t)} | {unit(v)} | {ratio(o, t)} | {ratio(o, v)} |")

    row("bytes on the wire (gzip)", {p: totals[p]["gzip"] for p in PEERS}, kb)
    for key, name in (("first_render_loopback", "first render, loopback: all titles"),
                      ("first_content_loopback", "first content, loopback"),
                      ("first_render_slow_4g", "first render, slow 4G (gzip): all titles"),
                      ("first_content_slow_4g", "first content, slow 4G (gzip)")):
        row(name, {p: median(real[key][p]) for p in PEERS})
    for label, entry in sizes:
        row(f"chip click → frame, {label}", {p: median(v) for p, v in entry["chip"].items()})
        row(f"keystroke → frame, {label}", {p: median(v) for p, v in entry["typing"].items()})
    row("memory growth, 100 mount/destroy cycles", real["memory_growth_100_cycles"], kb)


if __name__ == "__main__":
    main(*sys.argv[1:])
