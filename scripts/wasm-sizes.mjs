// Where the wasm's code bytes go, by crate: reads the function bodies and
// the "name" section of the wasm that cargo links (before wasm-bindgen and
// wasm-opt strip the names), and sums body sizes by the crate each mangled
// name starts with. twiggy cannot read our wasm; this needs no tool at all.
// The shares are those of the unoptimised link; wasm-opt shrinks them all.
//   node scripts/wasm-sizes.mjs [file.wasm] [--top N]
//   SAMPLE=<crate>: that crate's largest functions; GREP=<regex>: every
//   function whose name matches, and their sum
import { readFileSync, existsSync } from "node:fs";

const args = process.argv.slice(2);
const top = Number(args[args.indexOf("--top") + 1] || 0) || 12;
const file = args.find((a) => a.endsWith(".wasm")) ?? new URL("../target/wasm32-unknown-unknown/release/ct-explainer.wasm", import.meta.url).pathname;
if (!existsSync(file)) {
  console.error(`no ${file}: run scripts/build.sh (or trunk build --release) first`);
  process.exit(1);
}
const buf = readFileSync(file);
let pos = 8; // magic and version
const leb = () => {
  let result = 0, shift = 0, byte;
  do {
    byte = buf[pos++];
    result += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return result;
};
const str = () => {
  const n = leb();
  const s = buf.toString("utf8", pos, pos + n);
  pos += n;
  return s;
};

let imported = 0;
const bodies = []; // size of each defined function's body
const names = new Map(); // function index → name
const dataBytes = [];
while (pos < buf.length) {
  const id = buf[pos++];
  const size = leb();
  const end = pos + size;
  if (id === 2) {
    // imports: count the functions, which come first in the index space
    for (let n = leb(); n > 0; n--) {
      str();
      str();
      const kind = buf[pos++];
      if (kind === 0) { leb(); imported++; }
      else if (kind === 1) { pos++; const f = leb(); leb(); if (f & 1) leb(); }
      else if (kind === 2) { const f = leb(); leb(); if (f & 1) leb(); }
      else if (kind === 3) { pos += 2; }
      else if (kind === 4) { pos++; leb(); }
    }
  } else if (id === 10) {
    for (let n = leb(); n > 0; n--) {
      const s = leb();
      bodies.push(s);
      pos += s;
    }
  } else if (id === 11) {
    dataBytes.push(size);
  } else if (id === 0) {
    const name = str();
    if (name === "name") {
      while (pos < end) {
        const sub = buf[pos++];
        const subSize = leb();
        const subEnd = pos + subSize;
        if (sub === 1) for (let n = leb(); n > 0; n--) names.set(leb(), str());
        pos = subEnd;
      }
    }
  }
  pos = end;
}

// The crate a mangled (legacy) or plain name belongs to.
function crateOf(name) {
  if (!name) return "(no name)";
  if (name.startsWith("__wbindgen_describe")) return "(wasm-bindgen descriptors: dropped at build)";
  let m = name.match(/^_ZN(\d+)(.*)/);
  if (!m) return /^(__|wasm_bindgen|_ZN|dlmalloc|memcpy|memset|memmove|memcmp)/.test(name) || /^[a-z_0-9]+$/.test(name) ? "(runtime and intrinsics)" : "(other)";
  let first = m[2].slice(0, Number(m[1]));
  // <T as Trait>::f and <T>::f: the crate of T
  // <path::T as Trait>::f, <path::T>::f: T's crate; <T as Trait>::f with
  // a generic or primitive T: the trait's crate
  const self = first.match(/^_?\$LT\$(?:\$RF\$|\$BP\$|mut\$u20\$|\$u5b\$|\$LP\$)*([a-z][a-z0-9_]*)\.\./);
  const trait = first.match(/\$u20\$as\$u20\$([a-z][a-z0-9_]*)\.\./);
  if (self) first = self[1];
  else if (trait) first = trait[1];
  return first.replace(/^_+/, "") || "(other)";
}

const byCrate = new Map();
let total = 0;
bodies.forEach((size, i) => {
  const c = crateOf(names.get(imported + i));
  const e = byCrate.get(c) ?? { bytes: 0, fns: 0 };
  e.bytes += size;
  e.fns += 1;
  byCrate.set(c, e);
  total += size;
});
const data = dataBytes.reduce((a, b) => a + b, 0);
if (process.env.SAMPLE) {
  // names of one group, largest first, to see what is in it
  const list = bodies.map((size, i) => [size, names.get(imported + i)]).filter(([, n]) => crateOf(n) === process.env.SAMPLE);
  for (const [size, n] of list.sort((a, b) => b[0] - a[0]).slice(0, 15)) console.log(size, n);
}
if (process.env.GREP) {
  // every function whose mangled name matches, and their sum: the cost of
  // one generic type across its instantiations (GREP=btree, GREP=hashbrown)
  const re = new RegExp(process.env.GREP, "i");
  const list = bodies.map((size, i) => [size, names.get(imported + i) ?? ""]).filter(([, n]) => re.test(n));
  for (const [size, n] of list.sort((a, b) => b[0] - a[0]).slice(0, 15)) console.log(size, n);
  console.log(`${list.length} functions match /${process.env.GREP}/: ${(list.reduce((a, [s]) => a + s, 0) / 1024).toFixed(1)} KB\n`);
}
const rows = [...byCrate].sort((a, b) => b[1].bytes - a[1].bytes);
const kb = (n) => (n / 1024).toFixed(1).padStart(7);
console.log(`${file}\ncode ${kb(total)} KB in ${bodies.length} functions (${names.size} named), data ${kb(data)} KB\n`);
console.log("crate                              code KB   share  functions");
for (const [c, e] of rows.slice(0, top)) {
  console.log(`${c.padEnd(32)} ${kb(e.bytes)}  ${((e.bytes / total) * 100).toFixed(1).padStart(5)}%  ${String(e.fns).padStart(8)}`);
}
const rest = rows.slice(top).reduce((a, [, e]) => a + e.bytes, 0);
if (rest) console.log(`${"(the other " + (rows.length - top) + ")"}`.padEnd(32) + ` ${kb(rest)}  ${((rest / total) * 100).toFixed(1).padStart(5)}%`);
