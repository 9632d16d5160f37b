// Each view's code a wasm module of its own (src/shell/code.rs,
// scripts/split.mjs): a page fetches the main module and the modules of the
// view it shows, each once, and no other view's; another view's modules
// come when it first opens; a module that cannot be had says so, with a
// retry that draws the view.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { openPage, ready, useSite, axe, DIST, APP_H1, VIEW_PAGES } from "./harness.mjs";

const site = useSite();
const MAIN = readdirSync(DIST).find((f) => f.endsWith("_bg.wasm"));
const BOOT = readdirSync(DIST).find((f) => /^boot-[0-9a-f]+\.js$/.test(f));
/** Each view's modules, as the boot script preloads them. */
const MODULES = JSON.parse(/\((\{[^)]*\})\)\[document/.exec(readFileSync(DIST + BOOT, "utf8"))[1]);

/** The wasm files a page asks for, in order. */
function wasmRequests(page) {
  const asked = [];
  page.on("request", (r) => {
    const f = new URL(r.url()).pathname.split("/").pop();
    if (f.endsWith(".wasm")) asked.push(f);
  });
  return asked;
}

const nav = (page, name) => page.getByRole("navigation", { name: "Views" }).getByRole("link", { name, exact: true });
const sorted = (xs) => [...xs].sort();

test("the build split the wasm: every view has modules, the long views' differ, and each is in the bundle", () => {
  for (const v of ["cards", "timeline", "map", "scenarios", "self-check", "about", "teachers"]) {
    assert.ok(MODULES[v]?.length > 0, `${v} has modules`);
    for (const f of MODULES[v]) assert.ok(readdirSync(DIST).includes(f), `${f} is in the bundle`);
  }
  const own = (v) => MODULES[v].find((f) => f.startsWith("split_"));
  assert.equal(new Set(["cards", "timeline", "map"].map(own)).size, 3, "cards, timeline and map each have a module of their own");
});

test("each page fetches the main module and its view's modules, once each, and no other view's", async () => {
  for (const [url, view, heading] of [
    ["#/cards", "cards", "Cards"],
    [`${VIEW_PAGES.timeline}#/timeline`, "timeline", "Timeline"],
    [`${VIEW_PAGES.map}#/map`, "map", "map"],
  ]) {
    const { context, page, problems } = await openPage(site.browser, site.srv.origin);
    const asked = wasmRequests(page);
    const warnings = [];
    page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
    await page.goto(`${site.srv.url}${url}`);
    await ready(page);
    await page.locator(APP_H1, { hasText: heading }).waitFor();
    await page.waitForTimeout(300);
    assert.deepEqual(sorted(asked), sorted([MAIN, ...MODULES[view]]), `${view}: the main module and its own, once each`);
    assert.deepEqual(warnings.filter((w) => /preload/i.test(w)), [], `${view}: every preloaded module used`);
    assert.deepEqual(problems(), []);
    await context.close();
  }
});

test("another view's modules come when it first opens, and only once", async () => {
  const { context, page, problems } = await openPage(site.browser, site.srv.origin, { serviceWorkers: "block" });
  const asked = wasmRequests(page);
  await page.goto(`${site.srv.url}#/cards`);
  await ready(page);
  const first = asked.length;
  await nav(page, "Map").click();
  await page.locator(APP_H1, { hasText: "map" }).waitFor();
  await page.locator(".map-canvas svg, svg.map").first().waitFor();
  const toMap = asked.slice(first);
  assert.deepEqual(sorted(toMap), sorted(MODULES.map.filter((f) => !MODULES.cards.includes(f))), "the map's modules the cards did not bring");
  await nav(page, "Cards").click();
  await page.locator(APP_H1, { hasText: "Cards" }).waitFor();
  await nav(page, "Map").click();
  await page.locator(".map-canvas svg, svg.map").first().waitFor();
  assert.equal(asked.length, first + toMap.length, "nothing fetched again");
  assert.deepEqual(problems(), []);
  await context.close();
});

