// At home anywhere: embedded by a page on another origin (plain and
// sandboxed iframes), auto-height messages, the embed dialog, the strict
// CSP, and the single-file build opened from file:// with no network.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { pathToFileURL } from "node:url";
import { serve, launch, openPage, ready, DIST, axe } from "./harness.mjs";

const VIEWS = ["cards", "timeline", "map", "scenarios", "self-check", "about"];
let srv, host, browser;

// Records CSP violations and errors in every frame, from the first script on.
const WATCH = () => {
  window.__problems = [];
  addEventListener("securitypolicyviolation", (e) => window.__problems.push(`csp: ${e.violatedDirective} ${e.blockedURI}`));
  addEventListener("error", (e) => window.__problems.push(`error: ${e.message}`));
  addEventListener("unhandledrejection", (e) => window.__problems.push(`rejection: ${e.reason}`));
};

before(async () => {
  srv = await serve();
  browser = await launch();
  // the "LMS": another origin that embeds the app and logs what it hears
  host = createServer((req, res) => {
    const u = new URL(req.url, "http://x");
    const view = u.searchParams.get("view") ?? "cards";
    const sandbox = u.searchParams.get("sandbox") === "1" ? ' sandbox="allow-scripts"' : "";
    const frag = u.searchParams.get("frag") ?? `#/${view}?embed=1`;
    res.writeHead(200, { "content-type": "text/html" });
    res.end(`<!doctype html><html lang="en"><title>LMS page</title>
      <script>window.__msgs = []; addEventListener("message", (e) => window.__msgs.push(e.data));</script>
      <h1>Course page</h1><a href="#before">before</a>
      <iframe id="f" title="Explainer" src="${srv.url}${frag}"${sandbox} width="1200" height="600"></iframe>
      <a href="#after" id="after">after</a></html>`);
  });
  await new Promise((ok) => host.listen(0, "127.0.0.1", ok));
});
after(async () => {
  await browser?.close();
  await srv?.close();
  await new Promise((ok) => host.close(ok));
});

const hostUrl = (view, sandbox) => `http://127.0.0.1:${host.address().port}/?view=${view}&sandbox=${sandbox ? 1 : 0}`;

for (const sandbox of [false, true]) {
  test(`every view works embedded on another origin${sandbox ? " in a sandboxed iframe" : ""}`, async () => {
    const { context, page, problems } = await openPage(browser, `http://127.0.0.1:${host.address().port}`);
    await context.addInitScript(WATCH);
    for (const view of VIEWS) {
      await page.goto(hostUrl(view, sandbox));
      const frame = page.frameLocator("#f");
      await frame.locator("main:not(.pre-main) h1").waitFor();
      assert.equal(await frame.locator(".site-header").count(), 0, "compact layout, no site header");
      const open = frame.getByRole("link", { name: /Open full explainer/ });
      assert.equal(await open.getAttribute("target"), "_blank");
      assert.doesNotMatch(await open.getAttribute("href"), /embed=1/);
      if (sandbox) assert.ok(await frame.locator(".embed-bar .storage-note").isVisible(), "told that settings are not kept");
      const f = page.frames().find((x) => x.url().startsWith(srv.url));
      assert.deepEqual(await f.evaluate(() => window.__problems), [], view);
    }
    assert.deepEqual(problems().filter((p) => !p.startsWith("external request")), []);
    await context.close();
  });
}

