#!/usr/bin/env bash
# Where the wasm's bytes go: a release build with symbols (strip = false), through wasm-bindgen
# --keep-debug and the same wasm-opt passes as the release (index.html), then `twiggy top`, grouped by owner. The
# figures are for the optimised code and data the embed ships; debug sections are left out.
# Needs twiggy (`cargo install --locked twiggy`); prints a Markdown table.
set -euo pipefail
source "$(dirname "$0")/tools.sh"
ensure_build_tools
cd "$ROOT"
command -v twiggy >/dev/null || die "twiggy is missing: cargo install --locked twiggy"
out="$ROOT/target/wasm-profile"
mkdir -p "$out"
ensure_release_rust
use_release_toolchain   # the toolchain and flags of the shipped build (scripts/build-release.sh)
CARGO_PROFILE_RELEASE_STRIP=false cargo build --quiet --release --target wasm32-unknown-unknown --lib
wasm-bindgen --target web --keep-debug --out-dir "$out" \
  "$CARGO_TARGET_DIR/wasm32-unknown-unknown/release/xhs_explainer.wasm"
params=$(sed -n 's/.*data-wasm-opt-params="\([^"]*\)".*/\1/p' index.html)
# shellcheck disable=SC2086 # the feature flags are separate words
wasm-opt -O1 --debuginfo $params "$out/xhs_explainer_bg.wasm" -o "$out/profiled.wasm"
twiggy top -n 100000 --format csv "$out/profiled.wasm" > "$out/top.csv"
python3 - "$out/top.csv" <<'PY'
import csv, re, sys
groups = {}
def owner(name):
    if name.startswith("custom section") or "subsection" in name: return None
    if name.startswith("data segment") or name.startswith("data["):
        return "data segments (dataset text, stylesheet, std tables)"
    if "lifecycle::Stateful>::view" in name: return "yew component views (the html! bodies, inlined)"
    m = re.search(r"xhs_explainer::view::(\w+)::\w+ as yew::functional::FunctionProvider", name) or \
        re.search(r"yew::functional::FunctionComponent<xhs_explainer::view::(\w+)::", name)
    if m: return f"yew component: {m.group(1)}"
    if "xhs_explainer::view" in name or "xhs_explainer..view" in name: return "view helpers"
    if "xhs_explainer::query" in name or "xhs_explainer..query" in name: return "query layer"
    if "xhs_explainer::embed" in name or "xhs_explainer..embed" in name: return "embed layer"
    if "xhs_explainer" in name: return "other of ours"
    if re.search(r"\byew\b|yew::|implicit_clone", name): return "yew runtime"
    if re.search(r"wasm_bindgen|js_sys|web_sys|gloo", name): return "wasm-bindgen, js-sys, web-sys, gloo"
    if re.search(r"dlmalloc|alloc::|__rust_alloc|__rdl", name): return "allocator and alloc"
    if re.search(r"core::fmt|core::num|fmt::", name): return "core formatting"
    if re.search(r"hashbrown|HashMap", name): return "hash maps"
    if re.search(r"^core::|^std::|core\[|std\[", name): return "core and std (other)"
    return "unnamed or other"
rows = list(csv.DictReader(open(sys.argv[1])))
total = 0
for r in rows:
    g = owner(r["Name"])
    if g is None: continue
    size = int(r["ShallowSize"])
    total += size
    groups[g] = groups.get(g, 0) + size
print(f"| owner | bytes | share |\n|---|---|---|")
for g, size in sorted(groups.items(), key=lambda kv: -kv[1])[:25]:
    print(f"| {g} | {size / 1024:.1f} KB | {100 * size / total:.1f}% |")
print(f"| total (code and data, no custom sections) | {total / 1024:.1f} KB | 100% |")
PY
