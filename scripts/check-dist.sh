#!/usr/bin/env bash
# Checks the release bundle: dist/ holds the index, the loader, the JS glue and the wasm, each
# with its precompressed .gz and .br copies, and every byte the embed loads (loader + glue + wasm,
# gzip -9 as served) stays within the size budget. Brotli is reported beside it.
set -euo pipefail
cd "$(dirname "$0")/.."
BUDGET_GZIP_KB="${XHS_EMBED_BUDGET_KB:-270}"   # keep in sync with README "Size budget"
EMBED=(embed.js xhs-explainer.js xhs-explainer_bg.wasm)

fail() { echo "check-dist: $*" >&2; exit 1; }
for f in index.html demo/embed.html "${EMBED[@]}"; do
  [ -s "dist/$f" ] || fail "dist/$f is missing or empty"
done
grep -q 'xhs-explainer.js' dist/index.html || fail "dist/index.html does not load xhs-explainer.js"
head -c 4 dist/xhs-explainer_bg.wasm | od -An -tx1 | grep -q '00 61 73 6d' || fail "dist/xhs-explainer_bg.wasm is not wasm"
if grep -aq 'serde_json' dist/xhs-explainer_bg.wasm; then fail "serde_json reached the release wasm"; fi

total_gz=0
total_br=0
line=""
for f in "${EMBED[@]}"; do
  for ext in gz br; do
    [ -s "dist/$f.$ext" ] || fail "dist/$f.$ext is missing (Trunk's post_build hook, scripts/compress-dist.sh)"
    if [ "dist/$f" -nt "dist/$f.$ext" ]; then fail "dist/$f.$ext is older than dist/$f"; fi
  done
  gzip -dc "dist/$f.gz" | cmp -s - "dist/$f" || fail "dist/$f.gz does not unpack to dist/$f"
  gz=$(wc -c < "dist/$f.gz")
  br=$(wc -c < "dist/$f.br")
  total_gz=$((total_gz + gz))
  total_br=$((total_br + br))
  line="$line $f $((gz / 1024)) KB gzip / $((br / 1024)) KB br;"
done
printf 'check-dist:%s\n' "$line"
printf 'check-dist: the embed loads %d KB gzip, %d KB brotli (budget %d KB gzip)\n' \
  $((total_gz / 1024)) $((total_br / 1024)) "$BUDGET_GZIP_KB"
[ "$total_gz" -le $((BUDGET_GZIP_KB * 1024)) ] || fail "the embed loads $((total_gz / 1024)) KB gzip, over the ${BUDGET_GZIP_KB} KB budget"
echo "check-dist: ok"
