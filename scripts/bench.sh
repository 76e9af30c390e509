#!/usr/bin/env bash
# The benchmark: prints the figures of the README's benchmark table. Timings vary by machine;
# they are measured here, never asserted in tests.
#   1. release bundles of the real data and of 1,000 and 10,000 synthetic events
#      (XHS_SYNTHETIC_EVENTS; the real data files are untouched): wasm size, and in headless
#      Chromium the time to a mounted widget, to the timeline section, and the latency of a chip
#      click and of a search with the timeline open (the search figure includes the 180 ms
#      typing debounce);
#   2. the headless query layer natively, at each size.
set -euo pipefail
source "$(dirname "$0")/tools.sh"
ensure_all
cd "$ROOT"
out="$ROOT/target/bench"
mkdir -p "$out"

echo
echo "| dataset | wasm | wasm (gzip) | load → widget | open timeline | chip → count | typing → count |"
echo "|---|---|---|---|---|---|---|"
for n in real 1000 10000; do
  if [ "$n" = real ]; then unset XHS_SYNTHETIC_EVENTS; label="real data (47 events)"; else export XHS_SYNTHETIC_EVENTS=$n; label="$n events"; fi
  trunk build --release --dist "$out/dist-$n" >"$out/trunk-$n.log" 2>&1 || { cat "$out/trunk-$n.log"; exit 1; }
  "$TOOLS/venv/bin/python" scripts/bench_browser.py "$out/dist-$n" "$label"
done
unset XHS_SYNTHETIC_EVENTS

for n in real 1000 10000; do
  echo
  if [ "$n" = real ]; then unset XHS_SYNTHETIC_EVENTS; else export XHS_SYNTHETIC_EVENTS=$n; fi
  cargo bench --quiet --bench query 2>/dev/null
done
