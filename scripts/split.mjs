// After `trunk build`: split the wasm into the shell's module and one per
// view (the entries in src/shell/code.rs), so a first visit loads the shell
// and the view it opens, not every view's code.
//   node scripts/split.mjs <dist>, or --staging from trunk's post_build
//   hook (Trunk.toml), for trunk's staging directory
// trunk has built the wasm (with --emit-relocs, .cargo/config.toml) and
// written its glue and wasm to <dist>; those are replaced here:
//  1. wasm-split-cli (crate wasm_split_cli_support, pinned in setup.sh)
//     cuts the linked wasm at the split points: main.wasm, split_<view>.wasm
//     and chunk_<n>.wasm (code that several views share and the shell does
//     not use), and a loader, __wasm_split.js, that fetches them.
//  2. wasm-bindgen (the version trunk uses) writes the glue for main.wasm
//     under trunk's name for it, so trunk's boot script is unchanged.
//  3. The classes wasm-streams exports (see UNUSED below) leave the main
//     module and the glue.
//  4. wasm-opt -Oz each module, as trunk did, and drop the producers and
//     target-features sections (200 bytes a module, and a page loads eight).
//  5. Every file named by its content (cached forever, never stale); the
//     loader and the glue point at those names.
//  6. <dist>/split.json: for each view (its URL name), the modules it needs
//     besides the main one, which scripts/postbuild.mjs has the boot script
//     fetch at once beside the main module.
import { readFileSync, writeFileSync, readdirSync, rmSync, mkdirSync, renameSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { join } from "node:path";

const dist = process.argv[2] === "--staging" ? process.env.TRUNK_STAGING_DIR : process.argv[2] ?? "dist";
if (!dist) throw new Error("split: no directory (TRUNK_STAGING_DIR is unset)");
const root = new URL("..", import.meta.url).pathname;
// trunk's own build of the wasm (a bare `trunk serve` builds for debug)
const profile = process.env.TRUNK_PROFILE === "debug" ? "debug" : "release";
const input = join(root, `target/wasm32-unknown-unknown/${profile}/ct-explainer.wasm`);
const work = join(root, "target/split");
const run = (cmd, args) => execFileSync(cmd, args, { stdio: ["ignore", "inherit", "inherit"] });

const glue = readdirSync(dist).find((f) => /^ct-explainer-[0-9a-f]+\.js$/.test(f));
if (!glue) throw new Error(`split: no wasm-bindgen glue in ${dist}`);
const outName = glue.slice(0, -3);

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
run("wasm-split-cli", [input, work]);
run("wasm-bindgen", ["--target", "web", "--no-typescript", "--keep-lld-exports", "--no-demangle", "--out-dir", join(work, "bg"), "--out-name", outName, join(work, "main.wasm")]);

const hash = (buf) => createHash("sha256").update(buf).digest("hex").slice(0, 16);
const opt = (from, to) => (process.env.SPLIT_NO_OPT ? run("cp", [from, to]) : run("wasm-opt", ["-Oz", "--strip-producers", "--strip-target-features", from, "-o", to]));

// Leptos depends on server_fn whatever its features, and server_fn on
// wasm-streams, whose #[wasm_bindgen] classes (streams that a server's
// answers would come through) every build exports, with the code behind
// them. The explainer has no server: the classes leave the glue, and their
// exports the main module (wasm-metadce), which drops the code they alone
// reach: 0.9 KB of wasm and 0.4 KB of JS, brotli (2026-12-07).
const UNUSED = ["IntoUnderlyingByteSource", "IntoUnderlyingSink", "IntoUnderlyingSource"];
let js = readFileSync(join(work, "bg", glue), "utf8");
for (const c of UNUSED) {
  const lower = c.toLowerCase();
  const cls = new RegExp(`\\nexport class ${c} \\{[\\s\\S]*?\\nif \\(Symbol\\.dispose\\) ${c}\\.prototype\\[Symbol\\.dispose\\] = ${c}\\.prototype\\.free;\\n`);
  const fin = new RegExp(`\\nconst ${c}Finalization = [^;]*;\\n`);
  if (!cls.test(js) || !fin.test(js)) throw new Error(`split: the glue's class ${c} is not as expected`);
  js = js.replace(cls, "\n").replace(fin, "\n");
  if (js.includes(c) || js.includes(`wasm.${lower}_`) || js.includes(`wasm.__wbg_${lower}_`)) throw new Error(`split: the glue still uses ${c}`);
}
const exportsOf = (buf) => {
  // the names in the export section (id 7)
  let i = 8;
  const leb = () => {
    let r = 0;
    for (let s = 0; ; s += 7) {
      const x = buf[i++];
      r += (x & 0x7f) * 2 ** s;
      if (!(x & 0x80)) return r;
    }
  };
  const names = [];
  while (i < buf.length) {
    const id = buf[i++];
    const size = leb();
    const end = i + size;
    if (id === 7) {
      for (let n = leb(); n > 0; n--) {
        const len = leb();
        names.push(buf.subarray(i, i + len).toString("utf8"));
        i += len + 1; // the name, then its kind
        leb(); // and index
      }
    }
    i = end;
  }
  return names;
};
const bg = join(work, "bg", `${outName}_bg.wasm`);
const exported = exportsOf(readFileSync(bg));
const drop = exported.filter((e) => UNUSED.some((c) => e.startsWith(`${c.toLowerCase()}_`) || e === `__wbg_${c.toLowerCase()}_free`));
if (drop.length < UNUSED.length) throw new Error(`split: the exports of ${UNUSED.join(", ")} are not as expected (${drop.join(", ")})`);
// wasm-metadce keeps what the graph's root reaches: every other export
const graph = [
  { name: "root", root: true, reaches: exported.filter((e) => !drop.includes(e)).map((e) => `export:${e}`) },
  ...exported.map((e) => ({ name: `export:${e}`, export: e })),
];
writeFileSync(join(work, "graph.json"), JSON.stringify(graph));
execFileSync("wasm-metadce", [bg, "--graph-file", join(work, "graph.json"), "-o", join(work, "bg", "main-dce.wasm")], { stdio: ["ignore", "ignore", "inherit"] });
if (exportsOf(readFileSync(join(work, "bg", "main-dce.wasm"))).length !== exported.length - drop.length) throw new Error("split: wasm-metadce did not drop exactly the unused exports");

// the main module under trunk's name (its boot script fetches that name)
opt(join(work, "bg", "main-dce.wasm"), join(dist, `${outName}_bg.wasm`));

// each split module and chunk, optimised and named by content
let loader = readFileSync(join(work, "__wasm_split.js"), "utf8");
const renamed = {};
for (const f of readdirSync(work).filter((f) => /^(split|chunk)_\w+\.wasm$/.test(f))) {
  const tmp = join(work, `opt-${f}`);
  opt(join(work, f), tmp);
  const name = `${f.slice(0, -5)}-${hash(readFileSync(tmp))}.wasm`;
  renameSync(tmp, join(dist, name));
  renamed[f] = name;
  if (!loader.includes(`"./${f}"`)) throw new Error(`split: the loader does not name ${f}`);
  loader = loader.replaceAll(`"./${f}"`, `"./${name}"`);
}
if (!loader.includes('from "./main.js"')) throw new Error("split: the loader does not import main.js as expected");
// A host that serves .wasm under another type (instantiateStreaming then
// refuses it; an LMS's file server may): compile from the bytes, as the
// main module's glue does. A failed answer (a 404 page) fails the load.
const STREAMING = "WebAssembly.instantiateStreaming(src, imports)";
if (!loader.includes(STREAMING)) throw new Error("split: the loader does not instantiate as expected");
loader =
  loader.replaceAll(STREAMING, "__ctInstantiate(src, imports)") +
  `
async function __ctInstantiate(src, imports) {
    try {
        const res = await src;
        if (!res.ok) throw new Error(\`failed to fetch \${res.url}: \${res.status}\`);
        if ((res.headers.get("Content-Type") || "").startsWith("application/wasm")) return await WebAssembly.instantiateStreaming(res, imports);
        return await WebAssembly.instantiate(await res.arrayBuffer(), imports);
    } finally {
        src.__ctDone?.();
    }
}
`;
loader = loader.replace('from "./main.js"', `from "./${glue}"`);

// What each view needs besides the main module: its own module and the
// chunks its loader waits for (`makeLoad(<its file>, [<chunks>])`).
// (wasm-split-cli 0.2.4 writes `const __chunk_<n> = makeLoad(() => {
// const src = fetch(new URL("./<file>", …)) … }, [])` and
// `export const __wasm_split_load_<split> = wrapAsyncCb(makeLoad(…, [<chunks>]))`)
const chunkFile = {};
for (const m of loader.matchAll(/const (__chunk_\d+) = makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([^"]+)"/g)) chunkFile[m[1]] = m[2];
const needs = {};
for (const m of loader.matchAll(/export const __wasm_split_load_(\w+) = wrapAsyncCb\(makeLoad\(([\s\S]*?), \[([^\]]*)\]\)\);/g)) {
  const own = /fetch\(new URL\("\.\/([^"]+)"/.exec(m[2]);
  const chunks = m[3].split(",").map((s) => s.trim()).filter(Boolean).map((c) => {
    if (!chunkFile[c]) throw new Error(`split: the loader's ${c} names no file`);
    return chunkFile[c];
  });
  needs[m[1]] = [...(own ? [own[1]] : []), ...chunks];
}
const VIEWS = { cards: "cards", timeline: "timeline", map: "map", scenarios: "learn", "self-check": "learn", about: "learn", teachers: "learn" };
const byView = {};
for (const [slug, split] of Object.entries(VIEWS)) {
  if (!needs[split]) throw new Error(`split: no module for the view ${slug} (split point ${split})`);
  byView[slug] = needs[split];
}

// A module not in 30 s after it was asked for (a stalled connection)
// fails, as the text parts do after 20 s (src/content/parts/browser.rs):
// the view then says so, with its retry, instead of its loading line for
// as long as the browser waits. A view's modules all download at once, the
// whole view in a few seconds even on slow 3G; the timer stops once its
// module is compiled. (The loader starts a failed load afresh when asked
// again. A test may shorten the wait.)
const FETCH = /\bfetch\((new URL\("\.\/[^"]+", import\.meta\.url\))\)/g;
if (loader.match(FETCH)?.length !== Object.keys(renamed).length) throw new Error("split: the loader does not fetch each module as expected");
loader =
  loader.replace(FETCH, "__ctTimedFetch($1)") +
  `
function __ctTimedFetch(url) {
    const c = new AbortController();
    const t = setTimeout(() => c.abort(new Error(\`\${url} took too long\`)), globalThis.__ctModuleTimeout || 30000);
    const res = fetch(url, { signal: c.signal });
    res.__ctDone = () => clearTimeout(t);
    return res;
}
`;

const loaderName = `split-${hash(loader)}.js`;
writeFileSync(join(dist, loaderName), loader);
// only the glue's import statements: the import object's keys stay the
// module name the wasm imports from
const FROM = /from\s*(["'])\.\/__wasm_split\.js\1/g;
if (!FROM.test(js)) throw new Error("split: the glue does not import the loader");
js = js.replace(FROM, `from "./${loaderName}"`);
writeFileSync(join(dist, glue), js);
writeFileSync(join(dist, "split.json"), JSON.stringify({ loader: loaderName, views: byView }));
console.log(`split: ${Object.keys(renamed).length} modules beside ${outName}_bg.wasm`);
