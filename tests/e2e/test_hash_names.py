"""The release bundle names the JS glue and the wasm by a hash of their final bytes
(scripts/post-build/5-hash-names.mjs), so a host can cache them for a year: a change that only a post-build
step makes gives a new name, written into every file that loads it, and a second run changes
nothing. No browser needed."""

import hashlib
import re
import shutil
import subprocess

from conftest import DIST, ROOT


def names(folder):
    wasm = [p.name for p in folder.glob("xhs-explainer-*_bg.wasm")]
    glue = [p.name for p in folder.glob("xhs-explainer-*.js") if re.fullmatch(r"xhs-explainer-[0-9a-f]+\.js", p.name)]
    assert len(wasm) == 1 and len(glue) == 1, (wasm, glue)
    return wasm[0], glue[0]


def hash_names(folder):
    done = subprocess.run(["node", str(ROOT / "scripts/post-build/5-hash-names.mjs"), str(folder)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_names_follow_the_final_bytes(tmp_path):
    bundle = tmp_path / "dist"
    shutil.copytree(DIST, bundle, ignore=shutil.ignore_patterns("*.gz", "*.br"))
    wasm, glue = names(bundle)
    for name in (wasm, glue):
        assert name.startswith("xhs-explainer-" + hashlib.sha256((bundle / name).read_bytes()).hexdigest()[:16])

    # What a changed post-build step would do: other bytes in both files, under the old names.
    with open(bundle / wasm, "ab") as f:
        f.write(bytes([0, 5, 4]) + b"test" + b"x")  # a custom section named "test"
    with open(bundle / glue, "a") as f:
        f.write("\n// a changed post-build step\n")
    hash_names(bundle)

    new_wasm, new_glue = names(bundle)
    assert new_wasm != wasm and new_glue != glue
    for name in (new_wasm, new_glue):
        digest = hashlib.sha256((bundle / name).read_bytes()).hexdigest()[:16]
        assert name.startswith(f"xhs-explainer-{digest}")
    for loader in ("embed.js", "index.html"):
        text = (bundle / loader).read_text()
        assert new_wasm in text and new_glue in text, loader
        assert wasm not in text and glue not in text, loader

    # Idempotent: nothing to rename the second time.
    assert hash_names(bundle) == ""
    assert names(bundle) == (new_wasm, new_glue)
