#!/usr/bin/env bash
# Installs every tool the build and the tests need, at pinned versions, skipping what is already
# there at the right version (so a second run reinstalls nothing). Sourced by serve.sh and test.sh;
# `bash scripts/tools.sh [build|browsers|all]` runs it alone.
#
# Only package registries are reachable here (crates.io, npm, PyPI, Debian), so nothing is
# downloaded from anywhere else, and Trunk runs offline against these tools.
set -euo pipefail

RELEASE_NIGHTLY=nightly-2026-10-30   # the release wasm only (scripts/build-release.sh); rust-src + wasm32
TRUNK_VERSION=0.21.14            # see docs/testing.md for why not 0.22
WASM_BINDGEN_VERSION=0.2.130     # must equal the exact `wasm-bindgen` pin in Cargo.toml
BINARYEN_VERSION=132             # npm `binaryen`; Debian's binaryen 108 cannot read current wasm
GECKODRIVER_VERSION=0.37.1
AXE_CORE_VERSION=4.14.1
TYPESCRIPT_VERSION=5.9.3         # npm `typescript`: checks www/xhs-explainer.d.ts against tests/types
TERSER_VERSION=5.51.4            # npm `terser`: minifies the loader and the JS glue (scripts/post-build/3-minify-js.sh)
ZOPFLI_VERSION=1.0.15            # npm `@gfx/zopfli`: the precompressed .gz copies (scripts/post-build/6-compress.sh)
SELENIUM_VERSION=4.38.0
PYTEST_VERSION=8.4.2
TIMELINEJS_VERSION=3.9.11        # npm `@knight-lab/timelinejs`: a peer in `make bench` only

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS="$ROOT/.tools"             # git-ignored, project-local
CARGO_BIN="${CARGO_HOME:-$HOME/.cargo}/bin"
export PATH="$TOOLS/node_modules/.bin:$TOOLS/venv/bin:$CARGO_BIN:$PATH"

say() { printf '\033[1m[tools]\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1m[tools]\033[0m error: %s\n' "$*" >&2; exit 1; }

# Runs a command as root: directly when we are root, through sudo otherwise.
as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else die "need root to run '$*' (apt-get); run as root or install sudo"
  fi
}

# Installs Debian packages, once per run for the package index.
APT_UPDATED=""
apt_install() {
  command -v apt-get >/dev/null 2>&1 ||
    die "missing $*; install the Debian packages '$*' (or their equivalent) and run again"
  say "installing Debian's $*"
  [ -n "$APT_UPDATED" ] || { as_root apt-get update -qq; APT_UPDATED=1; }
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# The exact toolchain rust-toolchain.toml pins ("1.95.0").
pinned_rust() { sed -nE 's/^channel *= *"([^"]+)".*/\1/p' "$ROOT/rust-toolchain.toml"; }

# Prints the installed version line of a command, or nothing.
version_of() { command -v "$1" >/dev/null 2>&1 && "$@" 2>/dev/null | head -n 1 || true; }

ensure_rust() {
  local want have
  want="$(pinned_rust)"
  [ -n "$want" ] || die "rust-toolchain.toml names no channel"
  command -v rustup >/dev/null 2>&1 ||
    die "rustup is not installed; install it (https://rustup.rs), then run again: it installs Rust $want by itself"
  # Inside the project rustup follows rust-toolchain.toml; install the pinned toolchain with its
  # components and target if it is missing (a no-op when it is there).
  if ! rustup toolchain list | grep -q "^$want-"; then
    say "installing Rust $want with clippy, rustfmt and the wasm32 target"
    rustup toolchain install "$want" --profile minimal --component clippy,rustfmt \
      --target wasm32-unknown-unknown
  fi
  have="$(cd "$ROOT" && rustc --version 2>/dev/null || true)"
  case "$have" in
    "rustc $want "*) ;;
    "") die "rustc does not run in $ROOT; check 'rustup show'" ;;
    *) die "rust-toolchain.toml pins $want but rustc here is '$have'; is RUSTUP_TOOLCHAIN set?" ;;
  esac
  (cd "$ROOT" && rustup target list --installed | grep -qx wasm32-unknown-unknown) ||
    (cd "$ROOT" && rustup target add wasm32-unknown-unknown)
  (cd "$ROOT" && rustup component list --installed 2>/dev/null | grep -q '^clippy') ||
    (cd "$ROOT" && rustup component add clippy)
  (cd "$ROOT" && rustup component list --installed 2>/dev/null | grep -q '^rustfmt') ||
    (cd "$ROOT" && rustup component add rustfmt)
}

