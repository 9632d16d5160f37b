// After trunk and the page drawn ahead of time (src/bin/prerender.rs):
// make dist/ run under a strict Content-Security-Policy and write the
// single-file build.
//  1. trunk's inline boot script moves to a file (script-src 'self').
//  2. The pages that run the app (index.html, timeline.html, map.html: each
//     with one long view, or its first screen) get the CSP as a meta tag,
//     the icon, and in the page only the rules their HTML can use
//     (css-critical.mjs); the rest of the sheet (app-<hash>.css, one a
//     page) comes with the app's code, after the first paint.
//  3. The plain pages (about.html…, all-cards.html…) get the whole sheet
//     in the page and no script at all.
//  4. wasm-bindgen's JS glue is minified (terser): 55 KB as written, with
//     every binding's doc comment, where 25 KB does the same.
//  5. dist/explainer.html (every view whole, from the prerender): wasm, JS
//     and CSS inlined, for file:// use (its CSP allows exactly its own
//     inline script and style by hash).
// The wasm comes split (scripts/split.mjs, before the prerender): the boot
// script also fetches, at once, the modules of the view the page shows
// (split.json), and the single file carries every module.
import { readFileSync, writeFileSync, readdirSync, unlinkSync, existsSync } from "node:fs";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { bundleFiles } from "./bundle-files.mjs";
import { minifyCss } from "./css-min.mjs";
import { criticalCss, lateCss } from "./css-critical.mjs";
import { minify } from "terser";

const dist = process.argv[2] ?? "dist";
export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
  "object-src 'none'; base-uri 'self'; form-action 'none'";

let html = readFileSync(join(dist, "index.html"), "utf8");
// the view modules each view needs (scripts/split.mjs)
const splitPath = join(dist, "split.json");
if (!existsSync(splitPath)) throw new Error("postbuild: split.json is missing: run scripts/split.mjs after trunk");
const split = JSON.parse(readFileSync(splitPath, "utf8"));
unlinkSync(splitPath);
// as split.mjs wrote it: the single file joins it to the glue's module
const loaderSource = readFileSync(join(dist, split.loader), "utf8");
// every document the prerender wrote beside index.html, from the same template
const wholePath = join(dist, "explainer.html");
if (!existsSync(wholePath)) throw new Error("postbuild: the prerender's explainer.html (every view whole) is missing");
let whole = readFileSync(wholePath, "utf8");
const inline = html.match(/<script type="module">([\s\S]*?)<\/script>/);
// Offline after the first visit: a service worker at relative scope, only at
// top level over http(s) (never in an iframe, never from file://).
const REGISTER = `
if ("serviceWorker" in navigator && window.top === window && location.protocol.startsWith("http")) {
  navigator.serviceWorker.register("./sw.js", { scope: "./" }).catch(() => {});
}
`;
// The page drawn ahead of time paints first; only then does the app's code
// start to download (on a slow link it would compete with the page's CSS):
// the head script adds the boot module after the first paint (or 1.5 s).
// With it comes the rest of the stylesheet (the page's own <style> holds
// only the rules its HTML can use, and stays: the two together draw as the
// whole sheet does); the boot module holds the app until it is in.
const loadAfterPaint = (src, sheet) =>
  `;(function(){var done=0;function go(){if(done++)return;var l=document.createElement("link");l.rel="stylesheet";l.href=${JSON.stringify(sheet)};` +
  `window.ctSheet=new Promise(function(r){l.onload=l.onerror=r});document.head.appendChild(l);` +
  `var s=document.createElement("script");s.type="module";s.src=${JSON.stringify(src)};document.head.appendChild(s)}` +
  `try{if(performance.getEntriesByType("paint").length)go();else new PerformanceObserver(function(l,o){o.disconnect();go()}).observe({type:"paint"})}catch(e){go()}setTimeout(go,1500)})()`;
