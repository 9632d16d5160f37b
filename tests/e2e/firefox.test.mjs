// The same bundle in Firefox ESR (Debian's), driven headless by
// puppeteer-core over WebDriver BiDi: every view over http, and the single
// file from file:// with every network request refused.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { pathToFileURL } from "node:url";
import puppeteer from "puppeteer-core";
import { serve, DIST } from "./harness.mjs";

const FIREFOX = process.env.FIREFOX ?? "/usr/bin/firefox-esr";
let srv, browser;
before(async () => {
  srv = await serve();
  browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: {
      // a dead proxy for everything: any request off the machine fails
      "network.proxy.type": 1,
      "network.proxy.http": "127.0.0.1",
      "network.proxy.http_port": 9,
      "network.proxy.ssl": "127.0.0.1",
      "network.proxy.ssl_port": 9,
      "network.proxy.no_proxies_on": "127.0.0.1",
      "network.proxy.allow_hijacking_localhost": false,
    },
  });
});
after(async () => {
  await browser?.close();
  await srv?.close();
});

async function page(allowed) {
  const p = await browser.newPage();
  const problems = [];
  p.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  p.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
  p.on("request", (r) => !allowed(r.url()) && problems.push(`request: ${r.url()}`));
  return { p, problems };
}

test("Firefox: every view renders over http with no error and no outside request", async () => {
  const { p, problems } = await page((u) => u.startsWith(srv.origin) || u.startsWith("data:"));
  for (const [view, sel] of [["cards", ".card-grid .card"], ["timeline", ".tl-event"], ["map", ".map-canvas .node"], ["self-check", ".question-item"], ["about", ".sections li"]]) {
    await p.goto(`${srv.url}#/${view}`);
    await p.waitForSelector("main:not(.pre-main) h1", { timeout: 20000 });
    await p.waitForSelector(sel, { timeout: 20000 });
  }
  await p.goto(`${srv.url}#/cards?q=interpol`);
  await p.waitForSelector(".card-grid mark", { timeout: 20000 });
  assert.deepEqual(problems, []);
  await p.close();
});

test("Firefox: the single file works from file:// with the network refused", async () => {
  const { p, problems } = await page((u) => u.startsWith("file:") || u.startsWith("data:"));
  const url = pathToFileURL(`${DIST}explainer.html`).href;
  await p.goto(`${url}#/cards?q=red%20notice`);
  await p.waitForSelector("main:not(.pre-main) h1", { timeout: 20000 });
  await p.waitForSelector(".card-grid .card", { timeout: 20000 });
  assert.ok((await p.$$eval(".card-grid .card", (c) => c.length)) > 0);
  await p.goto(`${url}#/map?node=a:nato`);
  await p.waitForSelector("#node-title", { timeout: 20000 });
  assert.deepEqual(problems, []);
  await p.close();
});
