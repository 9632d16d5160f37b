// Builds the app with a synthetic dataset SCALE times larger (a benchmark
// input, never shipped): a copy of the sources in target/bench-scale-N/ in
// which every card, actor, instrument, relation and event is repeated N
// times. Copy k gets ids with the suffix "-xk" (slugs) / "Xk" (variants),
// every reference inside it points to copy k's records, and titles and names
// end in " ×k", so search, facets, the timeline and the map all grow N-fold.
//
//   node scripts/bench-scale.mjs 20     → target/bench-scale-20/dist
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { execFileSync } from "node:child_process";

const ROOT = new URL("../", import.meta.url).pathname;
const SCALE = Number(process.argv[2] ?? process.env.SCALE ?? 20);
if (!(SCALE >= 2)) throw new Error("scale must be 2 or more");
const OUT = join(ROOT, `target/bench-scale-${SCALE}`);
const TREE = join(OUT, "tree");

/** The id types that grow, and the content file holding their records. */
const SCALED = ["CardId", "ActorId", "InstrumentId", "EventId"];
const FILES = ["cards", "actors", "instruments", "relations", "events"];

rmSync(TREE, { recursive: true, force: true });
mkdirSync(TREE, { recursive: true });
for (const f of ["Cargo.toml", "Cargo.lock", "Trunk.toml", "index.html", ".cargo", "src", "style", "public", "benches", "scripts"]) {
  cpSync(join(ROOT, f), join(TREE, f), { recursive: true });
}

// ---- ids: N-1 more variants per scaled id enum ----
const idsPath = join(TREE, "src/content/ids.rs");
let ids = readFileSync(idsPath, "utf8");
for (const type of SCALED) {
  const open = ids.indexOf(`    ${type} {\n`);
  if (open < 0) throw new Error(`${type} not found in ids.rs`);
  const close = ids.indexOf("\n    }\n", open);
  const body = ids.slice(open, close);
  const variants = [...body.matchAll(/^\s+(\w+) = "([^"]+)",$/gm)];
  if (!variants.length) throw new Error(`no variants for ${type}`);
  let extra = "";
  for (let k = 2; k <= SCALE; k++) {
    for (const [, v, slug] of variants) extra += `\n        ${v}X${k} = "${slug}-x${k}",`;
  }
  ids = ids.slice(0, close) + extra + ids.slice(close);
}
writeFileSync(idsPath, ids);

// ---- records: copy k of each array, references renamed to copy k ----
for (const name of FILES) {
  const path = join(TREE, `src/content/${name}.rs`);
  const src = readFileSync(path, "utf8");
  // `use CardId as C;` → C refers to a scaled type in this file
  const aliases = [...src.matchAll(/^use (\w+) as (\w+);$/gm)].filter(([, t]) => SCALED.includes(t)).map(([, , a]) => a);
  const names = [...SCALED, ...aliases].join("|");
  const start = src.indexOf("pub static ");
  const open = src.indexOf("= &[\n", start) + 5;
  const close = src.lastIndexOf("\n];");
  const records = src.slice(open, close);
  let copies = "";
  for (let k = 2; k <= SCALE; k++) {
    copies +=
      "\n" +
      records
        .replace(new RegExp(`\\b(${names})::(\\w+)`, "g"), `$1::$2X${k}`)
        .replace(/^(\s+(?:title|name): ")((?:[^"\\]|\\.)*)"/gm, `$1$2 ×${k}"`);
  }
  writeFileSync(path, src.slice(0, close) + copies + src.slice(close));
}

// ---- build, with the pinned tools, into target/bench-scale-N/dist ----
const env = {
  ...process.env,
  PATH: `${join(ROOT, "node_modules/.bin")}:${process.env.HOME}/.cargo/bin:${process.env.PATH}`,
  // its own target dir: the copy's artifacts must never replace the real app's
  CARGO_TARGET_DIR: join(ROOT, "target/bench-scale-target"),
};
const dist = join(OUT, "dist");
execFileSync("trunk", ["build", "--release", "--dist", dist], { cwd: TREE, env, stdio: "inherit" });
execFileSync("node", [join(ROOT, "scripts/postbuild.mjs"), dist], { cwd: TREE, env, stdio: "inherit" });
const data = JSON.parse(readFileSync(join(dist, "data/content.json"), "utf8"));
console.log(`scale ×${SCALE}: ${data.cards.length} cards, ${data.events.length} events, ` +
  `${data.actors.length + data.instruments.length} nodes, ${data.relations.length} relations → ${dist}`);
