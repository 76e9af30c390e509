// Names the JS glue and the wasm by a hash of their final bytes, and writes the new names into
// every file of the bundle that loads them (embed.js, index.html). scripts/post-build.sh runs it
// after the last step that changes those bytes (terser, shorten-imports) and before the
// compressed copies.
//
// What it works around: Trunk's `filehash` hashes the files as wasm-bindgen and wasm-opt leave
// them, before the post-build steps rewrite them, so a change to a post-build step alone shipped
// new bytes under an old name, which hosts are told to cache for a year (docs/hosting.md).
// Tested by tests/e2e/test_hash_names.py (a changed byte gives a new name; a second run changes
// nothing), and scripts/check-dist.sh checks every name against its bytes. It can go if Trunk
// ever hashes after its post-build hooks.
//
//   node scripts/post-build/5-hash-names.mjs <dir>
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const dir = process.argv[2] || "dist";
const fail = (msg) => {
  console.error(`hash-names: ${msg}`);
  process.exit(1);
};
const LOADERS = ["embed.js", "index.html"];
const KINDS = [/^xhs-explainer-([0-9a-f]+)_bg\.wasm$/, /^xhs-explainer-([0-9a-f]+)\.js$/];

/** The first 16 hex digits of the SHA-256 of a file's bytes. */
const hashOf = (bytes) => crypto.createHash("sha256").update(bytes).digest("hex").slice(0, 16);

const renamed = [];
for (const kind of KINDS) {
  const found = fs.readdirSync(dir).filter((f) => kind.test(f));
  if (found.length !== 1) fail(`expected one file like ${kind} in ${dir}, found ${found.length}`);
  const old = found[0];
  const bytes = fs.readFileSync(path.join(dir, old));
  const name = old.replace(kind.exec(old)[1], hashOf(bytes));
  if (name === old) continue;
  fs.renameSync(path.join(dir, old), path.join(dir, name));
  // Compressed copies of the old bytes (a run by hand on a finished bundle) are stale.
  for (const ext of [".gz", ".br"]) fs.rmSync(path.join(dir, old + ext), { force: true });
  renamed.push([old, name]);
}
for (const loader of LOADERS) {
  const file = path.join(dir, loader);
  if (!fs.existsSync(file)) fail(`no ${file}`);
  let text = fs.readFileSync(file, "utf8");
  for (const [old, name] of renamed) {
    if (!text.includes(old)) fail(`${file} does not name ${old}`);
    text = text.split(old).join(name);
  }
  fs.writeFileSync(file, text);
}
for (const [old, name] of renamed) console.log(`hash-names: ${old} -> ${name}`);