test("height messages reach the parent in H5P and Canvas formats and follow filter changes", async () => {
  const { context, page } = await openPage(browser, `http://127.0.0.1:${host.address().port}`);
  await page.goto(hostUrl("cards", true));
  const frame = page.frameLocator("#f");
  // the app's grid, every card drawn (the page drawn ahead of time shows
  // one first; text typed into it before the takeover is not kept)
  await frame.locator("main:not(.pre-main) .card-grid .card").first().waitFor();
  await frame.locator('[aria-busy="true"]').waitFor({ state: "detached" });
  await page.waitForFunction(() => window.__msgs.some((m) => m?.subject === "lti.frameResize"));
  const heights = () => page.evaluate(() => window.__msgs.filter((m) => m?.subject === "lti.frameResize").map((m) => m.height));
  const h5p = await page.evaluate(() => window.__msgs.filter((m) => m?.context === "h5p").map((m) => m.action));
  assert.ok(h5p.includes("hello") && h5p.includes("resize"), `H5P actions: ${h5p}`);
  const tall = (await heights()).at(-1);
  assert.ok(tall > 1500, `all cards are tall: ${tall}`);
  await frame.getByLabel("Search cards").fill("red notice");
  await page.waitForFunction((t) => {
    const hs = window.__msgs.filter((m) => m?.subject === "lti.frameResize").map((m) => m.height);
    return hs.at(-1) < t;
  }, tall);
  // H5P handshake: hello → prepareResize; and hostile messages are ignored
  const before = await page.evaluate(() => window.__msgs.length);
  await page.evaluate(() => {
    const w = document.querySelector("#f").contentWindow;
    for (const m of [null, 42, "hello", { context: 5 }, { context: "h5p", action: { toString: 1 } }, [1, 2]]) w.postMessage(m, "*");
    w.postMessage({ context: "h5p", action: "hello" }, "*");
  });
  await page.waitForFunction((n) => window.__msgs.slice(n).some((m) => m?.context === "h5p" && m.action === "prepareResize"), before);
  const replies = await page.evaluate((n) => window.__msgs.slice(n).filter((m) => m?.action === "prepareResize").length, before);
  assert.equal(replies, 1, "only the well-formed hello is answered");
  await context.close();
});

test("a deep link to an event and a window works inside a sandboxed iframe", async () => {
  const { context, page } = await openPage(browser, `http://127.0.0.1:${host.address().port}`);
  const frag = encodeURIComponent("#/timeline?event=2014-global-coalition&win=2000-2020&embed=1");
  await page.goto(`${hostUrl("timeline", true)}&frag=${frag}`);
  const frame = page.frameLocator("#f");
  await frame.locator("#event-title").waitFor();
  assert.match(await frame.locator("#event-title").textContent(), /Coalition/);
  assert.match(await frame.locator(".tl-window").textContent(), /2000–2020/);
  await context.close();
});

test("keyboard focus enters and leaves the embedded app", async () => {
  const { context, page } = await openPage(browser, `http://127.0.0.1:${host.address().port}`);
  await page.goto(hostUrl("timeline", false));
  await page.frameLocator("#f").locator("main:not(.pre-main) h1").waitFor();
  await page.focus("a[href='#before']");
  await page.keyboard.press("Tab");
  // focus is now inside the frame; Tab through all of it and out again
  let out = false;
  for (let i = 0; i < 200 && !out; i++) {
    await page.keyboard.press("Tab");
    out = await page.evaluate(() => document.activeElement?.id === "after");
  }
  assert.ok(out, "Tab leaves the iframe: nothing traps focus");
  await context.close();
});

test("the strict CSP is in index.html and nothing violates it on any view", async () => {
  const { context, page, problems } = await openPage(browser, srv.origin);
  await context.addInitScript(WATCH);
  for (const view of VIEWS) {
    await page.goto("about:blank");
    await page.goto(`${srv.url}#/${view}`);
    await ready(page);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    // one inline script (the head's, showing the view the URL names before
    // the app takes over), allowed by its hash and nothing else
    assert.match(csp, /default-src 'self'; script-src 'self' 'sha256-[A-Za-z0-9+/]+=*' 'wasm-unsafe-eval'; style-src 'self'/);
    assert.deepEqual(await page.evaluate(() => window.__problems), [], view);
  }
  // interactions that set inline geometry (timeline zoom) stay within the CSP
  await page.goto(`${srv.url}#/timeline`);
  await ready(page);
  // exact: a cluster's name ("3 events, 2001: zoom in to see them") contains "zoom in" too
  await page.getByRole("button", { name: "Zoom in", exact: true }).click();
  assert.deepEqual(await page.evaluate(() => window.__problems), []);
  assert.deepEqual(problems(), []);
  await context.close();
});

