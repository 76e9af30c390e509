"""End-to-end fixtures: the release bundle served over HTTP on 127.0.0.1, and real headless
Chromium and Firefox (Debian's, driven through chromedriver and geckodriver)."""

import functools
import http.server
import os
import shutil
import tempfile
import threading
import time
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service as ChromeService
from selenium.webdriver.firefox.service import Service as FirefoxService

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist"
SCREENSHOTS = ROOT / "screenshots"


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".js": "text/javascript",
    }

    # demo/csp-header.html gets the README's policy as a header rather than a <meta> tag.
    HEADER_CSP = ("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; "
                  "connect-src 'self'; style-src 'self'")

    def end_headers(self):
        if self.path.split("?")[0].endswith("/csp-header.html"):
            self.send_header("Content-Security-Policy", self.HEADER_CSP)
        super().end_headers()

    def do_GET(self):
        # /slow/… is the same site with the wasm held back for 3 s: time to see what a reader on
        # a slow network sees before it arrives.
        if self.path.startswith("/slow/") and self.path.split("?")[0].endswith(".wasm"):
            time.sleep(3)
        super().do_GET()

    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    """dist/ plus /broken/ (the same loader and pages, but no wasm next to them) and /slow/ (the
    same site, its wasm served 3 s late)."""
    if not list(DIST.glob("xhs-explainer-*_bg.wasm")):
        pytest.fail("dist/ has no release build; run `bash scripts/build-release.sh` first (make test does)")
    root = tmp_path_factory.mktemp("site")
    shutil.copytree(DIST, root, dirs_exist_ok=True)
    broken = root / "broken"
    broken.mkdir()
    shutil.copy(DIST / "embed.js", broken / "embed.js")
    for glue in DIST.glob("xhs-explainer-*.js"):  # the content-hashed JS glue, but not its wasm
        shutil.copy(glue, broken / glue.name)
    shutil.copytree(DIST / "demo", broken / "demo")
    shutil.copytree(DIST, root / "slow", ignore=shutil.ignore_patterns("slow", "broken"))
    handler = functools.partial(QuietHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def chromium(downloads):
    opts = webdriver.ChromeOptions()
    opts.binary_location = "/usr/bin/chromium"
    opts.add_experimental_option("prefs", {"download.default_directory": downloads,
                                           "download.prompt_for_download": False})
    for arg in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--window-size=1280,900"):
        opts.add_argument(arg)
    service = ChromeService(executable_path=os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver"))
    return webdriver.Chrome(options=opts, service=service)


def firefox(downloads):
    opts = webdriver.FirefoxOptions()
    opts.binary_location = "/usr/bin/firefox-esr"
    opts.add_argument("-headless")
    opts.set_preference("browser.download.folderList", 2)
    opts.set_preference("browser.download.dir", downloads)
    opts.set_preference("browser.download.useDownloadDir", True)
    opts.set_preference("browser.download.always_ask_before_handling_new_types", False)
    opts.set_preference("browser.helperApps.neverAsk.saveToDisk",
                        "image/png,image/svg+xml,text/csv,application/json")
    opts.set_preference("browser.shell.checkDefaultBrowser", False)
    opts.set_preference("app.update.enabled", False)
    gecko = os.environ.get("GECKODRIVER") or shutil.which("geckodriver")
    driver = webdriver.Firefox(options=opts, service=FirefoxService(executable_path=gecko))
    driver.set_window_size(1280, 900)
    return driver


@pytest.fixture(scope="module", params=["chromium", "firefox"])
def browser(request):
    # Files the widget offers for download land here (a fresh folder per browser).
    downloads = tempfile.mkdtemp(prefix=f"xhs-downloads-{request.param}-")
    driver = {"chromium": chromium, "firefox": firefox}[request.param](downloads)
    driver.name_for_files = request.param
    driver.downloads = Path(downloads)
    driver.set_script_timeout(20)
    yield driver
    driver.quit()
    shutil.rmtree(downloads, ignore_errors=True)


def wait_until(driver, script, *args, timeout=20.0, what="condition"):
    """Runs `script` (a JS function body returning a value) until it is truthy; returns it."""
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        last = driver.execute_script(script, *args)
        if last:
            return last
        time.sleep(0.05)
    raise AssertionError(f"timed out after {timeout}s waiting for {what}; last value {last!r}")


def console(driver):
    return driver.execute_script("return window.__xhsConsole || []")
