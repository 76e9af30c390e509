#!/usr/bin/env bash
# Checks the release bundle: dist/ holds the index, the loader, the JS glue and the wasm, each
# with its precompressed .gz and .br copies, and every byte the embed loads (loader + glue + wasm,
# as the .gz copies a host serves: zopfli, scripts/post-build/6-compress.sh) stays within the size budget.
# Brotli is reported beside it.
set -euo pipefail
cd "$(dirname "$0")/.."
BUDGET_GZIP_KB="${XHS_EMBED_BUDGET_KB:-273}"   # keep in sync with docs/performance.md; it only ever moves down (back to 260 once the balance work of 2 December 2026 is paid back)
# The iframe form loads the same three files plus its page, that page's script and stylesheet.
FRAME_EXTRA_KB="${XHS_FRAME_EXTRA_KB:-4}"

fail() { echo "check-dist: $*" >&2; exit 1; }
# The glue and the wasm carry content hashes (scripts/post-build/5-hash-names.mjs); embed.js keeps its name.
shopt -s nullglob
glue=(dist/xhs-explainer-*.js)
wasm=(dist/xhs-explainer-*_bg.wasm)
[ "${#glue[@]}" -eq 1 ] || fail "expected one dist/xhs-explainer-<hash>.js, found ${#glue[@]}"
[ "${#wasm[@]}" -eq 1 ] || fail "expected one dist/xhs-explainer-<hash>_bg.wasm, found ${#wasm[@]}"
glue=$(basename "${glue[0]}")
wasm=$(basename "${wasm[0]}")
EMBED=(embed.js "$glue" "$wasm")
FRAME_PAGE=(frame.html frame-page.js frame-page.css)
for f in index.html demo/embed.html "${EMBED[@]}" "${FRAME_PAGE[@]}" frame.zh-Hans.html frame.js; do
  [ -s "dist/$f" ] || fail "dist/$f is missing or empty"
done
grep -q "$glue" dist/index.html || fail "dist/index.html does not load $glue"
for f in "$glue" "$wasm"; do
  grep -q "\"$f\"" dist/embed.js || fail "dist/embed.js does not load $f (scripts/post-build/1-stamp-names.sh)"
done
# Each name hashes the file's final bytes (scripts/post-build/5-hash-names.mjs), so a host may cache it for good.
for f in "$glue" "$wasm"; do
  want=$(sha256sum "dist/$f" | cut -c1-16)
  [[ "$f" == "xhs-explainer-$want"* ]] || fail "dist/$f is not named by the hash of its bytes ($want; scripts/post-build/5-hash-names.mjs)"
done
head -c 4 "dist/$wasm" | od -An -tx1 | grep -q '00 61 73 6d' || fail "dist/$wasm is not wasm"
if grep -aq 'serde_json' "dist/$wasm"; then fail "serde_json reached the release wasm"; fi
# scripts/post-build/4-shorten-imports.mjs ran: the wasm imports from module "a", not "./xhs-explainer_bg.js".
if grep -aq 'xhs-explainer_bg.js' "dist/$wasm"; then fail "dist/$wasm still has wasm-bindgen's long import names"; fi

total_gz=0
total_br=0
line=""
# Each file a host serves has fresh .gz and .br copies, and the .gz unpacks to the file.
compressed() {
  local f="$1" ext
  for ext in gz br; do
    [ -s "dist/$f.$ext" ] || fail "dist/$f.$ext is missing (Trunk's post_build hook, scripts/post-build/6-compress.sh)"
    if [ "dist/$f" -nt "dist/$f.$ext" ]; then fail "dist/$f.$ext is older than dist/$f"; fi
  done
  gzip -dc "dist/$f.gz" | cmp -s - "dist/$f" || fail "dist/$f.gz does not unpack to dist/$f"
}
for f in "${EMBED[@]}"; do
  compressed "$f"
  gz=$(wc -c < "dist/$f.gz")
  br=$(wc -c < "dist/$f.br")
  total_gz=$((total_gz + gz))
  total_br=$((total_br + br))
  line="$line $f $((gz / 1024)) KB gzip / $((br / 1024)) KB br;"
