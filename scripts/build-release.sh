#!/usr/bin/env bash
# The release build: `trunk build --release` (arguments pass through), with the wasm compiled by
# the pinned nightly of scripts/tools.sh (RELEASE_NIGHTLY) so that std is rebuilt for size and a
# panic aborts at once. Everything else (clippy, the native and browser tests, `trunk serve`) uses
# the stable toolchain of rust-toolchain.toml.
#
# What it works around: the prebuilt std is compiled for speed (opt-level 3) and carries the code
# that formats panic messages and their file paths; stable cargo cannot rebuild it. With
# `-Zbuild-std` and `optimize_for_size` std is compiled at this crate's opt-level "z", and with
# `-Cpanic=immediate-abort` a panic is a bare `unreachable` trap: no hook, no message. The panic
# guard is therefore in www/embed.js (tested by tests/e2e/test_summary.py with a real trap);
# src/embed/panic_guard.rs still runs in the stable builds the browser tests use. The recipe is
# the one Yew's own size CI uses (examples/.cargo/min-size-config.toml); what it saves is in
# docs/performance.md. It can go when cargo's build-std is stable with std's size features.
#
# XHS_STABLE_RELEASE=1 builds with stable instead: a panic then logs its message first (for
# diagnosis), and the wasm is larger than the size budget allows.
set -euo pipefail
source "$(dirname "$0")/tools.sh"
ensure_build_tools
ensure_release_rust
cd "$ROOT"
[ "${XHS_STABLE_RELEASE:-}" = 1 ] || use_release_toolchain
exec trunk build --release "$@"
