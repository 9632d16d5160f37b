// Prints raw, gzip and brotli sizes of the bundle's wasm, JS, CSS and HTML.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, extname } from "node:path";
import { compressedSizes } from "./bench-util.mjs";

const dir = process.argv[2] ?? "dist";
const kinds = { ".wasm": "wasm", ".js": "JS", ".css": "CSS", ".html": "HTML" };
const totals = {};
for (const name of readdirSync(dir)) {
  const path = join(dir, name);
  const kind = kinds[extname(name)];
  // explainer.html is the separate single-file download, not page weight
  if (!kind || name === "explainer.html" || !statSync(path).isFile()) continue;
  const buf = readFileSync(path);
  const t = (totals[kind] ??= { raw: 0, gzip: 0, brotli: 0 });
  const c = compressedSizes(buf);
  for (const f of ["raw", "gzip", "brotli"]) t[f] += c[f];
}
const kb = (n) => (n / 1024).toFixed(1).padStart(8) + " KB";
console.log("kind        raw         gzip        brotli");
let all = { raw: 0, gzip: 0, brotli: 0 };
for (const [k, t] of Object.entries(totals)) {
  console.log(k.padEnd(6) + kb(t.raw) + kb(t.gzip) + kb(t.brotli));
  for (const f of ["raw", "gzip", "brotli"]) all[f] += t[f];
}
console.log("total ".padEnd(6) + kb(all.raw) + kb(all.gzip) + kb(all.brotli));
