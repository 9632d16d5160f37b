// Side-by-side benchmark (not a test): our release bundle against the usual
// way of building the same explainer, TimelineJS for the timeline and
// cytoscape.js for the map, showing the same events and graph. Everything is
// served from one 127.0.0.1 server; each run uses a fresh browser context
// with the cache disabled; pages alternate; medians are reported with the
// ratio ours/reference. `SCALE=20` repeats the reference data 20 times and
// measures our app built with the same ×20 synthetic dataset
// (scripts/bench-scale.mjs, built on demand into target/bench-scale-20/).
//
//   make bench            (builds first)     RUNS=7 node scripts/bench-compare.mjs
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { median, compressedSizes } from "./bench-util.mjs";
import { serve, launch, DIST } from "../tests/e2e/harness.mjs";

const ROOT = new URL("../", import.meta.url).pathname;
const RUNS = Number(process.env.RUNS ?? 5);
const OUT = join(ROOT, "target/bench-site");
const SCALE = Number(process.env.SCALE ?? 1);
const data = JSON.parse(readFileSync(join(DIST, "data/content.json"), "utf8"));
// our app at the same scale: the real bundle, or one built with N× the data
const APP = SCALE > 1 ? join(ROOT, `target/bench-scale-${SCALE}/dist`) : DIST;
if (SCALE > 1 && (process.env.REBUILD || !existsSync(join(APP, "index.html")))) {
  execFileSync("node", [join(ROOT, "scripts/bench-scale.mjs"), String(SCALE)], { stdio: "inherit" });
}

// ---- the reference pages, generated from the same data ----
rmSync(OUT, { recursive: true, force: true });
mkdirSync(join(OUT, "ref"), { recursive: true });
cpSync(APP, join(OUT, "app"), { recursive: true });
cpSync(join(ROOT, "node_modules/@knight-lab/timelinejs/dist"), join(OUT, "ref/timelinejs"), { recursive: true });
cpSync(join(ROOT, "node_modules/cytoscape/dist/cytoscape.min.js"), join(OUT, "ref/cytoscape.min.js"));

