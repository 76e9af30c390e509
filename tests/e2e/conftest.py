"""End-to-end fixtures: the release bundle served over HTTP on 127.0.0.1, and real browsers:
headless Chromium and Firefox (Debian's, driven through chromedriver and geckodriver) and WebKit
(WebKitGTK's MiniBrowser through WebKitWebDriver, on the display of xvfb-run: it has no headless
mode). XHS_BROWSERS=chromium,firefox picks some of them; the default is all three."""

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
from selenium.webdriver.webkitgtk.options import Options as WebKitOptions
from selenium.webdriver.webkitgtk.service import Service as WebKitService

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist"
SCREENSHOTS = ROOT / "screenshots"


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".js": "text/javascript",
    }

    # demo/csp-header.html gets the policy docs/embedding.md documents as a header rather than a <meta> tag.
    HEADER_CSP = ("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; "
                  "connect-src 'self'; style-src 'self'")

    def end_headers(self):
        path = getattr(self, "path", "")  # a request line too bad to parse has none
        policy = self.HEADER_CSP if (path.split("?")[0].endswith("/csp-header.html") or
                                     getattr(self, "csp", None) == "self") else None
        if getattr(self, "csp", None) == "origin":
            policy = self.HEADER_CSP.replace("'self'", f"http://{self.headers['Host']}")
        if getattr(self, "csp", None) == "nowasm":
            policy = self.HEADER_CSP.replace(" 'wasm-unsafe-eval'", "")
        if policy:
            self.send_header("Content-Security-Policy", policy)
        # The header docs/iframe.md asks hosts for: a sandboxed frame's origin is "null", so it
        # may load the glue and the wasm only with it. /nocors/ leaves it out.
        if getattr(self, "cors", True):
            self.send_header("Access-Control-Allow-Origin", "*")
        super().end_headers()

    # Prefixes that serve the same site another way, in this order:
    #   /csp/…         the policy above as a header on every response;
    #   /csp-origin/…  the same policy naming this server's origin instead of 'self';
    #   /csp-nowasm/…  the same policy without 'wasm-unsafe-eval', as a host's that forbids wasm;
    #   /csp-meta/…    HTML pages with the policy as a <meta> tag;
    #   /nocors/…      without the CORS header;
    #   /captured/…    HTML pages with the console captured from their first script on
    #                  (demo/capture-console.js), for pages that do not include it themselves;
    #   /slow/…        the wasm held back for 3 s: time to see what a reader on a slow network
    #                  sees before it arrives.
    def do_GET(self):
        def strip(prefix):
            if self.path.startswith(prefix + "/"):
                self.path = self.path[len(prefix):]
                return True
            return False
        self.csp = ("self" if strip("/csp") else "origin" if strip("/csp-origin")
                    else "nowasm" if strip("/csp-nowasm") else None)
        meta = strip("/csp-meta")
        self.cors = not strip("/nocors")
        captured = strip("/captured")
        inject = b""
        if meta:
            inject += b'<meta http-equiv="Content-Security-Policy" content="' + self.HEADER_CSP.encode() + b'">'
        if captured:
            inject += b'<script src="/demo/capture-console.js"></script>'
        if inject and self.path.split("?")[0].endswith(".html"):
            file = Path(self.directory) / self.path[1:].split("?")[0].split("#")[0]
            body = file.read_bytes().replace(b"<head>", b"<head>" + inject, 1)
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
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


def webkit(downloads):
    """WebKitGTK, the Safari engine family. Its window is never narrower than 447 px, so phone
    widths are tested in a frame of that width (test_reader.open_page). It has no download
    setting: it saves to the XDG download folder (GLib's, from user-dirs.dirs), so the driver
    and the browser it starts get a config folder whose user-dirs.dirs names `downloads`."""
    if not os.environ.get("DISPLAY"):
        pytest.fail("WebKit's MiniBrowser needs a display: run the tests under xvfb-run "
                    "(make test does), or leave webkit out of XHS_BROWSERS")
    opts = WebKitOptions()
    opts.binary_location = os.environ.get(
        "WEBKIT_BROWSER", "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser")
    opts.add_argument("--automation")
    config = Path(tempfile.mkdtemp(prefix="xhs-webkit-config-"))
    (config / "user-dirs.dirs").write_text(f'XDG_DOWNLOAD_DIR="{downloads}"\n')
    service = WebKitService(executable_path=os.environ.get("WEBKIT_DRIVER", "/usr/bin/WebKitWebDriver"),
                            service_args=["--host=127.0.0.1"],
                            env={**os.environ, "XDG_CONFIG_HOME": str(config)})
    driver = webdriver.WebKitGTK(options=opts, service=service)
    driver.set_window_size(1280, 900)
    return driver


DRIVERS = {"chromium": chromium, "firefox": firefox, "webkit": webkit}
BROWSERS = [b.strip() for b in os.environ.get("XHS_BROWSERS", ",".join(DRIVERS)).split(",") if b.strip()]
if unknown := [b for b in BROWSERS if b not in DRIVERS]:
    raise pytest.UsageError(f"XHS_BROWSERS: unknown {unknown}; allowed: {', '.join(DRIVERS)}")


@pytest.fixture(scope="module", params=BROWSERS)
def browser(request):
    # Files the widget offers for download land here (a fresh folder per browser).
    downloads = tempfile.mkdtemp(prefix=f"xhs-downloads-{request.param}-")
    driver = DRIVERS[request.param](downloads)
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