let bootSrc;
if (inline) {
  // the wasm downloads while the rest of the stylesheet arrives; the app starts
  // once both are in (window.ctSheet: see loadAfterPaint)
  const START = /await init\(\{ module_or_path: ('[^']+') \}\)/;
  if (!START.test(inline[1])) throw new Error("postbuild: trunk's boot script does not start the wasm as expected");
  // The modules of the view the page shows (data-pre, set by the head
  // script) come beside the main one: preloaded, the loader's own fetch of
  // each (mode cors, same-origin credentials) takes the preloaded answer.
  const PRELOAD =
    `for (const f of (${JSON.stringify(split.views)})[document.documentElement.getAttribute("data-pre")] || []) {\n` +
    `  const l = document.createElement("link");\n  l.rel = "preload"; l.as = "fetch"; l.crossOrigin = "anonymous"; l.href = "./" + f;\n` +
    `  document.head.appendChild(l);\n}\n`;
  const code =
    PRELOAD +
    inline[1].trim().replace(START, "await init({ module_or_path: Promise.all([fetch($1), window.ctSheet]).then((a) => a[0]) })") + "\n" + REGISTER;
  const name = `boot-${createHash("sha256").update(code).digest("hex").slice(0, 16)}.js`;
  writeFileSync(join(dist, name), code);
  bootSrc = `./${name}`;
}

// The glue, minified in place before anything hashes or inlines it (the
// service worker's version, the single file). Its name keeps trunk's hash
// of the unminified glue, which changes whenever the glue does. Exports
// and the import object's keys are names the wasm and the boot script use,
// so only local names are mangled (terser never renames properties);
// `__wbg_init` keeps its name, which the single file's script calls.
const glueFile = readdirSync(dist).find((f) => /^ct-explainer-.*\.js$/.test(f) && !f.endsWith("_bg.js"));
if (!glueFile) throw new Error("postbuild: wasm-bindgen's JS glue is missing");
{
  const src = readFileSync(join(dist, glueFile), "utf8");
  const out = await minify(src, { module: true, ecma: 2020, compress: { passes: 2 }, mangle: { reserved: ["__wbg_init", "initSync"] }, format: { comments: false } });
  if (!out.code || !/function __wbg_init\b/.test(out.code)) throw new Error("postbuild: minifying the glue failed");
  writeFileSync(join(dist, glueFile), out.code);
  // and the split's loader (its exports are names the wasm imports)
  const min = await minify(loaderSource, { module: true, ecma: 2020, compress: { passes: 2 }, format: { comments: false } });
  if (!min.code) throw new Error("postbuild: minifying the split's loader failed");
  writeFileSync(join(dist, split.loader), min.code);
}

// The styles in the page itself, instead of a dozen stylesheets: each is
// render-blocking and a phone pays a round trip per request; and when the
// HTML is parsed before a separate sheet arrives, the browser lays out the
// whole unstyled page (every view at once) to find the URL's fragment.
// Same order, one <style>, minified, allowed by its hash.
const LINK = /\s*<link rel="stylesheet" href="\.\/([^"]+\.css)"[^>]*>/g;
const links = [...html.matchAll(LINK)];
if (!links.length) throw new Error("postbuild: no stylesheet in index.html");
const css = minifyCss(links.map((m) => readFileSync(join(dist, m[1]), "utf8")).join("\n"));
for (const m of links) unlinkSync(join(dist, m[1]));

// The icon in the page too: a phone would fetch it while the page paints,
// and Lighthouse counts every request started before the largest paint as
// holding it up (LCP 40-55 ms later than FCP, 2026-12-05).
const ICON_LINK = /<link rel="icon"[^>]*>/;
const iconSvg = readFileSync(join(dist, "favicon.svg"), "utf8").trim().replaceAll('"', "'");
const icon = `<link rel="icon" href="data:image/svg+xml,${iconSvg.replace(/[<>#%\n]/g, encodeURIComponent)}" type="image/svg+xml" />`;

/** What every document gets: the styles and the icon in the page. */
const withStylesAndIcon = (doc) => {
  let first = true;
  if (!ICON_LINK.test(doc)) throw new Error("postbuild: a page has no icon link");
  return doc
    .replaceAll(' data-integrity="none"', "")
    .replace(LINK, () => (first ? ((first = false), `\n    <style>${css}</style>`) : ""))
    .replace(ICON_LINK, () => icon);
};
/** And those that run the app: the boot script as a file, no early wasm
 *  download (see loadAfterPaint). */
const prepare = (doc) => {
  if (inline) doc = doc.replace(inline[0], `<script type="module" src="${bootSrc}"></script>`);
  return withStylesAndIcon(doc.replace(/\s*<link rel="preload"[^>]*as="fetch" type="application\/wasm"[^>]*>/, ""));
};
whole = prepare(whole);

