// After trunk: make dist/ run under a strict Content-Security-Policy and
// write the single-file build.
//  1. trunk's inline boot script moves to a file (script-src 'self').
//  2. index.html gets the CSP as a meta tag.
//  3. dist/explainer.html: wasm, JS, CSS and icon inlined, for file:// use
//     (its CSP allows exactly its own inline script and style by hash).
import { readFileSync, writeFileSync, readdirSync } from "node:fs";
import { createHash } from "node:crypto";
import { join } from "node:path";

const dist = process.argv[2] ?? "dist";
export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
  "object-src 'none'; base-uri 'self'; form-action 'none'";

let html = readFileSync(join(dist, "index.html"), "utf8");
const inline = html.match(/<script type="module">([\s\S]*?)<\/script>/);
if (inline) {
  const code = inline[1].trim() + "\n";
  const name = `boot-${createHash("sha256").update(code).digest("hex").slice(0, 16)}.js`;
  writeFileSync(join(dist, name), code);
  html = html.replace(inline[0], `<script type="module" src="./${name}"></script>`);
}
html = html.replaceAll(' data-integrity="none"', "");
if (!html.includes("Content-Security-Policy")) {
  html = html.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`);
}
writeFileSync(join(dist, "index.html"), html);

// ---- single file ----
const files = readdirSync(dist);
const glueName = files.find((f) => /^ct-explainer-.*\.js$/.test(f) && !f.endsWith("_bg.js"));
const wasmName = files.find((f) => f.endsWith("_bg.wasm"));
const cssNames = [...html.matchAll(/<link rel="stylesheet" href="\.\/([^"]+)"[^>]*>/g)].map((m) => m[1]);
const css = cssNames.map((n) => readFileSync(join(dist, n), "utf8")).join("\n");
const glue = readFileSync(join(dist, glueName), "utf8");
const wasm = readFileSync(join(dist, wasmName)).toString("base64");
const script =
  glue +
  `\nconst bytes = Uint8Array.from(atob("${wasm}"), (c) => c.charCodeAt(0));\n` +
  `await __wbg_init({ module_or_path: bytes });\n`;
const sha = (s) => `'sha256-${createHash("sha256").update(s).digest("base64")}'`;
const icon = "data:image/svg+xml;base64," + readFileSync(join(dist, "favicon.svg")).toString("base64");
const singleCsp = `default-src 'none'; script-src ${sha(script)} 'wasm-unsafe-eval'; style-src ${sha(css)}; img-src data:; base-uri 'none'; form-action 'none'`;
let single = html
  .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, `<meta http-equiv="Content-Security-Policy" content="${singleCsp}" />`)
  .replace(/<script type="module" src="[^"]+"><\/script>/, () => `<script type="module">${script}</script>`)
  .replace(/<link rel="modulepreload"[^>]*>/, "")
  .replace(/<link rel="preload"[^>]*>/, "")
  .replace(/<link rel="icon"[^>]*>/, `<link rel="icon" href="${icon}" type="image/svg+xml" />`);
for (const m of html.matchAll(/\s*<link rel="stylesheet"[^>]*>/g)) single = single.replace(m[0], "");
single = single.replace("</head>", () => `<style>${css}</style>\n</head>`);
writeFileSync(join(dist, "explainer.html"), single);
console.log(`postbuild: CSP set, boot script external, ${join(dist, "explainer.html")} written (${(single.length / 1024).toFixed(0)} KB)`);
