#!/usr/bin/env bash
# Writes gzip and brotli (quality 11) copies beside every wasm, JS, CSS and HTML file of a release
# bundle, for hosts and CDNs that serve precompressed files (docs/hosting.md). The gzip copies are
# made with zopfli (15 iterations): plain gzip any client unpacks, about 5% smaller than gzip -9
# (−14.1 KB served, docs/performance.md). scripts/check-dist.sh checks that each copy is there,
# fresh and unpacks to its file.
# Trunk runs it after each build (through scripts/post-build.sh), on release builds only; by hand:
# `bash scripts/post-build/6-compress.sh dist`. Needs Node.js (brotli through its zlib; zopfli from npm).
set -euo pipefail
if [ -n "${TRUNK_PROFILE:-}" ] && [ "$TRUNK_PROFILE" != release ]; then exit 0; fi
dir="${TRUNK_STAGING_DIR:-${1:-dist}}"
[ -d "$dir" ] || { echo "compress-dist: no folder $dir" >&2; exit 1; }
mapfile -t files < <(find "$dir" -type f \( -name '*.wasm' -o -name '*.js' -o -name '*.css' -o -name '*.html' \))
[ "${#files[@]}" -gt 0 ] || { echo "compress-dist: nothing to compress in $dir" >&2; exit 1; }
root="$(cd "$(dirname "$0")/../.." && pwd)"
NODE_PATH="$root/.tools/node_modules" node -e '
const zlib = require("zlib"), fs = require("fs"), zopfli = require("@gfx/zopfli");
const q = { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } };
(async () => {
  for (const f of process.argv.slice(1)) {
    const bytes = fs.readFileSync(f);
    fs.writeFileSync(f + ".br", zlib.brotliCompressSync(bytes, q));
    fs.writeFileSync(f + ".gz", await zopfli.gzipAsync(bytes, { numiterations: 15 }));
  }
})().catch((e) => { console.error("compress-dist: " + e.message); process.exit(1); });
' "${files[@]}"
