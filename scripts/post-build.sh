#!/usr/bin/env bash
# Trunk's post_build hook (Trunk.toml), in this order: the hashed names into embed.js, the static
# summary into embed.js and the no-JavaScript fallback pages (examples/summary.rs, a native
# program over the same compiled-in data), the loader and the JS glue minified and the wasm's
# import names shortened in both the wasm and the glue (release builds), the glue and the wasm
# renamed by a hash of their final bytes, then the precompressed copies of the finished files.
set -euo pipefail
here="$(dirname "$0")"
dir="${TRUNK_STAGING_DIR:-${1:-dist}}"
bash "$here/stamp-embed.sh" "$dir"
# A native program, so on stable whatever toolchain compiles the wasm (scripts/build-release.sh).
(cd "$here/.." && env -u RUSTUP_TOOLCHAIN -u CARGO_UNSTABLE_BUILD_STD -u CARGO_UNSTABLE_BUILD_STD_FEATURES \
  -u CARGO_TARGET_DIR cargo run --quiet --example summary -- "$dir")
bash "$here/minify-js.sh" "$dir"
if [ "${TRUNK_PROFILE:-release}" = release ]; then node "$here/shorten-imports.mjs" "$dir"; fi
node "$here/hash-names.mjs" "$dir"
bash "$here/compress-dist.sh" "$dir"