function timelinePage(scale) {
  const events = [];
  for (let k = 0; k < scale; k++) {
    for (const e of data.events) {
      events.push({
        start_date: { year: e.date.year + (k ? k * 0.001 : 0) | 0, month: e.date.month ?? undefined, day: e.date.day ?? undefined },
        text: { headline: e.title + (k ? ` (${k})` : ""), text: `${e.text}<p><small>${e.reference}</small></p>` },
      });
    }
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>TimelineJS reference</title>
<link rel="stylesheet" href="timelinejs/css/timeline.css"><link rel="icon" href="data:,">
<style>html,body{height:100%;margin:0}#tl{height:640px}</style></head><body>
<div id="tl"></div>
<script src="timelinejs/js/timeline.js"></script>
<script>
  window.timeline = new TL.Timeline("tl", { events: ${JSON.stringify(events)} },
    { script_path: "timelinejs/js/", font: null, language: "en", hash_bookmark: false });
</script></body></html>`;
}

function mapPage(scale) {
  const slug = (n) => `${n.type === "actor" ? "a" : "i"}-${n.id}`;
  const els = [];
  for (let k = 0; k < scale; k++) {
    const s = k ? `-${k}` : "";
    for (const a of data.actors) els.push({ data: { id: `a-${a.id}${s}`, label: a.short } });
    for (const i of data.instruments) els.push({ data: { id: `i-${i.id}${s}`, label: i.short } });
    data.relations.forEach((r, j) => els.push({ data: { id: `e${j}${s}`, source: slug(r.from) + s, target: slug(r.to) + s } }));
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>cytoscape reference</title><link rel="icon" href="data:,">
<style>html,body{margin:0}#cy{width:100%;height:720px}</style></head><body>
<div id="cy"></div>
<script src="cytoscape.min.js"></script>
<script>
  window.cy = cytoscape({ container: document.getElementById("cy"), elements: ${JSON.stringify(els)},
    style: [{ selector: "node", style: { label: "data(label)", shape: "round-rectangle", width: "label", padding: 6 } },
            { selector: "edge", style: { "curve-style": "bezier", "target-arrow-shape": "triangle" } },
            { selector: ".faded", style: { opacity: 0.2 } }],
    layout: { name: "cose", animate: false, randomize: false } });
  cy.one("render", () => (window.__rendered = performance.now()));
</script></body></html>`;
}

writeFileSync(join(OUT, "ref/timeline.html"), timelinePage(SCALE));
writeFileSync(join(OUT, "ref/map.html"), mapPage(SCALE));

// ---- measuring ----
const srv = await serve(OUT + "/", "/");
const browser = await launch();

async function measure(kind) {
  // no service worker: its install would cache the whole bundle (and data)
  // after first render and blur the first-view byte count
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: "block" });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  const urls = new Set();
  page.on("requestfinished", (r) => urls.add(r.url()));
  const pages = {
    "app-timeline": ["app/timeline.html#/timeline", ".tl-event"],
    "app-map": ["app/map.html#/map", ".map-canvas .node"],
    "ref-timeline": ["ref/timeline.html", ".tl-slide, .tl-timemarker"],
    "ref-map": ["ref/map.html", "#cy canvas"],
  };
  const [path, selector] = pages[kind];
  await page.goto(srv.url + path, { waitUntil: "commit" });
  await page.waitForSelector(selector, { timeout: 30000 });
  if (kind === "ref-map") await page.waitForFunction(() => window.__rendered);
  const first = await page.evaluate(() => performance.now() - performance.getEntriesByType("navigation")[0].startTime);
  // interactive: the main thread answers a task
  const interactive = await page.evaluate(() => new Promise((ok) => setTimeout(() => ok(performance.now()), 0)));
  // response to the main interaction, until the next frame
  const frame = "new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)))";
  let response;
  if (kind === "app-timeline") {
    response = await page.evaluate(`(async () => { const t = performance.now(); [...document.querySelectorAll("button")].find((b) => b.textContent === "Zoom in").click(); await ${frame}; return performance.now() - t; })()`);
  } else if (kind === "ref-timeline") {
    response = await page.evaluate(`(async () => { const t = performance.now(); document.querySelector(".tl-menubar-button:first-child, .tl-icon-zoom-in")?.click(); await ${frame}; return performance.now() - t; })()`);
  } else if (kind === "app-map") {
    response = await page.evaluate(`(async () => { const t = performance.now(); document.querySelector("#node-a-interpol").dispatchEvent(new MouseEvent("click", { bubbles: true })); await ${frame}; return performance.now() - t; })()`);
  } else {
    response = await page.evaluate(`(async () => { const t = performance.now(); const n = cy.$("#a-interpol"); n.select(); cy.elements().addClass("faded"); n.closedNeighborhood().removeClass("faded"); await ${frame}; return performance.now() - t; })()`);
  }
  const heap = (await page.evaluate(() => performance.memory?.usedJSHeapSize ?? 0)) / 1048576;
  // bytes for what was loaded to show this view, from the files themselves
  let raw = 0, gz = 0, br = 0;
  for (const u of urls) {
    const p = new URL(u).pathname;
    if (!p.startsWith("/")) continue;
    let buf;
    try {
      buf = readFileSync(join(OUT, decodeURIComponent(p.endsWith("/") ? p + "index.html" : p)));
    } catch {
      continue;
    }
    const c = compressedSizes(buf);
    raw += c.raw;
    gz += c.gzip;
    br += c.brotli;
  }
  await context.close();
  return { first, interactive, response, heap, raw: raw / 1024, gz: gz / 1024, br: br / 1024 };
}

const kinds = ["app-timeline", "ref-timeline", "app-map", "ref-map"];
const results = Object.fromEntries(kinds.map((k) => [k, []]));
for (let r = 0; r < RUNS; r++) {
  // alternate the order each run: the machine is noisy
  for (const k of r % 2 ? [...kinds].reverse() : kinds) results[k].push(await measure(k));
}
await browser.close();
await srv.close();

const fields = [
  ["first", "first render (ms)"],
  ["interactive", "interactive (ms)"],
  ["response", "zoom / select → next frame (ms)"],
  ["heap", "JS heap (MB)"],
  ["raw", "bytes raw (KB)"],
  ["gz", "bytes gzip (KB)"],
  ["br", "bytes brotli (KB)"],
];
const med = (k, f) => median(results[k].map((x) => x[f]));
console.log(`${new Date().toISOString().slice(0, 10)} · ${RUNS} runs · scale ×${SCALE} (ours and the references) · headless Chromium, 127.0.0.1, cache off`);
console.log("| measure | ours: timeline | TimelineJS | ratio | ours: map | cytoscape | ratio |");
console.log("|---|---|---|---|---|---|---|");
for (const [f, label] of fields) {
  const a = med("app-timeline", f), b = med("ref-timeline", f), c = med("app-map", f), d = med("ref-map", f);
  console.log(`| ${label} | ${a.toFixed(1)} | ${b.toFixed(1)} | ${(a / b).toFixed(2)} | ${c.toFixed(1)} | ${d.toFixed(1)} | ${(c / d).toFixed(2)} |`);
}