# The nightly that compiles the release wasm (scripts/build-release.sh says why), with the std
# sources that -Zbuild-std rebuilds and the wasm32 target; nothing else uses it.
ensure_release_rust() {
  if ! rustup toolchain list | grep -q "^$RELEASE_NIGHTLY-" ||
     ! rustup component list --toolchain "$RELEASE_NIGHTLY" --installed 2>/dev/null | grep -q '^rust-src' ||
     ! rustup target list --toolchain "$RELEASE_NIGHTLY" --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    say "installing Rust $RELEASE_NIGHTLY with rust-src and the wasm32 target (for the release wasm only)"
    rustup toolchain install "$RELEASE_NIGHTLY" --profile minimal --component rust-src \
      --target wasm32-unknown-unknown
  fi
  # std's own dependencies, at the versions its lock file pins, into cargo's cache: Trunk runs
  # cargo --offline, and -Zbuild-std resolves them then. A no-op once they are there.
  local library
  library="$(rustc +"$RELEASE_NIGHTLY" --print sysroot)/lib/rustlib/src/rust/library"
  (cd "$ROOT" && cargo +"$RELEASE_NIGHTLY" fetch --quiet --locked --manifest-path "$library/Cargo.toml")
}

# The environment in which cargo compiles the release wasm with that nightly; scripts/build-release.sh
# says why. scripts/wasm-profile.sh uses it too, so that its profile is of the shipped build.
use_release_toolchain() {
  export RUSTUP_TOOLCHAIN="$RELEASE_NIGHTLY"
  export CARGO_UNSTABLE_BUILD_STD="core,std,panic_abort"
  export CARGO_UNSTABLE_BUILD_STD_FEATURES="optimize_for_size"
  export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none"
  # Its own target folder: the stable builds in target/ are not rebuilt after each release build.
  export CARGO_TARGET_DIR="$ROOT/target/release-nightly"
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

ensure_node() {
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    apt_install nodejs npm
  fi
}

ensure_npm_tools() {
  ensure_node
  local want_opt="version_$BINARYEN_VERSION" have_opt have_axe have_ts have_terser have_zopfli
  have_opt="$(version_of "$TOOLS/node_modules/.bin/wasm-opt" --version)"
  have_axe="$(node -p "require('$TOOLS/node_modules/axe-core/package.json').version" 2>/dev/null || true)"
  have_ts="$(node -p "require('$TOOLS/node_modules/typescript/package.json').version" 2>/dev/null || true)"
  have_terser="$(node -p "require('$TOOLS/node_modules/terser/package.json').version" 2>/dev/null || true)"
  have_zopfli="$(node -p "require('$TOOLS/node_modules/@gfx/zopfli/package.json').version" 2>/dev/null || true)"
  if [[ "$have_opt" == *"($want_opt)"* ]] && [ "$have_axe" = "$AXE_CORE_VERSION" ] &&
    [ "$have_ts" = "$TYPESCRIPT_VERSION" ] && [ "$have_terser" = "$TERSER_VERSION" ] &&
    [ "$have_zopfli" = "$ZOPFLI_VERSION" ]; then return; fi
  say "installing binaryen@$BINARYEN_VERSION (wasm-opt), axe-core@$AXE_CORE_VERSION, typescript@$TYPESCRIPT_VERSION, terser@$TERSER_VERSION and @gfx/zopfli@$ZOPFLI_VERSION into .tools/"
  mkdir -p "$TOOLS"
  [ -f "$TOOLS/package.json" ] || echo '{"private":true}' > "$TOOLS/package.json"
  npm install --prefix "$TOOLS" --no-audit --no-fund --loglevel=error \
    "binaryen@$BINARYEN_VERSION" "axe-core@$AXE_CORE_VERSION" "typescript@$TYPESCRIPT_VERSION" \
    "terser@$TERSER_VERSION" "@gfx/zopfli@$ZOPFLI_VERSION"
}

# The benchmark's peer, into its own git-ignored folder; never committed, never loaded by the widget.
ensure_bench_peers() {
  ensure_node
  local dir="$TOOLS/bench-peers" have
  have="$(node -p "require('$dir/node_modules/@knight-lab/timelinejs/package.json').version" 2>/dev/null || true)"
  [ "$have" = "$TIMELINEJS_VERSION" ] && return
  say "installing @knight-lab/timelinejs@$TIMELINEJS_VERSION into .tools/bench-peers"
  mkdir -p "$dir"
  [ -f "$dir/package.json" ] || echo '{"private":true}' > "$dir/package.json"
  npm install --prefix "$dir" --no-audit --no-fund --loglevel=error \
    "@knight-lab/timelinejs@$TIMELINEJS_VERSION"
}

ensure_browsers() {
  # fonts-wqy-microhei: a small CJK font, so Chinese renders in screenshots instead of boxes.
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null ||
     ! command -v firefox-esr >/dev/null || [ ! -e /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ]; then
    apt_install chromium chromium-driver firefox-esr fonts-wqy-microhei
  fi
  # WebKit, the engine of every browser on iOS: WebKitGTK's WebDriver and MiniBrowser, which
  # has no headless mode, so the tests run it under Xvfb (CONTRIBUTING.md, "Browsers").
  if [ ! -x "$WEBKIT_DRIVER" ] || [ ! -x "$WEBKIT_BROWSER" ] || ! command -v xvfb-run >/dev/null ||
     ! command -v xauth >/dev/null; then
    apt_install --no-install-recommends webkit2gtk-driver xvfb xauth
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
  command -v python3 >/dev/null 2>&1 || apt_install python3 python3-venv
  # Debian's python3 has no venv (ensurepip) until python3-venv is installed.
  python3 -c 'import venv, ensurepip' 2>/dev/null || apt_install python3-venv
  say "installing selenium $SELENIUM_VERSION and pytest $PYTEST_VERSION into .tools/venv"
  rm -rf "$TOOLS/venv"
  python3 -m venv "$TOOLS/venv" || die "python3 -m venv failed; install Debian's python3-venv"
  "$TOOLS/venv/bin/pip" install -q --disable-pip-version-check \
    "selenium==$SELENIUM_VERSION" "pytest==$PYTEST_VERSION"
}

# Trunk never downloads: it uses the tools above, found on PATH, at the versions in Trunk.toml.
export TRUNK_OFFLINE=true
export TRUNK_SKIP_VERSION_CHECK=true
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export GECKODRIVER="${GECKODRIVER:-$CARGO_BIN/geckodriver}"
export WEBKIT_DRIVER="${WEBKIT_DRIVER:-/usr/bin/WebKitWebDriver}"
export WEBKIT_BROWSER="${WEBKIT_BROWSER:-/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser}"
# A display for WebKit's MiniBrowser, which cannot run headless.
with_display() { xvfb-run -a -s "-screen 0 1280x900x24" "$@"; }

ensure_build_tools() { ensure_rust; ensure_trunk; ensure_wasm_bindgen; ensure_npm_tools; }
ensure_all() { ensure_build_tools; ensure_release_rust; ensure_browsers; ensure_python_tools; }

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  case "${1:-all}" in
    build) ensure_build_tools ;;
    browsers) ensure_browsers ;;
    all) ensure_all ;;
    *) echo "usage: scripts/tools.sh [build|browsers|all]" >&2; exit 2 ;;
  esac
fi