test("a view module that cannot be had: the view says so, and the retry draws it", async () => {
  const { context, page, problems } = await openPage(site.browser, site.srv.origin, { serviceWorkers: "block" });
  const own = MODULES.timeline.find((f) => f.startsWith("split_"));
  let offline = true;
  await context.route(`**/${own}`, (route) => (offline ? route.abort("internetdisconnected") : route.continue()));
  await page.goto(`${site.srv.url}#/cards`);
  await ready(page);
  await nav(page, "Timeline").click();
  const alert = page.locator(".part-failed[role=alert]");
  await alert.waitFor();
  assert.match(await alert.textContent(), /could not be loaded/);
  assert.equal(await page.locator(APP_H1).textContent(), "Timeline", "the view's heading stays");
  assert.ok(await alert.getByRole("link", { name: "Read it as a plain page" }).getAttribute("href"));
  assert.deepEqual(await axe(page), []);

  offline = false;
  await alert.getByRole("button", { name: "Try again" }).focus();
  await page.keyboard.press("Enter");
  await alert.waitFor({ state: "detached" });
  await page.locator(APP_H1, { hasText: "Timeline" }).waitFor();
  await page.locator(".band, .timeline-band, [data-band]").first().waitFor({ timeout: 10000 }).catch(() => {});
  assert.ok((await page.locator("main:not(.pre-main) li, main:not(.pre-main) article").count()) > 5, "the timeline is drawn");
  // the failed request is the browser's own console error, and the
  // loader's report of it: nothing else
  assert.deepEqual(problems().filter((p) => !/Failed to load resource|ERR_INTERNET_DISCONNECTED|Failed to fetch/.test(p)), []);
  await context.close();
});

test("a view module that never comes: after the wait the view says so, and the retry draws it", async () => {
  const { context, page, problems } = await openPage(site.browser, site.srv.origin, { serviceWorkers: "block" });
  // the loader gives up after 30 s; here after 1.5 s
  await context.addInitScript(() => (globalThis.__ctModuleTimeout = 1500));
  const own = MODULES.map.find((f) => f.startsWith("split_"));
  let stalled = true;
  const held = [];
  // a connection that never answers: the request is held, not refused
  await context.route(`**/${own}`, (route) => (stalled ? held.push(route) : route.continue()));
  await page.goto(`${site.srv.url}#/cards`);
  await ready(page);
  const asked = Date.now();
  await nav(page, "Map").click();
  const alert = page.locator(".part-failed[role=alert]");
  await alert.waitFor({ timeout: 10000 });
  assert.ok(held.length >= 1, "the module was asked for and held");
  assert.ok(Date.now() - asked >= 1400, `gave up after ${Date.now() - asked} ms, before the wait was over`);
  assert.match(await alert.textContent(), /could not be loaded/);
  assert.match(await page.locator(APP_H1).textContent(), /map/i, "the view's heading stays");

  stalled = false;
  await alert.getByRole("button", { name: "Try again" }).click();
  await alert.waitFor({ state: "detached" });
  await page.locator(".map-canvas svg, svg.map").first().waitFor();
  // past the wait, the modules that came are not cut off: views still open
  await page.waitForTimeout(2000);
  await nav(page, "Cards").click();
  await page.locator(APP_H1, { hasText: "Cards" }).waitFor();
  await nav(page, "Map").click();
  await page.locator(".map-canvas svg, svg.map").first().waitFor();
  assert.equal(await page.locator(".part-failed").count(), 0, "no view failed");
  assert.deepEqual(problems().filter((p) => !/took too long|signal is aborted|AbortError/.test(p)), []);
  await context.close();
});

test("a host that serves the wasm under another type: every module still loads, from its bytes", async () => {
  const { context, page, problems } = await openPage(site.browser, site.srv.origin, { serviceWorkers: "block" });
  await context.route("**/*.wasm", async (route) => {
    const res = await route.fetch();
    await route.fulfill({ response: res, headers: { ...res.headers(), "content-type": "application/octet-stream" } });
  });
  await page.goto(`${site.srv.url}#/cards`);
  await ready(page);
  await page.locator(APP_H1, { hasText: "Cards" }).waitFor();
  await nav(page, "Map").click();
  await page.locator(".map-canvas svg, svg.map").first().waitFor();
  await nav(page, "Self-check").click();
  await page.locator("fieldset.question").first().waitFor();
  assert.equal(await page.locator(".part-failed").count(), 0, "no view failed");
  assert.deepEqual(problems(), []);
  await context.close();
});
