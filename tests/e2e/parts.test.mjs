// The content kept apart from the wasm (src/content/parts.rs): a first
// visit to the cards fetches none of it; a view that reads a part fetches
// it once, when first opened, and draws whole once it is here; a deep link
// to such a view draws it at the takeover with no line in between; a part
// that cannot be had says so, with a retry and the view's plain page.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { openPage, ready, useSite, axe, DIST, APP_H1, VIEW_PAGES } from "./harness.mjs";

const site = useSite();
const PARTS = readdirSync(`${DIST}parts`);
const part = (table) => PARTS.find((f) => f.startsWith(`${table}-`));
const FIRST_CASE = JSON.parse(readFileSync(`${DIST}data/content.json`, "utf8")).scenarios[0];

/** The part files a page asks for, in order, as they are asked. */
function partRequests(page) {
  const asked = [];
  page.on("request", (r) => {
    const m = /\/parts\/([^/?#]+)$/.exec(new URL(r.url()).pathname);
    if (m) asked.push(m[1]);
  });
  return asked;
}

/** Records whether the "on its way" line is ever drawn. */
async function watchWait(page) {
  await page.addInitScript(() => {
    new MutationObserver(() => {
      if (document.querySelector(".part-wait")) window.__sawWait = true;
    }).observe(document, { childList: true, subtree: true });
  });
}

const nav = (page, name) => page.getByRole("navigation", { name: "Views" }).getByRole("link", { name, exact: true });

test("the cards and the timeline fetch no part; each view that reads one fetches it once, when first opened", async () => {
  const { context, page, problems } = await openPage(site.browser, site.srv.origin);
  const asked = partRequests(page);
  await page.goto(`${site.srv.url}#/cards`);
  await ready(page);
  await nav(page, "Timeline").click();
  await page.locator(APP_H1, { hasText: "Timeline" }).waitFor();
  assert.deepEqual(asked, [], "cards and timeline read no part");

  await nav(page, "Self-check").click();
  await page.locator(APP_H1, { hasText: "Self-check" }).waitFor();
  await page.locator("fieldset.question").first().waitFor();
  assert.deepEqual(asked, [part("questions")]);

  await nav(page, "Scenarios").click();
  await page.locator(APP_H1, { hasText: "Scenarios" }).waitFor();
  await nav(page, "Map").click();
  await page.locator(APP_H1, { hasText: "map" }).waitFor();
  await page.locator(".map-canvas svg, svg.map").first().waitFor();
  await page.getByRole("link", { name: "For teachers: lesson plan and worksheet" }).click();
  await page.locator(APP_H1, { hasText: "teachers" }).waitFor();
  await nav(page, "Self-check").click();
  await page.locator(APP_H1, { hasText: "Self-check" }).waitFor();
  assert.deepEqual(
    [...asked].sort(),
    [part("questions"), part("scenarios"), part("relations"), part("lesson")].sort(),
    "each part fetched once",
  );
  assert.deepEqual(problems(), []);
  await context.close();
});

test("a deep link to a view that reads a part draws it whole at the takeover, with no line in between", async () => {
  for (const [where, heading, want] of [
    ["#/self-check", "Self-check", ["questions"]],
    [`#/scenarios?case=${FIRST_CASE.id}`, FIRST_CASE.title, ["scenarios"]],
    ["#/teachers", "teachers", ["questions", "relations", "lesson"]],
  ]) {
    const { context, page, problems } = await openPage(site.browser, site.srv.origin);
    await watchWait(page);
    const asked = partRequests(page);
    await page.goto(`${site.srv.url}${where}`);
    await ready(page);
    await page.locator(APP_H1, { hasText: heading }).waitFor();
    assert.equal(await page.evaluate(() => window.__sawWait === true), false, `${where}: no "on its way" line`);
    assert.deepEqual([...asked].sort(), want.map(part).sort(), where);
    assert.deepEqual(problems(), []);
    await context.close();
  }
});

test("the map's page asks for the relations with itself, and the app uses that answer", async () => {
  const html = readFileSync(`${DIST}${VIEW_PAGES.map}`, "utf8");
  assert.match(html, new RegExp(`<link rel="preload" href="\\./parts/${part("relations")}" as="fetch" crossorigin="anonymous"`));
  for (const name of ["index.html", VIEW_PAGES.timeline]) {
    assert.doesNotMatch(readFileSync(`${DIST}${name}`, "utf8"), /parts\//, `${name} asks for no part`);
  }
  const { context, page, problems } = await openPage(site.browser, site.srv.origin);
  await watchWait(page);
  const asked = partRequests(page);
  const warnings = [];
  page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
  await page.goto(`${site.srv.url}${VIEW_PAGES.map}#/map`);
  await ready(page);
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.__sawWait === true), false);
  assert.deepEqual(asked, [part("relations")], "asked once: the preload, which the app's request reuses");
  assert.deepEqual(warnings.filter((w) => /preload/i.test(w)), [], "no unused preload");
  assert.deepEqual(problems(), []);
  await context.close();
});

test("a part that cannot be had: the view says so, offers a retry and its plain page, and the retry draws it", async () => {
  // no service worker: its cache would answer the retries (offline.test.mjs)
  const { context, page, problems } = await openPage(site.browser, site.srv.origin, { serviceWorkers: "block" });
  // first a host that answers a missing file with its start page, then none
  let mode = "start page";
  await context.route("**/parts/**", (route) => {
    if (mode === "start page") return route.fulfill({ status: 200, contentType: "text/html", body: readFileSync(`${DIST}index.html`, "utf8") });
    if (mode === "offline") return route.abort("internetdisconnected");
    return route.continue();
  });
  await page.goto(`${site.srv.url}#/cards`);
  await ready(page);
  await nav(page, "Self-check").click();
  const alert = page.locator(".part-failed[role=alert]");
  await alert.waitFor();
  assert.match(await alert.textContent(), /could not be loaded/);
  assert.equal(await alert.getByRole("link", { name: "Read it as a plain page" }).getAttribute("href"), "self-check.html");
  assert.equal(await page.locator(APP_H1).textContent(), "Self-check", "the view's heading stays");
  assert.deepEqual(await axe(page), []);

  mode = "offline";
  await alert.getByRole("button", { name: "Try again" }).click();
  await alert.waitFor();
  assert.match(await alert.textContent(), /could not be loaded/);

  mode = "served";
  await alert.getByRole("button", { name: "Try again" }).focus();
  await page.keyboard.press("Enter");
  await alert.waitFor({ state: "detached" });
  await page.locator("fieldset.question").first().waitFor();
  // the failed requests are the browser's own console errors: nothing else
  assert.deepEqual(problems().filter((p) => !/Failed to load resource|ERR_INTERNET_DISCONNECTED/.test(p)), []);
  await context.close();
});

test("the single file carries every part: the self-check plays from a file with no server", async () => {
  const { context, page, problems } = await openPage(site.browser, site.srv.origin);
  const asked = partRequests(page);
  await page.goto(`file://${DIST}explainer.html#/teachers`);
  await ready(page);
  await page.locator(APP_H1, { hasText: "teachers" }).waitFor();
  await page.goto(`file://${DIST}explainer.html#/self-check`);
  await ready(page);
  await page.locator("fieldset.question").first().waitFor();
  assert.deepEqual(asked, []);
  assert.deepEqual(problems().filter((p) => !p.startsWith("external request: file:")), []);
  await context.close();
});

test("leaving a view before its parts arrive: they arrive, and the view now shown keeps its page", async () => {
  const { context, page, problems } = await openPage(site.browser, site.srv.origin, { serviceWorkers: "block" });
  let release;
  const held = new Promise((r) => (release = r));
  await context.route("**/parts/**", async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${site.srv.url}#/cards`);
  await ready(page);
  await nav(page, "Self-check").click();
  await page.locator(".part-wait[role=status]").waitFor();
  await nav(page, "Cards").click();
  await page.locator(APP_H1, { hasText: "Cards" }).waitFor();
  await page.evaluate(() => (document.querySelector("[data-primary]").__kept = true));
  release();
  await page.waitForFunction(() => performance.getEntriesByType("resource").filter((e) => e.name.includes("/parts/")).length === 1);
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate(() => document.querySelector("[data-primary]").__kept === true), true, "the cards keep their page");
  // and the self-check is now at hand, with no line in between
  await nav(page, "Self-check").click();
  await page.locator("fieldset.question").first().waitFor();
  assert.deepEqual(problems(), []);
  await context.close();
});
