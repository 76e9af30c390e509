#!/usr/bin/env bash
# Writes the static summary into the staged bundle: both languages' summaries into embed.js, the
# no-JavaScript fallback pages, the iframe form's pages and, given XHS_PUBLIC_URL, its oEmbed
# responses (examples/summary.rs says what each is). A native program over the same compiled-in
# data as the wasm, so the summary cannot drift from the widget; it runs on stable whatever
# toolchain compiles the wasm (scripts/build-release.sh), hence the unset toolchain variables.
# By hand: `bash scripts/post-build/2-write-summary.sh dist`. Tested by tests/e2e/test_summary.py
# and test_frame.py.
set -euo pipefail
dir="${TRUNK_STAGING_DIR:-${1:-dist}}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
case "$dir" in /*) ;; *) dir="$PWD/$dir" ;; esac
cd "$root"
env -u RUSTUP_TOOLCHAIN -u CARGO_UNSTABLE_BUILD_STD -u CARGO_UNSTABLE_BUILD_STD_FEATURES \
  -u CARGO_TARGET_DIR cargo run --quiet --example summary -- "$dir"
