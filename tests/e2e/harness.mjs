// Shared set-up for the browser tests: a static server for dist/ on a free
// 127.0.0.1 port (optionally under a sub-path), Debian's Chromium through
// playwright-core, and collectors for page errors, console errors and
// requests that leave the page's origin.
import { createServer } from "node:http";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { readFileSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { before, after } from "node:test";
import AxeBuilder from "@axe-core/playwright";
import { join, extname, normalize } from "node:path";
import { chromium } from "playwright-core";
import { parse } from "smol-toml";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".wasm": "application/wasm",
  ".css": "text/css",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".csv": "text/csv",
};

/** Every view: its URL slug and its heading. */
export const VIEWS = [
  ["cards", "Cards"],
  ["timeline", "Timeline"],
  ["map", "Organisation map"],
  ["scenarios", "Scenarios"],
  ["self-check", "Self-check"],
  ["about", "About & sources"],
];

export const DIST = new URL("../../dist/", import.meta.url).pathname;
/** The languages the build ships besides English (content/languages.toml),
 *  each bundle in DIST/<lang>/. */
export const SHIPPED = parse(readFileSync(new URL("../../content/languages.toml", import.meta.url), "utf8")).shipped;

/** Serve `root` at `prefix` (e.g. "/" or "/deep/path/"). No rewrites.
 *  `cors: false` sends no CORS header, as many static hosts do;
 *  `compress: true` sends brotli or gzip as the client accepts, as static
 *  hosts do (benchmarks), each file compressed once: a static host serves
 *  compressed files from its cache, and compressing on every request would
 *  count the compression (0.1–0.5 s for a large page at brotli's best) as
 *  server time in Lighthouse's simulation. */
