#!/usr/bin/env bash
# Trunk's post_build hook (Trunk.toml): the release pipeline's steps after wasm-bindgen and
# wasm-opt, one file each in scripts/post-build/, numbered in the order they run here:
#   1-stamp-names.sh       the hashed names of the glue and the wasm into embed.js
#   2-write-summary.sh     the static summary into embed.js, the fallback and frame pages, oEmbed
#   3-minify-js.sh         terser on the loader, the glue and the frame scripts (release only)
#   4-shorten-imports.mjs  short wasm import names, in the wasm and the glue (release only)
#   5-hash-names.mjs       the glue and the wasm renamed by a hash of their final bytes
#   6-compress.sh          the .gz (zopfli) and .br copies of the finished files (release only)
# Each says what it works around and how it is tested; docs/performance.md lists them.
set -euo pipefail
steps="$(dirname "$0")/post-build"
dir="${TRUNK_STAGING_DIR:-${1:-dist}}"
bash "$steps/1-stamp-names.sh" "$dir"
bash "$steps/2-write-summary.sh" "$dir"
bash "$steps/3-minify-js.sh" "$dir"
if [ "${TRUNK_PROFILE:-release}" = release ]; then node "$steps/4-shorten-imports.mjs" "$dir"; fi
node "$steps/5-hash-names.mjs" "$dir"
bash "$steps/6-compress.sh" "$dir"
