// The files of the served bundle, relative to dist/, sorted: everything but
// the service worker itself and the separate single-file download. Shared by
// the service worker's cache list and the LMS packages.
import { readdirSync } from "node:fs";
import { join } from "node:path";

export function bundleFiles(dist) {
  const walk = (dir, pre = "") =>
    readdirSync(join(dist, dir), { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(dir, e.name), `${pre}${e.name}/`) : [`${pre}${e.name}`],
    );
  return walk(".").filter((f) => f !== "sw.js" && f !== "explainer.html").sort();
}
