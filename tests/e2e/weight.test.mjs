// What the wasm must not carry again: tables that one careless call brings
// in, each found by its first bytes in the data section.
//   - core's decimal-to-float table (`str::parse::<f64>`): 20 KB;
//   - core's float printing (grisu's powers of ten): `{}` or `{:?}` of an
//     `f64`, or `f64::clamp`, whose panic message prints its bounds; 14 KB
//     of code with it (`src/decimal.rs`, `src/bounds.rs`);
//   - Unicode's lower-case table (`char::to_lowercase`, `str::to_lowercase`):
//     11 KB; `search::lower` covers the scripts we ship;
//   - the content as Rust statics, a pointer and a length per string: the
//     build writes it as text and a shape (`src/content/codec.rs`).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { DIST } from "./harness.mjs";

/** The data segments: each one's address in memory and its bytes. */
function segments(buf) {
  let pos = 8;
  const leb = () => {
    let r = 0, s = 0, b;
    do { b = buf[pos++]; r += (b & 0x7f) * 2 ** s; s += 7; } while (b & 0x80);
    return r;
  };
  while (pos < buf.length) {
    const id = buf[pos++];
    const end = leb() + pos;
    if (id !== 11) { pos = end; continue; }
    const out = [];
    for (let n = leb(); n > 0; n--) {
      const flag = leb();
      if (flag === 2) leb();
      let addr = null;
      if (flag !== 1) { pos++; addr = leb(); pos++; } // i32.const <addr> end
      const len = leb();
      out.push({ addr, bytes: buf.subarray(pos, pos + len) });
      pos += len;
    }
    return out;
  }
  return [];
}

const u64 = (...xs) => Buffer.concat(xs.map((x) => { const b = Buffer.alloc(8); b.writeBigUInt64LE(x); return b; }));
const u32 = (...xs) => Buffer.concat(xs.map((x) => { const b = Buffer.alloc(4); b.writeUInt32LE(x); return b; }));

test("the wasm carries no float parser or printer tables, no Unicode case table, and the content as text", () => {
  // every module: the main one and each view's (scripts/split.mjs)
  const wasms = readdirSync(DIST).filter((f) => f.endsWith(".wasm"));
  assert.ok(wasms.length > 4, "the wasm is split into the main module and the views'");
  const segs = wasms.flatMap((f) => segments(readFileSync(DIST + f)));
  const data = Buffer.concat(segs.map((s) => s.bytes));
  assert.ok(data.length > 100_000, "found the data section");
  // POWER_OF_FIVE_128[0], for 5^-342.
  assert.equal(data.indexOf(u64(0xeef453d6923bd65an, 0x113faa2906a13b3fn)), -1, "core::num::dec2flt's table: a float is parsed somewhere");
  // grisu's CACHED_POW10[0] (10^-308's significand).
  assert.equal(data.indexOf(u64(0xe61acf033d1a45dfn)), -1, "core's float printing: an f64 is printed somewhere");
  // LOWERCASE_TABLE's Latin-1 rows: À → à, Á → á.
  assert.equal(data.indexOf(u32(0xc0, 0xe0, 0xc1, 0xe1)), -1, "Unicode's case table: to_lowercase is called somewhere");
  // As a static, a card's title would have its address and length in a
  // record somewhere in the data; as text, only the heap holds them.
  const content = JSON.parse(readFileSync(DIST + "data/content.json", "utf8"));
  const [a, b] = content.cards;
  const title = Buffer.from(a.title);
  const seg = segs.find((s) => s.addr !== null && s.bytes.indexOf(Buffer.from(a.title + a.summary)) >= 0);
  assert.ok(seg, "the first card's title and summary are one run of text");
  const addr = seg.addr + seg.bytes.indexOf(title);
  assert.equal(data.indexOf(u32(addr, title.length)), -1, "no pointer to the title in the data: the content is a static again");
  const after = seg.bytes.indexOf(title) + title.length;
  assert.ok(seg.bytes.indexOf(Buffer.from(b.title), after) > 0, "the next card's text follows, in reading order");
});

// wasm-bindgen writes its JS glue with a doc comment on every binding; the
// bundle ships it minified (scripts/postbuild.mjs, terser): 55 KB as
// written, 25 KB minified.
test("the JS glue ships minified, with the single file's entry point named", () => {
  const glue = readdirSync(DIST).find((f) => /^ct-explainer-.*\.js$/.test(f));
  assert.ok(glue, "the glue is in the bundle");
  const code = readFileSync(DIST + glue, "utf8");
  assert.ok(code.length < 35_000, `the glue is ${code.length} bytes: not minified`);
  assert.doesNotMatch(code, /\/\*\*|^\s{4}/m, "doc comments or indentation: not minified");
  assert.match(code, /function __wbg_init\b/, "__wbg_init renamed: the single file calls it by name");
  assert.match(code, /export\s*\{[^}]*\bas default\b|export default/, "the default export (init) is kept");
});

// Leptos links server_fn, and server_fn wasm-streams, whose classes every
// build exports; the explainer has no server, so scripts/split.mjs drops
// them from the glue and their exports (and the code only they reach)
// from the main module.
test("no wasm-streams classes: not in the glue, not exported by the main module", async () => {
  const glue = readdirSync(DIST).find((f) => /^ct-explainer-.*\.js$/.test(f));
  const code = readFileSync(DIST + glue, "utf8");
  assert.doesNotMatch(code, /IntoUnderlying|intounderlying/, "the glue still has a wasm-streams class");
  const main = readdirSync(DIST).find((f) => /^ct-explainer-.*_bg\.wasm$/.test(f));
  const exports = WebAssembly.Module.exports(await WebAssembly.compile(readFileSync(DIST + main))).map((e) => e.name);
  assert.ok(exports.length > 10, `${exports.length} exports`);
  assert.deepEqual(exports.filter((e) => /intounderlying/.test(e)), [], "the main module still exports a wasm-streams class");
  // and what the glue asks of the module is all there
  for (const m of code.matchAll(/\b[A-Za-z_$][\w$]*\.(__wbg_[a-z]\w*_free|__wbindgen_\w+)\(/g)) assert.ok(exports.includes(m[1]), `the glue calls ${m[1]}, which the module lacks`);
});
