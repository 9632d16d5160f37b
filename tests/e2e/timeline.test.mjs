// The Timeline: keyboard movement in date order, details, deep links, zoom,
// the shared year range narrowing the cards, the narrow layout, the table.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage, ready, useSite, loadContent, axe } from "./harness.mjs";

const data = loadContent();
const iso = (d) => [d.year, d.month, d.day].filter((x) => x != null).map((x, i) => String(x).padStart(i ? 2 : 4, "0")).join("-");
const EVENTS = data.events;
const site = useSite();

const focusedTime = (page) => page.evaluate(() => document.activeElement?.querySelector("time")?.getAttribute("datetime"));

test("arrow keys move between events in date order; Home, End; Enter opens", async () => {
  const { context, page, problems } = await openPage(site.browser, site.srv.origin, { viewport: { width: 1400, height: 900 } });
  await page.goto(`${site.srv.url}#/timeline`);
  await ready(page);
  assert.equal(await page.locator(".tl-track time").count(), EVENTS.length, "all events visible at full zoom");
  // exactly one event is in the tab order (roving tabindex)
  assert.equal(await page.locator('.tl-event[tabindex="0"]').count(), 1);
  await page.locator('.tl-event[tabindex="0"]').focus();
  assert.equal(await focusedTime(page), iso(EVENTS[0].date));
  for (let i = 1; i < 5; i++) {
    await page.keyboard.press("ArrowRight");
    await page.waitForFunction((d) => document.activeElement?.querySelector("time")?.getAttribute("datetime") === d, iso(EVENTS[i].date));
  }
  await page.keyboard.press("ArrowLeft");
  await page.waitForFunction((d) => document.activeElement?.querySelector("time")?.getAttribute("datetime") === d, iso(EVENTS[3].date));
  await page.keyboard.press("End");
  await page.waitForFunction((d) => document.activeElement?.querySelector("time")?.getAttribute("datetime") === d, iso(EVENTS.at(-1).date));
  await page.keyboard.press("Home");
  await page.waitForFunction((d) => document.activeElement?.querySelector("time")?.getAttribute("datetime") === d, iso(EVENTS[0].date));
  await page.keyboard.press("Enter");
  await page.locator("#event-title").waitFor();
  assert.equal(await page.locator("#event-title").textContent(), EVENTS[0].title);
  assert.match(await page.locator(".event-detail").textContent(), new RegExp(EVENTS[0].reference.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
  assert.match(page.url(), new RegExp(`event=${EVENTS[0].id}`));
  assert.equal(await page.evaluate(() => document.activeElement.id), "event-title");
  await page.keyboard.press("Escape");
  await page.waitForFunction(() => !document.querySelector("#event-title"));
  assert.deepEqual(problems(), []);
  await context.close();
});

test("deep link to an event and a zoom window; the event links into Cards and Map", async () => {
  const { context, page, problems } = await openPage(site.browser, site.srv.origin, { viewport: { width: 1400, height: 900 } });
  const ev = EVENTS.find((e) => e.id === "2001-unscr-1373");
  await page.goto(`${site.srv.url}#/timeline?event=${ev.id}&win=1995-2010`);
  await ready(page);
  assert.equal(await page.locator("#event-title").textContent(), ev.title);
  assert.match(await page.locator(".tl-window").textContent(), /1995–2010/);
  const times = await page.locator(".tl-track time").evaluateAll((ts) => ts.map((t) => +t.getAttribute("datetime").slice(0, 4)));
  assert.ok(times.length > 0 && times.every((y) => y >= 1995 && y <= 2010), `only events in the window: ${times}`);
  // into Cards
  const cardTitle = data.cards.find((c) => c.id === ev.cards[0]).title;
  await page.locator(".event-detail").getByRole("link", { name: cardTitle }).click();
  await page.locator("#detail-title").waitFor();
  assert.equal(await page.locator("#detail-title").textContent(), cardTitle);
  await page.goBack();
  await page.locator("#event-title").waitFor();
  // into the Map
  if (ev.actors.length) {
    const name = data.actors.find((a) => a.id === ev.actors[0]).name;
    await page.locator(".event-detail").getByRole("link", { name }).click();
    await page.locator("#node-title").waitFor();
    assert.equal(await page.locator("#node-title").textContent(), name);
  }
  assert.deepEqual(problems(), []);
  await context.close();
});

test("zoom buttons, ctrl+wheel zoom, plain wheel scrolls the page", async () => {
  const { context, page } = await openPage(site.browser, site.srv.origin, { viewport: { width: 1400, height: 700 } });
  await page.goto(`${site.srv.url}#/timeline`);
  await ready(page);
  const windowText = () => page.locator(".tl-window").textContent();
  assert.match(await windowText(), /1920–2026/);
  await page.getByRole("button", { name: "Zoom in" }).click();
  await page.waitForFunction(() => !/1920–2026/.test(document.querySelector(".tl-window").textContent));
  await page.waitForFunction(() => /win=\d{4}-\d{4}/.test(location.hash));
  await page.getByRole("button", { name: "Zoom to fit" }).click();
  await page.selectOption("#tl-era", "isis");
  await page.waitForFunction(() => /2013–2020/.test(document.querySelector(".tl-window").textContent));
  await page.selectOption("#tl-era", "all");
  await page.waitForFunction(() => /1920–2026/.test(document.querySelector(".tl-window").textContent));
  const box = await page.locator(".tl-track").boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + 20);
  const before = await windowText();
  const scrollBefore = await page.evaluate(() => scrollY);
  await page.mouse.wheel(0, 300);
  await page.waitForFunction((y) => scrollY > y, scrollBefore);
  assert.equal(await windowText(), before, "plain wheel does not zoom");
  await page.keyboard.down("Control");
  await page.mouse.wheel(0, -200);
  await page.keyboard.up("Control");
  await page.waitForFunction((b) => document.querySelector(".tl-window").textContent !== b, before);
  await context.close();
});

test("dragging the axis pans it", async () => {
  const { context, page } = await openPage(site.browser, site.srv.origin, { viewport: { width: 1400, height: 900 } });
  await page.goto(`${site.srv.url}#/timeline?win=1990-2010`);
  await ready(page);
  const box = await page.locator(".tl-track").boundingBox();
  const y = box.y + box.height - 40;
  await page.mouse.move(box.x + 700, y);
  await page.mouse.down();
  await page.mouse.move(box.x + 400, y, { steps: 5 });
  await page.mouse.up();
  await page.waitForFunction(() => !/1990–2010/.test(document.querySelector(".tl-window").textContent));
  const [a, b] = (await page.locator(".tl-window").textContent()).match(/\d{4}/g).map(Number);
  assert.ok(a > 1990 && b - a === 20, `panned later keeping the span: ${a}-${b}`);
  await context.close();
});

test("the year range narrows the timeline, the cards and the map, and lives in the URL", async () => {
  const { context, page, problems } = await openPage(site.browser, site.srv.origin, { viewport: { width: 1400, height: 900 } });
  await page.goto(`${site.srv.url}#/timeline`);
  await ready(page);
  // keyboard on the "To" handle: End then ArrowLeft moves it year by year
  await page.locator("#range-to").focus();
  await page.keyboard.press("Home");
  for (let i = 0; i < 30; i++) await page.keyboard.press("ArrowRight");
  await page.waitForFunction(() => location.hash.includes("range=1920-1950"));
  const inRange = EVENTS.filter((e) => e.date.year <= 1950).length;
  await page.waitForFunction((n) => document.querySelectorAll(".tl-track time").length === n, inRange);
  assert.match(await page.locator(".result-count").textContent(), new RegExp(`^${inRange} events? shown`));
  // the cards narrow too
  await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Cards" }).click();
  await page.locator("main h1", { hasText: "Cards" }).waitFor();
  const n = await page.locator(".card-grid > li").count();
  assert.ok(n > 0 && n < data.cards.length, `cards narrowed to ${n}`);
  assert.ok(await page.getByRole("button", { name: "Remove filter Years: 1920–1950" }).isVisible());
  // and the map hides relations that start later
  await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Map" }).click();
  await page.locator("main h1", { hasText: "Organisation map" }).waitFor();
  const rels = Number((await page.locator(".result-count").textContent()).match(/\d+/)[0]);
  const later = data.relations.filter((r) => r.since != null && r.since > 1950).length;
  assert.ok(rels <= data.relations.length - later, `map shows ${rels} relations`);
  assert.deepEqual(problems(), []);
  await context.close();
});

test("list mode is a sortable table with every event and its reference", async () => {
  const { context, page } = await openPage(site.browser, site.srv.origin);
  await page.goto(`${site.srv.url}#/timeline`);
  await ready(page);
  await page.getByRole("button", { name: "List (table)" }).click();
  await page.waitForFunction(() => location.hash.includes("list=1"));
  const rows = page.locator(".event-table tbody tr");
  assert.equal(await rows.count(), EVENTS.length);
  assert.equal(await rows.first().locator("time").getAttribute("datetime"), iso(EVENTS[0].date));
  await page.getByRole("button", { name: "Date" }).click();
  assert.equal(await page.locator(".event-table th").first().getAttribute("aria-sort"), "descending");
  assert.equal(await rows.first().locator("time").getAttribute("datetime"), iso(EVENTS.at(-1).date));
  assert.equal(await rows.first().locator(".ref").textContent(), EVENTS.at(-1).reference);
  assert.deepEqual(await axe(page), []);
  await context.close();
});

test("narrow screens get a vertical timeline, keyboard-operable", async () => {
  const { context, page, problems } = await openPage(site.browser, site.srv.origin, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await page.goto(`${site.srv.url}#/timeline`);
  await ready(page);
  assert.equal(await page.locator(".tl-track").count(), 0);
  assert.equal(await page.locator(".tl-vertical time").count(), EVENTS.length);
  await page.locator('.tl-vertical .tl-event[tabindex="0"]').focus();
  await page.keyboard.press("ArrowDown");
  assert.equal(await focusedTime(page), iso(EVENTS[1].date));
  const over = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(over <= 0);
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(problems(), []);
  await context.close();
});

for (const scheme of ["light", "dark"]) {
  test(`axe: no violations with an event open (${scheme})`, async () => {
    const { context, page } = await openPage(site.browser, site.srv.origin, { colorScheme: scheme, viewport: { width: 1400, height: 900 } });
    await page.goto(`${site.srv.url}#/timeline?event=2014-global-coalition&theme=intelligence-sharing`);
    await ready(page);
    await page.locator("#event-title").waitFor();
    assert.deepEqual(await axe(page), []);
    await context.close();
  });
}

test("reduced motion switches off the zoom animation", async () => {
  const { context, page } = await openPage(site.browser, site.srv.origin, { reducedMotion: "reduce" });
  await page.goto(`${site.srv.url}#/timeline`);
  await ready(page);
  const d = await page.locator(".tl-event").first().evaluate((e) => getComputedStyle(e).transitionDuration);
  assert.match(d, /^0s/);
  await context.close();
});

test("the theme filter is shared with the Cards view", async () => {
  const { context, page } = await openPage(site.browser, site.srv.origin, { viewport: { width: 1400, height: 900 } });
  await page.goto(`${site.srv.url}#/timeline`);
  await ready(page);
  await page.selectOption("#tl-theme", "terrorist-financing");
  await page.waitForFunction(() => location.hash.includes("theme=terrorist-financing"));
  const n = await page.locator(".tl-track time").count();
  assert.ok(n > 0 && n < EVENTS.length);
  await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Cards" }).click();
  await page.locator("#f-theme-terrorist-financing").waitFor();
  assert.equal(await page.locator("#f-theme-terrorist-financing").isChecked(), true);
  assert.equal(await page.locator(".card-grid > li").count(), data.cards.filter((c) => c.themes.includes("terrorist-financing")).length);
  await context.close();
});