// The one inline script, in the head: it shows the view the URL names in
// the page drawn ahead of time, or sends the visit to the page that has
// it. The CSP allows it by hash; each page's differs (its own view).
const sha = (s) => `'sha256-${createHash("sha256").update(s).digest("base64")}'`;
const headOf = (doc, name) => {
  const s = doc.match(/<script>([\s\S]*?)<\/script>/)?.[1];
  if (s === undefined) throw new Error(`postbuild: the head script of ${name} is missing`);
  return s;
};
if (!bootSrc) throw new Error("postbuild: trunk's boot script is missing");
const isApart = (doc) => doc.includes('class="pre-view pre-apart"');
const appPages = readdirSync(dist).filter(
  (f) => f.endsWith(".html") && f !== "explainer.html" && !isApart(readFileSync(join(dist, f), "utf8")),
);
for (const need of ["index.html", "timeline.html", "map.html"]) {
  if (!appPages.includes(need)) throw new Error(`postbuild: the prerender's ${need} is missing`);
}
// The plain pages and the single file keep the whole stylesheet in the
// page; each page that runs the app loads, with the app, what its own
// <style> lacks (css-critical.mjs, lateCss).
for (const name of appPages) {
  // comments are for the template's readers, not a phone's first window
  let doc = (name === "index.html" ? prepare(html) : prepare(readFileSync(join(dist, name), "utf8")))
    .replace(/\s*<!--[\s\S]*?-->/g, "");
  if (!doc.includes('<section class="pre-view pre-home"')) throw new Error(`postbuild: ${name} has no view drawn ahead of time`);
  // Only the rules this page's HTML can use: on slow 4G the page then fits
  // in fewer round trips (README, "Content before code"). The rest comes
  // with the app, before it draws.
  const own = criticalCss(css, doc.replace(`<style>${css}</style>`, ""));
  const late = lateCss(css, doc.replace(`<style>${css}</style>`, ""));
  const sheet = `app-${createHash("sha256").update(late).digest("hex").slice(0, 16)}.css`;
  writeFileSync(join(dist, sheet), late);
  doc = doc.replace(`<style>${css}</style>`, () => `<style>${own}</style>`);
  const headScript = headOf(doc, name);
  // the boot module comes from the head script, after the first paint
  // (the single file inlines it instead)
  const servedHead = headScript + loadAfterPaint(bootSrc, `./${sheet}`);
  const csp = CSP.replace("script-src 'self'", `script-src 'self' ${sha(servedHead)}`).replace(
    "style-src 'self'",
    `style-src 'self' ${sha(own)}`,
  );
  const served = doc
    .replace(`<script>${headScript}</script>`, () => `<script>${servedHead}</script>`)
    .replace(/\s*<script type="module" src="[^"]+"><\/script>/, "")
    .replace(/\s*<link rel="modulepreload"[^>]*>/, "")
    .replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${csp}" />`);
  writeFileSync(join(dist, name), served);
}

// The plain pages of the views drawn apart: read without scripts, so none.
const plainCsp = `default-src 'self'; script-src 'none'; style-src ${sha(css)}; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'none'`;
const apart = readdirSync(dist).filter((f) => f.endsWith(".html") && f !== "explainer.html" && !appPages.includes(f));
if (!apart.length) throw new Error("postbuild: no plain page of a view drawn apart");
for (const name of apart) {
  const doc = withStylesAndIcon(readFileSync(join(dist, name), "utf8"));
  if (!isApart(doc)) throw new Error(`postbuild: ${name} is not a plain page of a view`);
  const plain = doc
    .replace(/\s*<script\b[^>]*>[\s\S]*?<\/script>/g, "")
    .replace(/\s*<link rel="(?:modulepreload|preload)"[^>]*>/g, "")
    .replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${plainCsp}" />`);
  writeFileSync(join(dist, name), plain);
}

// ---- service worker: versioned cache of this exact bundle ----
const assets = bundleFiles(dist);
const version = createHash("sha256");
for (const f of assets) version.update(f).update(readFileSync(join(dist, f)));
const VERSION = version.digest("hex").slice(0, 16);
writeFileSync(
  join(dist, "sw.js"),
  `// Generated by scripts/postbuild.mjs. Bundle version ${VERSION}.
const CACHE = "ct-explainer-${VERSION}";
const ASSETS = ${JSON.stringify(["./", ...assets.map((a) => "./" + a)])};
self.addEventListener("install", (e) => {
  e.waitUntil(caches.open(CACHE).then((c) => c.addAll(ASSETS)).then(() => self.skipWaiting()));
});
self.addEventListener("activate", (e) => {
  // a new version replaces the old cleanly: drop every other version's cache
  e.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("ct-explainer-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});
self.addEventListener("fetch", (e) => {
  const req = e.request;
  if (req.method !== "GET" || new URL(req.url).origin !== location.origin) return;
  if (req.mode === "navigate") {
    // the page itself: network first (picks up new versions); offline, the
    // cached copy of that page (a plain page such as about.html is its own
    // file), else the app's start page
    e.respondWith(
      fetch(req).catch(() =>
        caches.match(req, { cacheName: CACHE, ignoreSearch: true }).then((hit) => hit || caches.match("./", { cacheName: CACHE })),
      ),
    );
    return;
  }
  // hashed assets never change: cache first
  e.respondWith(caches.match(req, { cacheName: CACHE, ignoreSearch: true }).then((hit) => hit || fetch(req)));
});
`,
);

