#!/usr/bin/env bash
# Minifies the loader (embed.js, a classic script) and the wasm-bindgen glue (an ES module) of a
# release bundle with terser, after their names and the summary are written in and before the
# precompressed copies are made (scripts/post-build.sh). Debug builds keep them readable.
# Works around wasm-bindgen and our loader shipping unminified; every e2e test runs the minified
# files. It can go if wasm-bindgen ever minifies its glue (the loader would still need it).
set -euo pipefail
if [ -n "${TRUNK_PROFILE:-}" ] && [ "$TRUNK_PROFILE" != release ]; then exit 0; fi
dir="${TRUNK_STAGING_DIR:-${1:-dist}}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
terser="$root/.tools/node_modules/.bin/terser"
[ -x "$terser" ] || { echo "minify-js: $terser is missing (scripts/tools.sh installs it)" >&2; exit 1; }
shopt -s nullglob
glue=("$dir"/xhs-explainer-*.js)
[ "${#glue[@]}" -eq 1 ] || { echo "minify-js: expected one JS glue file in $dir" >&2; exit 1; }
# The loader keeps its one-line header (/*! … */), which names it and its documentation on a page
# of other people's scripts; the longer comment under it, for readers of the source, goes (about
# 0.6 KB gzip).
"$terser" "$dir/embed.js" --compress --mangle --comments '/^!/' --output "$dir/embed.js.min"
mv "$dir/embed.js.min" "$dir/embed.js"
"$terser" "${glue[0]}" --module --compress --mangle --output "${glue[0]}.min"
mv "${glue[0]}.min" "${glue[0]}"
# The iframe form's scripts: the host's (frame.js) keeps its header, which says what it is on a
# page of other people's scripts; the frame page's own (frame-page.js) needs none.
"$terser" "$dir/frame.js" --compress --mangle --comments '/^!/' --output "$dir/frame.js.min"
mv "$dir/frame.js.min" "$dir/frame.js"
"$terser" "$dir/frame-page.js" --compress --mangle --comments false --output "$dir/frame-page.js.min"
mv "$dir/frame-page.js.min" "$dir/frame-page.js"