const packed = new Map();
export async function serve(root = DIST, prefix = "/", port = 0, { cors = true, compress = false } = {}) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, "http://x");
    if (!url.pathname.startsWith(prefix)) {
      res.writeHead(404).end("not found");
      return;
    }
    let rel = decodeURIComponent(url.pathname.slice(prefix.length)) || "index.html";
    if (rel.endsWith("/")) rel += "index.html";
    const path = normalize(join(root, rel));
    if (!path.startsWith(normalize(root))) {
      res.writeHead(403).end();
      return;
    }
    try {
      const s = await stat(path);
      if (!s.isFile()) throw new Error("not a file");
      let body = await readFile(path);
      // Like GitHub Pages: CORS open, so sandboxed (opaque-origin) iframes can load modules.
      const headers = { "content-type": TYPES[extname(path)] ?? "application/octet-stream", "cache-control": "no-store" };
      if (cors) headers["access-control-allow-origin"] = "*";
      const accepts = String(req.headers["accept-encoding"] ?? "");
      const enc = !compress || body.length <= 1024 ? "" : /\bbr\b/.test(accepts) ? "br" : /\bgzip\b/.test(accepts) ? "gzip" : "";
      if (enc) {
        const key = `${path}|${enc}|${s.mtimeMs}|${s.size}`;
        if (!packed.has(key)) packed.set(key, enc === "br" ? brotliCompressSync(body) : gzipSync(body));
        body = packed.get(key);
        headers["content-encoding"] = enc;
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404).end("not found");
    }
  });
  await new Promise((ok) => server.listen(port, "127.0.0.1", ok));
  const p = server.address().port;
  return { server, origin: `http://127.0.0.1:${p}`, url: `http://127.0.0.1:${p}${prefix}`, close: () => new Promise((ok) => server.close(ok)) };
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/** A page that records problems; `problems()` lists them. */
export async function openPage(browser, origin, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console: ${m.text()}`);
  });
  page.on("request", (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith("data:") && !u.startsWith("blob:") && !u.startsWith("about:")) {
      errors.push(`external request: ${u}`);
    }
  });
  if (options.javaScriptEnabled !== false) followToViewPage(page);
  // Whatever a test checks, a view that read content kept apart before
  // it arrived (src/content/parts.rs: parts::needs misses it) fails it.
  const close = context.close.bind(context);
  context.close = async (...args) => {
    const slips = errors.filter((e) => e.includes("read before it was loaded"));
    await close(...args);
    if (slips.length) throw new Error(`content read before it was loaded: ${slips.join("; ")}`);
  };
  return { context, page, problems: () => errors };
}

/** The pages that run the app, by the long view each has drawn whole
 *  (View::page); the other views are in index.html. */
export const VIEW_PAGES = { timeline: "timeline.html", map: "map.html" };
const VIEW_SLUGS = ["cards", "timeline", "map", "scenarios", "self-check", "about", "teachers"];

/** Where the head script sends a visit to `url` (with scripts), or null
 *  if it stays: a view of VIEW_PAGES to its page, any other view from
 *  those pages to index.html. */
export function viewPageOf(url) {
  const u = new URL(url);
  if (!u.protocol.startsWith("http")) return null;
  const file = u.pathname.split("/").pop() || "index.html";
  const here = Object.entries(VIEW_PAGES).find(([, f]) => f === file)?.[0];
  if (file !== "index.html" && !here) return null;
  const m = /^#\/?([^?/]*)/.exec(u.hash);
  let view = m ? m[1].toLowerCase() : "";
  if (!view && /^#?\/?$/.test(u.hash)) view = here ?? "cards";
  if (!VIEW_SLUGS.includes(view)) view = "cards";
  const to = VIEW_PAGES[view] ?? "index.html";
  return to === file ? null : to;
}

/** page.goto resolves on the first document's load; when its head script
 *  has sent the visit on to the view's own page, wait for that one too.
 *  (A goto that changes only the fragment stays in the document: once the
 *  app has taken over, it draws the view there.) */
function followToViewPage(page) {
  const goto = page.goto.bind(page);
  page.goto = async (url, opts) => {
    const before = page.url();
    const same = before.startsWith("http") && before.split("#")[0] === url.split("#")[0];
    const ahead = same && (await page.evaluate(() => !!document.getElementById("pre")).catch(() => false));
    const res = await goto(url, opts);
    const to = viewPageOf(url);
    if (to && (!same || ahead)) {
      const hash = new URL(url).hash;
      await page.waitForURL((u) => u.pathname.endsWith(`/${to}`) && u.hash === hash, { waitUntil: opts?.waitUntil ?? "load" });
    }
    return res;
  };
}

/** The app's view heading; the page drawn ahead of time has its own
 *  <main class="pre-main"> until the app takes over. */
export const APP_H1 = "main:not(.pre-main) h1";

/** Wait until the app has taken over from the page drawn ahead of time
 *  (#pre is gone) and drawn a view (a heading exists). */
export async function ready(page) {
  await page.waitForSelector(APP_H1, { timeout: 15000 });
  // the card grid is drawn a few cards per task after the mount
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), null, { timeout: 15000 });
}

/** The usual fixture of a test file: the release bundle served at "/" on a
 *  free port, and one Chromium, for all of the file's tests. */
export function useSite() {
  const site = {};
  before(async () => {
    site.srv = await serve();
    site.browser = await launch();
  });
  after(async () => {
    await site.browser?.close();
    await site.srv?.close();
  });
  return site;
}

/** The dataset as the build exported it (dist/data/content.json). */
export function loadContent() {
  return JSON.parse(readFileSync(`${DIST}data/content.json`, "utf8"));
}

/** A list of references (views/widgets.rs, Cites): its whole text,
 * trimmed, and each link's [text, href]. */
export async function citesOf(locator) {
  return locator.evaluate((r) => ({
    text: r.textContent.trim(),
    links: [...r.querySelectorAll("a")].map((a) => [a.textContent, a.getAttribute("href")]),
  }));
}

/** axe-core violations for WCAG 2.2 AA (and below) as "rule: targets". */
export async function axe(page) {
  const r = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(" | ")}`);
}

/** Waits until the boxes of `selector` stop moving (transitions done), in a page or a frame. */
export async function settle(target, selector) {
  let last = null;
  for (let i = 0; i < 100; i++) {
    const now = await target.evaluate(
      (sel) =>
        new Promise((done) =>
          requestAnimationFrame(() =>
            requestAnimationFrame(() =>
              done(
                JSON.stringify(
                  [...document.querySelectorAll(sel)].map((e) => {
                    const r = e.getBoundingClientRect();
                    return [r.left, r.top, r.width, r.height].map((v) => Math.round(v * 2) / 2);
                  }),
                ),
              ),
            ),
          ),
        ),
      selector,
    );
    if (now === last) return;
    last = now;
  }
  throw new Error(`the boxes of ${selector} were still moving after 100 samples`);
}