// ---- single file ----
const files = readdirSync(dist);
const wasmName = files.find((f) => f.endsWith("_bg.wasm"));
const glue = readFileSync(join(dist, glueFile), "utf8");
const wasm = readFileSync(join(dist, wasmName)).toString("base64");
// the text kept apart from the wasm (src/content/parts.rs), which a file
// opened from disk cannot fetch: in the page, where the app looks first
const partsDir = join(dist, "parts");
const parts = Object.fromEntries(readdirSync(partsDir).map((f) => [f, readFileSync(join(partsDir, f), "utf8")]));
if (Object.keys(parts).length === 0) throw new Error("postbuild: no content parts in dist/parts");
// The split's loader joins the glue's module: its import of the glue's
// initSync is the glue's own, the glue's imports of it are its exports, and
// it instantiates each view module from bytes in the page, not a fetch.
const IMPORT_LOADER = /import\s*\*\s*as\s*([\w$]+)\s*from\s*["']\.\/split-[0-9a-f]+\.js["'];?/g;
const IMPORT_GLUE = /import\s*\{\s*initSync\s*\}\s*from\s*["']\.\/ct-explainer-[0-9a-f]+\.js["'];?/;
const FETCH = /__ctTimedFetch\(new URL\("\.\/([^"]+)", import\.meta\.url\)\)/g;
if (!IMPORT_GLUE.test(loaderSource) || !FETCH.test(loaderSource)) throw new Error("postbuild: the split's loader is not as expected");
const loaderExports = [...loaderSource.matchAll(/^export const (\w+) =/gm)].map((m) => m[1]);
if (!loaderExports.length) throw new Error("postbuild: the split's loader exports nothing");
const modules = Object.fromEntries(
  readdirSync(dist).filter((f) => /^(split|chunk)_\w+-[0-9a-f]+\.wasm$/.test(f)).map((f) => [f, readFileSync(join(dist, f)).toString("base64")]),
);
const loader = loaderSource
  .replace(IMPORT_GLUE, "")
  .replaceAll("\nexport const ", "\nconst ")
  .replace(FETCH, (_, f) => `__ctFetch(${JSON.stringify(f)})`);
const namespace = `{ ${loaderExports.join(", ")} }`;
let loaderAs;
const glueJoined = glue.replace(IMPORT_LOADER, (_, name) => { loaderAs ??= name; return `const ${name}=__ctSplit;`; });
if (!loaderAs) throw new Error("postbuild: the glue does not import the split's loader");
const script =
  `const __ctModules = ${JSON.stringify(modules)};\n` +
  `const __ctFetch = (f) => Promise.resolve(new Response(Uint8Array.from(atob(__ctModules[f]), (c) => c.charCodeAt(0)), { headers: { "Content-Type": "application/wasm" } }));\n` +
  loader + `\nconst __ctSplit = ${namespace};\n` +
  glueJoined +
  `\nglobalThis.__ctParts = ${JSON.stringify(parts).replace(/</g, "\\u003c")};\n` +
  `\nconst bytes = Uint8Array.from(atob("${wasm}"), (c) => c.charCodeAt(0));\n` +
  `await __wbg_init({ module_or_path: bytes });\n`;
const singleCsp = `default-src 'none'; script-src ${sha(headOf(whole, "explainer.html"))} ${sha(script)} 'wasm-unsafe-eval'; style-src ${sha(css)}; img-src data:; base-uri 'none'; form-action 'none'`;
let single = whole
  .replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${singleCsp}" />`)
  .replace(/<script type="module" src="[^"]+"><\/script>/, () => `<script type="module">${script}</script>`)
  .replace(/<link rel="modulepreload"[^>]*>/, "")
  .replace(/<link rel="preload"[^>]*>/, "");
writeFileSync(join(dist, "explainer.html"), single);
console.log(`postbuild: CSP set, boot script external, ${join(dist, "explainer.html")} written (${(single.length / 1024).toFixed(0)} KB)`);