done
frame_gz=0
for f in "${FRAME_PAGE[@]}" frame.zh-Hans.html frame.js; do compressed "$f"; done
for f in "${FRAME_PAGE[@]}"; do frame_gz=$((frame_gz + $(wc -c < "dist/$f.gz"))); done
# frame.js goes on a host page once, beside other people's scripts: it stays under 1 KB.
frame_js=$(wc -c < dist/frame.js)
[ "$frame_js" -le 1024 ] || fail "dist/frame.js is $frame_js bytes, over 1 KB"
printf 'check-dist:%s\n' "$line"
printf 'check-dist: the embed loads %d KB gzip, %d KB brotli (budget %d KB gzip)\n' \
  $((total_gz / 1024)) $((total_br / 1024)) "$BUDGET_GZIP_KB"
[ "$total_gz" -le $((BUDGET_GZIP_KB * 1024)) ] || fail "the embed loads $((total_gz / 1024)) KB gzip, over the ${BUDGET_GZIP_KB} KB budget"
frame_total=$((total_gz + frame_gz))
printf 'check-dist: the iframe form loads %d KB gzip (its page %.1f KB; budget %d KB); frame.js is %d bytes\n' \
  $((frame_total / 1024)) "$(awk -v b="$frame_gz" 'BEGIN { printf "%.1f", b / 1024 }')" $((BUDGET_GZIP_KB + FRAME_EXTRA_KB)) "$frame_js"
[ "$frame_total" -le $(((BUDGET_GZIP_KB + FRAME_EXTRA_KB) * 1024)) ] ||
  fail "the iframe form loads $((frame_total / 1024)) KB gzip, over the $((BUDGET_GZIP_KB + FRAME_EXTRA_KB)) KB budget"

# The size table of docs/performance.md, from these files (scripts/write-table.py).
kb() { awk -v b="$1" 'BEGIN { printf "%.1f KB", b / 1024 }'; }
what() {
  case "$1" in
    embed.js) echo "the loader, \`<xhs-explainer>\`, the panic guard, and the summary in both languages with its styles" ;;
    *_bg.wasm) echo "code, the whole dataset in two languages, the stylesheet" ;;
    *) echo "wasm-bindgen glue, minified, short import names" ;;
  esac
}
{
  echo "| file | what | raw | gzip (zopfli, served) | gzip -9 | brotli 11 |"
  echo "|---|---|---|---|---|---|"
  raw_all=0 g9_all=0
  for f in "$wasm" "$glue" embed.js; do
    raw=$(wc -c < "dist/$f"); g9=$(gzip -9c "dist/$f" | wc -c)
    raw_all=$((raw_all + raw)); g9_all=$((g9_all + g9))
    name=$f
    case "$f" in xhs-explainer-*_bg.wasm) name='xhs-explainer-<hash>_bg.wasm' ;; xhs-explainer-*.js) name='xhs-explainer-<hash>.js' ;; esac
    echo "| \`$name\` | $(what "$f") | $(kb "$raw") | $(kb "$(wc -c < "dist/$f.gz")") | $(kb "$g9") | $(kb "$(wc -c < "dist/$f.br")") |"
  done
  echo "| **total** | | $(kb "$raw_all") | **$(kb "$total_gz")** ($total_gz B; budget $BUDGET_GZIP_KB KB) | $(kb "$g9_all") | **$(kb "$total_br")** |"
  echo
  echo "The iframe form loads these three and its page (\`frame.html\`, \`frame-page.js\`, \`frame-page.css\`): $(kb "$frame_total") in all as served, the page $(kb "$frame_gz") of it (budget $((BUDGET_GZIP_KB + FRAME_EXTRA_KB)) KB); \`frame.js\`, for host pages, is $frame_js bytes."
} | python3 scripts/write-table.py size docs/performance.md
echo "check-dist: ok (the size table of docs/performance.md is this build's)"