test("the embed dialog gives a ready iframe for the current view and state", async () => {
  const { context, page } = await openPage(browser, srv.origin);
  await page.goto(`${srv.url}#/cards?q=nato&theme=military-diplomacy`);
  await ready(page);
  await page.getByRole("button", { name: "Embed this view" }).click();
  const dialog = page.getByRole("dialog", { name: "Embed this view" });
  await dialog.waitFor();
  const code = await dialog.getByLabel("Embed code").inputValue();
  assert.match(code, /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/#\/cards\?q=nato&amp;theme=military-diplomacy&amp;embed=1"/);
  assert.match(code, /title="Counterterrorism cooperation explainer: Cards"/);
  assert.match(code, /loading="lazy"/);
  assert.match(code, /allow="fullscreen"/);
  assert.deepEqual(await axe(page), []);
  await dialog.getByRole("button", { name: "Copy code" }).click();
  assert.match(await dialog.locator(".embed-status").textContent(), /Copied/);
  await page.keyboard.press("Escape");
  await page.waitForFunction(() => !document.querySelector("dialog[open]"));
  await context.close();
});

test("on a phone the embed dialog opens from the menu at the code's start; Escape closes the dialog, then the menu, focus going back each time", async () => {
  const { context, page, problems } = await openPage(browser, srv.origin, { viewport: { width: 390, height: 844 } });
  await page.goto(`${srv.url}#/timeline?range=2014-2019`);
  await ready(page);
  await page.getByRole("button", { name: "Menu" }).click();
  await page.getByRole("button", { name: "Embed this view" }).click();
  const dialog = page.getByRole("dialog", { name: "Embed this view" });
  await dialog.waitFor();
  // the code box shows its start ("<iframe src=" was scrolled out of sight)
  const box = await dialog.getByLabel("Embed code").evaluate((t) => ({ top: t.scrollTop, left: t.scrollLeft, start: t.value.slice(0, 12) }));
  assert.deepEqual(box, { top: 0, left: 0, start: "<iframe src=" });
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), "Copy code");
  // the first Escape is the dialog's (it closed the menu behind it)
  await page.keyboard.press("Escape");
  await page.waitForFunction(() => !document.querySelector("dialog[open]"));
  assert.equal(await page.locator("#site-menu").evaluate((m) => m.classList.contains("open")), true, "the menu stays open under the closed dialog");
  assert.equal(await page.evaluate(() => document.activeElement?.classList.contains("embed-open")), true, "focus back on the Embed button");
  // the second is the menu's
  await page.keyboard.press("Escape");
  await page.waitForFunction(() => !document.querySelector("#site-menu.open"));
  assert.equal(await page.evaluate(() => document.activeElement?.classList.contains("menu-toggle")), true, "focus back on the menu button");
  assert.deepEqual(problems(), []);
  await context.close();
});

test("the single file works from file:// with the network blocked", async () => {
  const context = await browser.newContext({ offline: true });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await context.route("**/*", (route) => (route.request().url().startsWith("file:") ? route.continue() : route.abort()));
  page.on("request", (r) => !r.url().startsWith("file:") && !r.url().startsWith("data:") && errors.push(`request: ${r.url()}`));
  const url = pathToFileURL(`${DIST}explainer.html`).href;
  for (const view of ["cards", "timeline", "map"]) {
    await page.goto(`${url}#/${view}`);
    await ready(page);
  }
  await page.goto(`${url}#/cards?q=interpol`);
  await ready(page);
  assert.ok((await page.locator(".card-grid .card").count()) > 0);
  assert.notEqual(await page.evaluate(() => getComputedStyle(document.body).fontFamily), "", "styles are inlined");
  assert.deepEqual(errors, []);
  await context.close();
});
