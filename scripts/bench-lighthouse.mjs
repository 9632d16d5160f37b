// Lighthouse 13, mobile defaults (simulated slow 4G, 4x CPU slowdown), on
// our cards, timeline and map views and, in the same run, on the
// TimelineJS and cytoscape.js reference pages that scripts/bench-compare.mjs
// builds from the same data (into target/bench-site/). Debian's Chromium,
// everything served from one 127.0.0.1 server. Medians of RUNS runs.
//
//   make bench       RUNS=3 node scripts/bench-lighthouse.mjs
import { cpSync, existsSync, readdirSync, rmSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";
import { median } from "./bench-util.mjs";
import { serve, DIST } from "../tests/e2e/harness.mjs";

const ROOT = new URL("../", import.meta.url).pathname;
const SITE = join(ROOT, "target/bench-site");
const RUNS = Number(process.env.RUNS ?? 3);
if (!existsSync(join(SITE, "ref/timeline.html"))) {
  // the reference pages come from the same data as the app: build them
  execFileSync("node", [join(ROOT, "scripts/bench-compare.mjs")], { stdio: "inherit", env: { ...process.env, RUNS: "1", SCALE: "1" } });
}

// always the bundle just built (bench-compare may have left a x20 one)
rmSync(join(SITE, "app"), { recursive: true, force: true });
cpSync(DIST, join(SITE, "app"), { recursive: true });

const PAGES = [
  // each view at its own page (View::page), as the app's links name it
  ["our cards", "app/index.html#/cards"],
  ["our timeline", "app/timeline.html#/timeline"],
  ["our map", "app/map.html#/map"],
  // an older link form: the start page sends the visit on to the timeline's
  ["our timeline via index.html", "app/index.html#/timeline"],
  ["TimelineJS page", "ref/timeline.html"],
  ["cytoscape page", "ref/map.html"],
];

// compressed, as any static host serves it: from its cache, so each file
// is compressed once before the runs (see harness.mjs's serve)
const srv = await serve(SITE + "/", "/", 0, { compress: true });
const warm = async (dir, deep) => {
  for (const e of readdirSync(join(SITE, dir), { withFileTypes: true })) {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) {
      if (deep) await warm(rel, deep);
    } else if (deep || !e.name.endsWith(".html") || ["index.html", "timeline.html", "map.html"].includes(e.name)) {
      // (our app's pages and code; not the single file or the plain pages)
      await fetch(`${srv.url}${rel}`, { headers: { "accept-encoding": "br" } }).then((r) => r.arrayBuffer());
    }
  }
};
for (const dir of new Set(PAGES.map(([, p]) => p.split("/")[0]))) await warm(dir, dir === "ref");
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
});
const results = [];
try {
  for (const [name, path] of PAGES) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const { lhr } = await lighthouse(`${srv.url}${path}`, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility"],
      });
      if (lhr.runtimeError) throw new Error(`${name}: ${lhr.runtimeError.message}`);
      runs.push({
        lcp: lhr.audits["largest-contentful-paint"].numericValue,
        fcp: lhr.audits["first-contentful-paint"].numericValue,
        tbt: lhr.audits["total-blocking-time"].numericValue,
        cls: lhr.audits["cumulative-layout-shift"].numericValue,
        perf: lhr.categories.performance.score * 100,
        a11y: lhr.categories.accessibility.score * 100,
      });
    }
    const m = (k) => median(runs.map((r) => r[k]));
    results.push({ name, lcp: m("lcp"), fcp: m("fcp"), tbt: m("tbt"), cls: m("cls"), perf: m("perf"), a11y: m("a11y") });
  }
} finally {
  await chrome.kill();
  await srv.close();
}

const refLcp = Math.min(...results.filter((r) => !r.name.startsWith("our")).map((r) => r.lcp));
const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
console.log(`\nLighthouse ${(await import("lighthouse/package.json", { with: { type: "json" } })).default.version}, mobile defaults, median of ${RUNS}, ${new Date().toISOString().slice(0, 10)}`);
console.log("| page | LCP | FCP | TBT | CLS | performance | accessibility | LCP / best reference |");
console.log("|---|---|---|---|---|---|---|---|");
for (const r of results) {
  const ratio = r.name.startsWith("our") ? `${(r.lcp / refLcp).toFixed(2)}×` : "";
  console.log(`| ${r.name} | ${s(r.lcp)} | ${s(r.fcp)} | ${Math.round(r.tbt)} ms | ${r.cls.toFixed(3)} | ${Math.round(r.perf)} | ${Math.round(r.a11y)} | ${ratio} |`);
}
