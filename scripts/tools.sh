#!/usr/bin/env bash
# Installs every tool the build and the tests need, at pinned versions, skipping what is already
# there at the right version (so a second run reinstalls nothing). Sourced by serve.sh and test.sh;
# `bash scripts/tools.sh [build|browsers|all]` runs it alone.
#
# Only package registries are reachable here (crates.io, npm, PyPI, Debian), so nothing is
# downloaded from anywhere else, and Trunk runs offline against these tools.
set -euo pipefail

TRUNK_VERSION=0.21.14            # 0.22 needs rustc >= 1.96.1; this machine has 1.95
WASM_BINDGEN_VERSION=0.2.130     # must equal the exact `wasm-bindgen` pin in Cargo.toml
BINARYEN_VERSION=132             # npm `binaryen`; Debian's binaryen 108 cannot read current wasm
GECKODRIVER_VERSION=0.37.1
AXE_CORE_VERSION=4.14.1
SELENIUM_VERSION=4.38.0
PYTEST_VERSION=8.4.2
MIN_RUSTC_MINOR=95

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS="$ROOT/.tools"             # git-ignored, project-local
CARGO_BIN="${CARGO_HOME:-$HOME/.cargo}/bin"
export PATH="$TOOLS/node_modules/.bin:$TOOLS/venv/bin:$CARGO_BIN:$PATH"

say() { printf '\033[1m[tools]\033[0m %s\n' "$*" >&2; }

# Prints the installed version line of a command, or nothing.
version_of() { command -v "$1" >/dev/null 2>&1 && "$@" 2>/dev/null | head -n 1 || true; }

ensure_rust() {
  local minor
  minor="$(rustc --version | sed -E 's/^rustc 1\.([0-9]+).*/\1/')"
  if [ "$minor" -lt "$MIN_RUSTC_MINOR" ]; then
    echo "rustc 1.$MIN_RUSTC_MINOR or newer is needed, found $(rustc --version)" >&2
    exit 1
  fi
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
  rustup component list --installed 2>/dev/null | grep -q '^clippy' || rustup component add clippy
  rustup component list --installed 2>/dev/null | grep -q '^rustfmt' || rustup component add rustfmt
}

ensure_trunk() {
  if [ "$(version_of trunk --version)" = "trunk $TRUNK_VERSION" ]; then return; fi
  say "installing trunk $TRUNK_VERSION (about 7 minutes)"
  cargo install --locked "trunk@$TRUNK_VERSION"
}

ensure_wasm_bindgen() {
  if [ "$(version_of wasm-bindgen --version)" = "wasm-bindgen $WASM_BINDGEN_VERSION" ] &&
     command -v wasm-bindgen-test-runner >/dev/null; then return; fi
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 4 minutes)"
  # Not --locked: one of its locked dependencies is not in the registry.
  cargo install --force "wasm-bindgen-cli@$WASM_BINDGEN_VERSION"
}

ensure_npm_tools() {
  local want_opt="version_$BINARYEN_VERSION" have_opt have_axe
  have_opt="$(version_of "$TOOLS/node_modules/.bin/wasm-opt" --version)"
  have_axe="$(node -p "require('$TOOLS/node_modules/axe-core/package.json').version" 2>/dev/null || true)"
  if [[ "$have_opt" == *"($want_opt)"* ]] && [ "$have_axe" = "$AXE_CORE_VERSION" ]; then return; fi
  say "installing binaryen@$BINARYEN_VERSION (wasm-opt) and axe-core@$AXE_CORE_VERSION into .tools/"
  mkdir -p "$TOOLS"
  [ -f "$TOOLS/package.json" ] || echo '{"private":true}' > "$TOOLS/package.json"
  npm install --prefix "$TOOLS" --no-audit --no-fund --loglevel=error \
    "binaryen@$BINARYEN_VERSION" "axe-core@$AXE_CORE_VERSION"
}

ensure_browsers() {
  # fonts-wqy-microhei: a small CJK font, so Chinese renders in screenshots instead of boxes.
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null ||
     ! command -v firefox-esr >/dev/null || [ ! -e /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ]; then
    say "installing Debian's chromium, chromium-driver, firefox-esr and fonts-wqy-microhei"
    local sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq \
      chromium chromium-driver firefox-esr fonts-wqy-microhei >/dev/null
  fi
  if [ "$(version_of geckodriver --version | awk '{print $2}')" != "$GECKODRIVER_VERSION" ]; then
    say "installing geckodriver $GECKODRIVER_VERSION"
    cargo install --locked "geckodriver@$GECKODRIVER_VERSION" ||
      cargo install "geckodriver@$GECKODRIVER_VERSION"
  fi
}

ensure_python_tools() {
  if "$TOOLS/venv/bin/python" -c "import selenium, pytest, sys; sys.exit(selenium.__version__ != '$SELENIUM_VERSION' or pytest.__version__ != '$PYTEST_VERSION')" 2>/dev/null; then
    return
  fi
  say "installing selenium $SELENIUM_VERSION and pytest $PYTEST_VERSION into .tools/venv"
  python3 -m venv "$TOOLS/venv"
  "$TOOLS/venv/bin/pip" install -q --disable-pip-version-check \
    "selenium==$SELENIUM_VERSION" "pytest==$PYTEST_VERSION"
}

# Trunk never downloads: it uses the tools above, found on PATH, at the versions in Trunk.toml.
export TRUNK_OFFLINE=true
export TRUNK_SKIP_VERSION_CHECK=true
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export GECKODRIVER="${GECKODRIVER:-$CARGO_BIN/geckodriver}"

ensure_build_tools() { ensure_rust; ensure_trunk; ensure_wasm_bindgen; ensure_npm_tools; }
ensure_all() { ensure_build_tools; ensure_browsers; ensure_python_tools; }

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  case "${1:-all}" in
    build) ensure_build_tools ;;
    browsers) ensure_browsers ;;
    all) ensure_all ;;
    *) echo "usage: scripts/tools.sh [build|browsers|all]" >&2; exit 2 ;;
  esac
fi
