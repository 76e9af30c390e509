#!/usr/bin/env bash
# Writes the content-hashed names Trunk gave the JS glue and the wasm (Trunk.toml `filehash`)
# into the staged embed.js, which keeps its stable name: a host caches the hashed files for a
# year and embed.js for minutes (docs/hosting.md). Trunk runs it after each build, through
# scripts/post-build.sh; by hand: `bash scripts/post-build/1-stamp-names.sh dist`. scripts/post-build/5-hash-names.mjs later
# renames the files by their final bytes and rewrites these names again. Tested by
# scripts/check-dist.sh (embed.js loads the files present). It can go when Trunk can template a
# copied file with its hashed names.
set -euo pipefail
dir="${TRUNK_STAGING_DIR:-${1:-dist}}"
fail() { echo "stamp-names: $*" >&2; exit 1; }
[ -s "$dir/embed.js" ] || fail "no $dir/embed.js"
shopt -s nullglob
glue=("$dir"/xhs-explainer-*.js)
wasm=("$dir"/xhs-explainer-*_bg.wasm)
[ "${#glue[@]}" -eq 1 ] || fail "expected one hashed JS glue file in $dir, found ${#glue[@]}"
[ "${#wasm[@]}" -eq 1 ] || fail "expected one hashed wasm file in $dir, found ${#wasm[@]}"
glue_name=$(basename "${glue[0]}")
wasm_name=$(basename "${wasm[0]}")
grep -q '"xhs-explainer.js"' "$dir/embed.js" || fail "$dir/embed.js has no \"xhs-explainer.js\" to replace"
grep -q '"xhs-explainer_bg.wasm"' "$dir/embed.js" || fail "$dir/embed.js has no \"xhs-explainer_bg.wasm\" to replace"
sed -i -e "s/\"xhs-explainer\\.js\"/\"$glue_name\"/" -e "s/\"xhs-explainer_bg\\.wasm\"/\"$wasm_name\"/" "$dir/embed.js"
