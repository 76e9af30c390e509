#!/usr/bin/env bash
# Writes gzip (-9) and brotli (quality 11) copies beside every wasm, JS, CSS and HTML file of a
# release bundle, for hosts and CDNs that serve precompressed files (README "Hosting").
# Trunk runs it after each build (through scripts/post-build.sh), on release builds only; by hand:
# `bash scripts/compress-dist.sh dist`. Needs gzip and Node.js (for brotli, through its zlib).
set -euo pipefail
if [ -n "${TRUNK_PROFILE:-}" ] && [ "$TRUNK_PROFILE" != release ]; then exit 0; fi
dir="${TRUNK_STAGING_DIR:-${1:-dist}}"
[ -d "$dir" ] || { echo "compress-dist: no folder $dir" >&2; exit 1; }
mapfile -t files < <(find "$dir" -type f \( -name '*.wasm' -o -name '*.js' -o -name '*.css' -o -name '*.html' \))
[ "${#files[@]}" -gt 0 ] || { echo "compress-dist: nothing to compress in $dir" >&2; exit 1; }
for f in "${files[@]}"; do gzip -9 -n -k -f "$f"; done
node -e '
const zlib = require("zlib"), fs = require("fs");
const q = { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } };
for (const f of process.argv.slice(1)) fs.writeFileSync(f + ".br", zlib.brotliCompressSync(fs.readFileSync(f), q));
' "${files[@]}"
