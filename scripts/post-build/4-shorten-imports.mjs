// Shortens the names the wasm imports from its JS glue, in both files, for release builds
// (scripts/post-build.sh, after the glue is minified and before the compressed copies).
//
// wasm-bindgen names each import `__wbg_<method>_<16 hex digits>` and puts all of them in a
// module named "./xhs-explainer_bg.js". The wasm's import section and the glue's import object
// both spell out those ~190 names, and their hex tails do not compress: about 6 KB of gzip in
// all. Here the module becomes `a` and each import a one- or two-letter name, the same in both
// files. Nothing else changes; a name the glue does not define exactly once stops the build.
// Measured −5.4 KB served. Tested by scripts/check-dist.sh (no long module name left in the wasm)
// and by every e2e test, which loads the shortened files. It can go when wasm-bindgen writes
// short (or compressible) import names itself.
//
//   node scripts/post-build/4-shorten-imports.mjs <dir>
import fs from "node:fs";
import path from "node:path";

const dir = process.argv[2] || "dist";
const fail = (msg) => {
  console.error(`shorten-imports: ${msg}`);
  process.exit(1);
};
const pick = (re) => {
  const found = fs.readdirSync(dir).filter((f) => re.test(f));
  if (found.length !== 1) fail(`expected one file like ${re} in ${dir}, found ${found.length}`);
  return path.join(dir, found[0]);
};
const wasmFile = pick(/^xhs-explainer-[0-9a-f]+_bg\.wasm$/);
const glueFile = pick(/^xhs-explainer-[0-9a-f]+\.js$/);
const MODULE = "./xhs-explainer_bg.js";

// ---- LEB128 and names, as the wasm binary format writes them
function readU32(bytes, at) {
  let value = 0, shift = 0, byte;
  do {
    byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, at];
}
function u32(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return out;
}
const utf8 = new TextEncoder(), text = new TextDecoder();
function name(value) {
  const b = utf8.encode(value);
  return [...u32(b.length), ...b];
}
/** Skips one import description (function, table, memory or global) from `at`. */
function skipDesc(bytes, at) {
  const kind = bytes[at++];
  const limits = () => {
    const flags = bytes[at++];
    [, at] = readU32(bytes, at);
    if (flags & 1) [, at] = readU32(bytes, at);
  };
  if (kind === 0) [, at] = readU32(bytes, at);
  else if (kind === 1) { at++; limits(); }
  else if (kind === 2) limits();
  else if (kind === 3) at += 2;
  else fail(`unknown import kind ${kind}`);
  return at;
}
/** 0 → "a", 51 → "Z", 52 → "aa": short names that are also plain JS property names. */
function short(i) {
  const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  let out = "";
  do {
    out = letters[i % 52] + out;
    i = Math.floor(i / 52) - 1;
  } while (i >= 0);
  return out;
}

const wasm = fs.readFileSync(wasmFile);
if (wasm.readUInt32BE(0) !== 0x0061736d) fail(`${wasmFile} is not wasm`);
const out = [wasm.subarray(0, 8)];
const renamed = [];
let at = 8;
while (at < wasm.length) {
  const id = wasm[at];
  const [size, start] = readU32(wasm, at + 1);
  const end = start + size;
  if (id !== 2) {
    out.push(wasm.subarray(at, end));
    at = end;
    continue;
  }
  let [count, p] = readU32(wasm, start);
  const body = [...u32(count)];
  for (let i = 0; i < count; i++) {
    let len;
    [len, p] = readU32(wasm, p);
    const module = text.decode(wasm.subarray(p, p + len));
    p += len;
    [len, p] = readU32(wasm, p);
    const field = text.decode(wasm.subarray(p, p + len));
    p += len;
    const descStart = p;
    p = skipDesc(wasm, p);
    if (module !== MODULE) fail(`import ${module}.${field} is not from ${MODULE}`);
    const to = short(i);
    renamed.push([field, to]);
    body.push(...name("a"), ...name(to), ...wasm.subarray(descStart, p));
  }
  if (p !== end) fail("the import section did not parse to its end");
  out.push(Buffer.from([2, ...u32(body.length), ...body]));
  at = end;
}
if (!renamed.length) fail(`${wasmFile} imports nothing (already shortened?)`);

let glue = fs.readFileSync(glueFile, "utf8");
const once = (from, to) => {
  const parts = glue.split(from);
  if (parts.length !== 2) fail(`${glueFile} has ${parts.length - 1} × ${JSON.stringify(from)}, not one`);
  glue = parts.join(to);
};
for (const [from, to] of renamed) {
  // Keys of the import object: `name:function(…)` after terser, `name: function` before.
  const re = new RegExp(`([{,\\s])${from}(\\s*:)`, "g");
  const hits = glue.match(re) || [];
  if (hits.length !== 1) fail(`${glueFile} defines the import ${from} ${hits.length} times, not once`);
  glue = glue.replace(re, `$1${to}$2`);
}
once(JSON.stringify(MODULE) + ":", "a:");

fs.writeFileSync(wasmFile, Buffer.concat(out));
fs.writeFileSync(glueFile, glue);
console.log(`shorten-imports: ${renamed.length} imports renamed in ${path.basename(wasmFile)} and ${path.basename(glueFile)}`);
