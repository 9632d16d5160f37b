// Where the takeover's main-thread time goes on a phone-like CPU: copies the
// English bundle, swaps in the same linked wasm run through wasm-bindgen with
// its names kept (the release wasm has none, and wasm-opt is skipped, so the
// times run somewhat higher than the shipped bundle's), loads a view with
// Chromium's CPU slowed 4× (Lighthouse's mobile factor) under the sampling
// profiler, and prints the time inside our functions (inclusive) and the
// browser's own work ("(program)": parsing, style, layout, paint). The
// first run after a build can read up to twice as high: run it again.
//   node scripts/profile-takeover.mjs [#/cards] [--top N]
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { serve, launch, ready, DIST } from "../tests/e2e/harness.mjs";

const args = process.argv.slice(2);
const hash = args.find((a) => a.startsWith("#")) ?? "#/cards";
const top = Number(args[args.indexOf("--top") + 1] || 0) || 25;
const ROOT = new URL("../", import.meta.url).pathname;
const linked = join(ROOT, "target/wasm32-unknown-unknown/release/ct-explainer.wasm");
if (!existsSync(linked) || !existsSync(join(DIST, "index.html"))) {
  console.error("run scripts/build.sh first (needs dist/ and the linked wasm in target/)");
  process.exit(1);
}

const dir = join(ROOT, "target/profile-takeover");
rmSync(dir, { recursive: true, force: true });
cpSync(DIST, dir, { recursive: true, filter: (p) => !/\/dist\/[a-z]{2}(\/|$)/.test(p) });
const glue = readdirSync(dir).find((f) => /^ct-explainer-[0-9a-f]+\.js$/.test(f));
// the wasm-bindgen-cli that scripts/setup.sh installs, as scripts/build.sh finds it
execFileSync("wasm-bindgen", ["--target", "web", "--keep-debug", "--no-typescript", "--out-dir", dir, "--out-name", glue.replace(/\.js$/, ""), linked], {
  stdio: "inherit",
  env: { ...process.env, PATH: `${process.env.HOME}/.cargo/bin:${process.env.PATH}` },
});
// The new wasm no longer matches the subresource hashes trunk wrote.
const html = join(dir, "index.html");
writeFileSync(html, readFileSync(html, "utf8").replace(/ integrity="[^"]*"/g, ""));

const site = await serve(dir, "/", 0);
const browser = await launch();
const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
const cdp = await page.context().newCDPSession(page);
await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
await cdp.send("Profiler.enable");
await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
await cdp.send("Profiler.start");
await page.goto(site.url + hash);
await ready(page);
await page.waitForTimeout(1000);
const { profile } = await cdp.send("Profiler.stop");
await browser.close();
await site.close();

const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const selfMs = new Map();
profile.samples.forEach((id, i) => selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
const name = (n) => n.callFrame.functionName || `(${n.callFrame.url.split("/").pop() || "anonymous"})`;
// Inclusive time per function name, each name counted once per stack.
const incl = new Map();
let busy = 0;
for (const [id, ms] of selfMs) {
  const own = name(nodes.get(id));
  if (own !== "(idle)") busy += ms;
  const seen = new Set();
  for (let x = id; x; x = parent.get(x)) {
    const f = name(nodes.get(x));
    if (!seen.has(f)) {
      seen.add(f);
      incl.set(f, (incl.get(f) ?? 0) + ms);
    }
  }
}
const ms = (v) => `${v.toFixed(0).padStart(6)} ms`;
const short = (f) => f.replace(/::h[0-9a-f]{16}$/, "").slice(0, 110);
console.log(`${hash} at 390×844, CPU 4× slower, named unoptimised wasm`);
console.log(`${ms(busy)}  main thread busy (all but idle)`);
console.log(`${ms(incl.get("(program)") ?? 0)}  (program): the browser's parsing, style, layout, paint`);
console.log(`${ms(incl.get("(garbage collector)") ?? 0)}  (garbage collector)\n`);
console.log("inside the app (inclusive):");
const ours = [...incl].filter(([f]) => /^ct_explainer::|^<ct_explainer::/.test(f)).sort((a, b) => b[1] - a[1]);
for (const [f, v] of ours.slice(0, top)) console.log(`${ms(v)}  ${short(f)}`);
