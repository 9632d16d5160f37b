// The README's screenshots, from the release bundle in dist/: each view on
// a laptop (1280x800) and a phone (390x844), light and dark, and the map
// and timeline embedded in a 900x500 iframe. Writes docs/shots/*.png.
//   node scripts/screenshots.mjs [outdir]
import { mkdirSync } from "node:fs";
import { serve, launch } from "../tests/e2e/harness.mjs";

const out = process.argv[2] ?? new URL("../docs/shots/", import.meta.url).pathname;
mkdirSync(out, { recursive: true });
const VIEWS = [
  ["cards", "#/cards?q=interpol&card=red-notices"],
  ["timeline", "#/timeline?event=2001-unscr-1373"],
  ["map", "#/map?node=a:interpol"],
  ["scenarios", "#/scenarios?case=money-trail&path=a"],
  ["self-check", "#/self-check"],
];
const SIZES = [
  ["desktop", { width: 1280, height: 800 }],
  ["phone", { width: 390, height: 844, isMobile: true }],
];

const srv = await serve();
const browser = await launch();
const shot = async (options, url, file, setup) => {
  const { isMobile, ...viewport } = options.viewport;
  const context = await browser.newContext({ ...options, viewport, isMobile: !!isMobile, hasTouch: !!isMobile, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector(setup?.wait ?? "main:not(.pre-main) h1");
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${out}${file}.png` });
  await context.close();
};
for (const [name, frag] of VIEWS) {
  for (const [size, viewport] of SIZES) {
    for (const scheme of ["light", "dark"]) {
      await shot({ viewport, colorScheme: scheme }, `${srv.url}${frag}`, `${name}-${size}-${scheme}`);
    }
  }
}
// each other shipped language: the timeline and the map on a laptop, the
// cards on a phone (light), and the timeline on a laptop in dark
import { readdirSync, existsSync } from "node:fs";
const DIST = new URL("../dist/", import.meta.url).pathname;
const view = (n) => VIEWS.find((v) => v[0] === n)[1];
const size = (n) => SIZES.find((s) => s[0] === n)[1];
for (const lang of readdirSync(DIST).filter((d) => existsSync(`${DIST}${d}/index.html`))) {
  for (const [name, sz, scheme] of [["timeline", "desktop", "light"], ["map", "desktop", "light"], ["cards", "phone", "light"], ["timeline", "desktop", "dark"]]) {
    const file = `${lang}-${name}-${sz}${scheme === "dark" ? "-dark" : ""}`;
    await shot({ viewport: size(sz), colorScheme: scheme }, `${srv.url}${lang}/${view(name)}`, file);
  }
}
// embedded, as an LMS page shows it
for (const name of ["timeline", "map", "scenarios"]) {
  const host = `${srv.origin}/host-${name}.html`;
  const context = await browser.newContext({ viewport: { width: 940, height: 560 } });
  const page = await context.newPage();
  await page.route(host, (r) =>
    r.fulfill({
      contentType: "text/html",
      body: `<!doctype html><html lang="en"><title>LMS</title><body style="margin:20px;background:#ddd"><iframe title="Explainer" src="${srv.url}#/${name}?embed=1" width="900" height="500" style="border:0;background:#fff"></iframe>`,
    }),
  );
  await page.goto(host);
  await page.frameLocator("iframe").locator("main:not(.pre-main) h1").waitFor();
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${out}${name}-embedded.png` });
  await context.close();
}
await browser.close();
await srv.close();
console.log(`screenshots in ${out}`);
