// In-browser measurements of the release bundle (a benchmark, not a test):
// time to first render, keystroke-to-paint in the Cards search, bytes
// transferred, and JS heap. Cold cache (new context per run); medians.
import { serve, launch, DIST } from "../tests/e2e/harness.mjs";
import { median } from "./bench-util.mjs";
import { resolve } from "node:path";

const RUNS = Number(process.env.RUNS ?? 7);
// optional: another bundle, e.g. target/bench-scale-20/dist/
const dir = process.argv[2] ? resolve(process.argv[2]) + "/" : DIST;
const srv = await serve(dir);
const browser = await launch();
const first = [], interactive = [], keys = [], work = [], bytes = [], heap = [];

for (let r = 0; r < RUNS; r++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  let transferred = 0;
  cdp.on("Network.loadingFinished", (e) => (transferred += e.encodedDataLength));
  await page.goto(srv.url, { waitUntil: "commit" });
  await page.waitForSelector(".card-grid .card");
  const t = await page.evaluate(() => {
    const nav = performance.getEntriesByType("navigation")[0];
    const fcp = performance.getEntriesByName("first-contentful-paint")[0];
    return { content: performance.now() - nav.startTime, fcp: fcp ? fcp.startTime : null };
  });
  first.push(t.content);
  // interactive: the search box answers a keystroke
  await page.focus("#card-search");
  interactive.push(await page.evaluate(() => performance.now()));
  // keystroke-to-paint: input event to the frame after the DOM settles
  const samples = await page.evaluate(async () => {
    const box = document.querySelector("#card-search");
    const out = [], busy = [];
    for (const q of ["i", "in", "int", "inte", "intel", "intell", "", "f", "fi", "fin", "fina", "finan", "", "red", "red n", "red no", ""]) {
      const t0 = performance.now();
      box.value = q;
      box.dispatchEvent(new Event("input", { bubbles: true }));
      // the DOM is updated once queued reactive work has run
      await new Promise((ok) => setTimeout(ok, 0));
      busy.push(performance.now() - t0);
      // ...and on screen at the next frame, after style and layout
      await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
      out.push(performance.now() - t0);
    }
    return { out, busy };
  });
  keys.push(median(samples.out));
  work.push(median(samples.busy));
  heap.push((await page.evaluate(() => performance.memory?.usedJSHeapSize ?? 0)) / 1024 / 1024);
  bytes.push(transferred / 1024);
  await context.close();
}
await browser.close();
await srv.close();
const f = (x, u) => `${x.toFixed(1)} ${u}`;
console.log(`runs: ${RUNS} (cold cache, headless Chromium, 127.0.0.1)`);
console.log(`first render of cards (navigation start → cards in DOM): ${f(median(first), "ms")}`);
console.log(`interactive (search box focusable):                    ${f(median(interactive), "ms")}`);
console.log(`search keystroke → DOM updated (median of 17 keys):    ${f(median(work), "ms")}`);
console.log(`search keystroke → next frame painted:                  ${f(median(keys), "ms")}`);
console.log(`transferred for the first view (uncompressed server):   ${f(median(bytes), "KB")}`);
console.log(`JS heap after load:                                     ${f(median(heap), "MB")}`);
