#!/usr/bin/env bash
# The benchmark: the explainer beside TimelineJS 3 and a vanilla-JS page (benches/pages/), in one
# headless Chromium session (scripts/bench_browser.py), then the headless query layer natively.
# Prints Markdown tables with ratios, and writes the browser table into docs/performance.md;
# writes the runs' figures to target/bench/results.json.
# Timings vary by machine; they are measured here, never asserted in tests.
#   sizes: the real data, and 1,000 and 10,000 synthetic events (XHS_SYNTHETIC_EVENTS builds a
#   bundle with them; the real data files are untouched). Each size gets a release build of ours
#   and the same events as a data file for the peers (benches/peer_data.rs).
set -euo pipefail
source "$(dirname "$0")/tools.sh"
ensure_all
ensure_bench_peers
cd "$ROOT"
out="$ROOT/target/bench"
mkdir -p "$out"

sizes=()
for n in real 1000 10000; do
  if [ "$n" = real ]; then unset XHS_SYNTHETIC_EVENTS; label="real data"; else export XHS_SYNTHETIC_EVENTS=$n; label="$n events"; fi
  say "building the $label bundle"
  bash scripts/build-release.sh --dist "$out/dist-$n" >"$out/trunk-$n.log" 2>&1 || { cat "$out/trunk-$n.log"; exit 1; }
  cargo bench --quiet --bench peer_data -- "$out/events-$n.js" >/dev/null
  sizes+=("$label=$out/dist-$n=$out/events-$n.js")
done
unset XHS_SYNTHETIC_EVENTS

"$TOOLS/venv/bin/python" scripts/bench_browser.py "$out/results.json" "$ROOT/benches/pages" \
  "$TOOLS/bench-peers/node_modules/@knight-lab/timelinejs/dist" "${sizes[@]}" | tee "$out/table.md"
# The benchmark table of docs/performance.md is this run's (scripts/write-table.py).
python3 scripts/write-table.py bench docs/performance.md < "$out/table.md"

echo
"$TOOLS/venv/bin/python" scripts/bench_lifecycle.py "$out/dist-real" 1000 | tee "$out/lifecycle.md"

for n in real 1000 10000; do
  echo
  if [ "$n" = real ]; then unset XHS_SYNTHETIC_EVENTS; else export XHS_SYNTHETIC_EVENTS=$n; fi
  cargo bench --quiet --bench query 2>/dev/null
done
