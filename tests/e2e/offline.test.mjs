// Offline after the first visit (service worker at top level only), and a
// new version replacing the old cache cleanly.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve, launch, openPage, ready, DIST } from "./harness.mjs";

let browser, dir, srv;
before(async () => {
  browser = await launch();
  // a private copy, so the version test can change it
  dir = mkdtempSync(join(tmpdir(), "ct-dist-"));
  cpSync(DIST, dir, { recursive: true });
  srv = await serve(dir + "/", "/course/explainer/");
});
after(async () => {
  await browser?.close();
  await srv?.close();
  rmSync(dir, { recursive: true, force: true });
});

test("after the first visit every view works offline", async () => {
  const { context, page, problems } = await openPage(browser, srv.origin);
  await page.goto(`${srv.url}#/cards`);
  await ready(page);
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  assert.equal(scope, srv.url, "registered with the page's own (relative) scope");
  await page.waitForFunction(async () => (await caches.keys()).some((k) => k.startsWith("ct-explainer-")));
  await context.setOffline(true);
  for (const view of ["cards", "timeline", "map", "about"]) {
    await page.goto("about:blank").catch(() => {});
    await page.goto(`${srv.url}#/${view}`);
    await ready(page);
  }
  await page.goto(`${srv.url}#/cards?q=nato`);
  await ready(page);
  assert.ok((await page.locator(".card-grid .card").count()) > 0);
  // the plain pages are files of their own: offline each opens itself, not
  // the app's start page
  for (const file of ["scenarios.html", "about.html", "self-check.html", "teachers.html", "all-cards.html", "all-events.html", "all-relations.html"]) {
    await page.goto(`${srv.url}${file}`);
    const own = await page.evaluate(() => ({
      heading: (document.querySelector("section.pre-apart h1")?.textContent ?? "").length > 0,
      cards: document.querySelectorAll(".card-grid .card").length,
    }));
    assert.deepEqual(own, { heading: true, cards: file === "all-cards.html" ? own.cards : 0 }, `${file} offline`);
    if (file === "all-cards.html") assert.ok(own.cards > 60, "every card, offline");
  }
  assert.deepEqual(problems(), []);
  await context.close();
});

test("a new version replaces the old cache", async () => {
  const { context, page } = await openPage(browser, srv.origin);
  await page.goto(srv.url);
  await ready(page);
  await page.evaluate(async () => navigator.serviceWorker.ready);
  await page.waitForFunction(async () => (await caches.keys()).length === 1);
  const [old] = await page.evaluate(() => caches.keys());
  // deploy "a new version": same files, new cache version
  const sw = readFileSync(join(dir, "sw.js"), "utf8").replace(/ct-explainer-[0-9a-f]{16}/, "ct-explainer-00000000000new01");
  writeFileSync(join(dir, "sw.js"), sw);
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  await page.waitForFunction(async () => {
    const k = await caches.keys();
    return k.length === 1 && k[0] === "ct-explainer-00000000000new01";
  });
  assert.notEqual(old, "ct-explainer-00000000000new01");
  await page.reload();
  await ready(page);
  await context.close();
});

test("no service worker inside an iframe", async () => {
  const { context, page } = await openPage(browser, srv.origin);
  await page.route(`${srv.origin}/host.html`, (r) =>
    r.fulfill({ contentType: "text/html", body: `<!doctype html><title>h</title><iframe id="f" title="E" src="${srv.url}#/cards"></iframe>` }),
  );
  await page.goto(`${srv.origin}/host.html`);
  await page.frameLocator("#f").locator("main:not(.pre-main) h1").waitFor();
  await page.waitForTimeout(300);
  const regs = await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length);
  assert.equal(regs, 0);
  await context.close();
});
