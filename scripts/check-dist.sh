#!/usr/bin/env bash
# Checks the release bundle: dist/ holds the index, the loader, the JS glue and the wasm, and the
# wasm (after wasm-bindgen and wasm-opt, gzip'd as served) stays within the size budget.
set -euo pipefail
cd "$(dirname "$0")/.."
BUDGET_GZIP_KB="${XHS_WASM_BUDGET_KB:-280}"   # keep in sync with README "Size budget"

fail() { echo "check-dist: $*" >&2; exit 1; }
for f in index.html embed.js xhs-explainer.js xhs-explainer_bg.wasm demo/embed.html; do
  [ -s "dist/$f" ] || fail "dist/$f is missing or empty"
done
grep -q 'xhs-explainer.js' dist/index.html || fail "dist/index.html does not load xhs-explainer.js"
head -c 4 dist/xhs-explainer_bg.wasm | od -An -tx1 | grep -q '00 61 73 6d' || fail "dist/xhs-explainer_bg.wasm is not wasm"
if grep -aq 'serde_json' dist/xhs-explainer_bg.wasm; then fail "serde_json reached the release wasm"; fi

raw=$(wc -c < dist/xhs-explainer_bg.wasm)
gz=$(gzip -9 -c dist/xhs-explainer_bg.wasm | wc -c)
js=$(gzip -9 -c dist/xhs-explainer.js | wc -c)
loader=$(gzip -9 -c dist/embed.js | wc -c)
printf 'check-dist: wasm %d KB raw, %d KB gzip; glue %d B gzip; loader %d B gzip (budget %d KB gzip)\n' \
  $((raw / 1024)) $((gz / 1024)) "$js" "$loader" "$BUDGET_GZIP_KB"
[ "$gz" -le $((BUDGET_GZIP_KB * 1024)) ] || fail "wasm is $((gz / 1024)) KB gzip, over the ${BUDGET_GZIP_KB} KB budget"
echo "check-dist: ok"
