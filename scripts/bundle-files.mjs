// The files of the served bundle, relative to dist/, sorted: everything but
// the service worker itself and the separate single-file download. Shared by
// the service worker's cache list and the LMS packages. The other languages'
// bundles (dist/<lang>/ beside the English root) are their own bundles and
// never part of this one: a learner downloads only the language shown.
import { readdirSync } from "node:fs";
import { join } from "node:path";

export const LANGS = ["en", "fr", "es", "ru", "zh", "ar"];

export function bundleFiles(dist) {
  const walk = (dir, pre = "") =>
    readdirSync(join(dist, dir), { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(dir, e.name), `${pre}${e.name}/`) : [`${pre}${e.name}`],
    );
  return walk(".")
    .filter((f) => f !== "sw.js" && f !== "explainer.html" && !LANGS.includes(f.split("/")[0]))
    .sort();
}
