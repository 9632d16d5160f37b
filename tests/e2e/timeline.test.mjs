// The Timeline: keyboard movement in date order, details, deep links, zoom,
// the shared year range narrowing the cards, the narrow layout, the table.
// On wide screens the events are drawn in the navigator band (.tl-band):
// one by one (a.tl-event) or, where too close to tell apart, as clusters
// (.tl-cluster with data-count); the filters sit in a collapsed panel.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage, ready, useSite, loadContent, axe } from "./harness.mjs";

const data = loadContent();
const iso = (d) => [d.year, d.month, d.day].filter((x) => x != null).map((x, i) => String(x).padStart(i ? 2 : 4, "0")).join("-");
const EVENTS = data.events;
const site = useSite();

const focusedTime = (page) => page.evaluate(() => document.activeElement?.querySelector("time")?.getAttribute("datetime"));
/** Waits until focus is on the band's individual event with this date. */
const focusOn = (page, d) =>
  page.waitForFunction((d) => {
    const a = document.activeElement;
    return !!a?.matches?.(".tl-band a.tl-event") && a.querySelector("time")?.getAttribute("datetime") === d;
  }, d);

/** An event's position on the axis in fractional years (as the app places it). */
const yearOf = (d) => d.year + ((d.month == null ? 6.5 : d.month - 0.5) + (d.day == null ? 0 : (d.day - 15) / 30)) / 12;
const themesOf = (e) => e.cards.flatMap((c) => data.cards.find((x) => x.id === c)?.themes ?? []);

// Events the band represents: individual a.tl-event + the data-count of each cluster.
const REPRESENTED = `(() => {
  const band = document.querySelector(".tl-band");
  if (!band) return -1;
  return band.querySelectorAll("a.tl-event").length + [...band.querySelectorAll(".tl-cluster")].reduce((s, c) => s + Number(c.getAttribute("data-count")), 0);
})()`;
const represented = (page) => page.evaluate(REPRESENTED);
/** Waits until the band represents `n` events, then asserts it (so a failure says what was counted). */
async function expectRepresented(page, n, what) {
  await page.waitForFunction(`${REPRESENTED} === ${n}`, null, { timeout: 5000 }).catch(() => {});
  assert.equal(await represented(page), n, `${what}: individual a.tl-event + sum of .tl-cluster data-count in .tl-band`);
}

/** Opens the collapsed filter panel (if it is closed) and waits for it. */
async function openFilters(page) {
  const toggle = page.locator("button.filters-toggle");
  if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
  await page.locator(`#${await toggle.getAttribute("aria-controls")}`).waitFor({ state: "visible" });
}

/** A point in .tl-band .tl-plot with no event, cluster or control under it,
 *  as low as possible (near the axis) and as near `fx` (0..1 of the width) as possible. */
async function emptyPlotPoint(page, fx = 0.5) {
  await page.locator(".tl-band .tl-plot").scrollIntoViewIfNeeded();
  const p = await page.evaluate((fx) => {
    const plot = document.querySelector(".tl-band .tl-plot");
    const r = plot.getBoundingClientRect();
    const top = Math.max(r.top, 0) + 2;
    const bottom = Math.min(r.bottom, innerHeight) - 2;
    for (let y = bottom - 2; y > top; y -= 4) {
      for (let dx = 0; dx < r.width / 2; dx += 4) {
        for (const x of [r.left + r.width * fx + dx, r.left + r.width * fx - dx]) {
          if (x <= r.left + 2 || x >= r.right - 2) continue;
          const el = document.elementFromPoint(x, y);
          if (el && el.closest(".tl-plot") === plot && !el.closest("a, button, .tl-event, .tl-cluster")) return { x, y };
        }
      }
    }
    return null;
  }, fx);
  assert.ok(p, "found an empty point in .tl-band .tl-plot (no event, cluster or control under it)");
  return p;
}

test("arrow keys move between events in date order; Home, End; Enter opens", async () => {
  const { context, page, problems } = await openPage(site.browser, site.srv.origin, { viewport: { width: 1400, height: 900 } });
  await page.goto(`${site.srv.url}#/timeline`);
  await ready(page);
  await page.locator(".tl-band a.tl-event").first().waitFor();
  await expectRepresented(page, EVENTS.length, "every event represented at full zoom");
  // exactly one event is in the tab order (roving tabindex)
  assert.equal(await page.locator('.tl-band a.tl-event[tabindex="0"]').count(), 1, 'a.tl-event with tabindex="0" in .tl-band');
  await page.locator('.tl-band a.tl-event[tabindex="0"]').focus();
  assert.equal(await focusedTime(page), iso(EVENTS[0].date));
  // each focused event is shown on its own (the band zooms or pans to it)
  for (let i = 1; i < 5; i++) {
    await page.keyboard.press("ArrowRight");
    await focusOn(page, iso(EVENTS[i].date));
  }
  await page.keyboard.press("ArrowLeft");
  await focusOn(page, iso(EVENTS[3].date));
  await page.keyboard.press("End");
  await focusOn(page, iso(EVENTS.at(-1).date));
  await page.keyboard.press("Home");
  await focusOn(page, iso(EVENTS[0].date));
  await page.keyboard.press("Enter");
  await page.locator("#event-title").waitFor();
  assert.equal(await page.locator("#event-title").textContent(), EVENTS[0].title);
  assert.match(await page.locator(".tl-current").textContent(), new RegExp(EVENTS[0].reference.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
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
  const times = await page.locator(".tl-band a.tl-event time").evaluateAll((ts) => ts.map((t) => +t.getAttribute("datetime").slice(0, 4)));
  assert.ok(times.length > 0 && times.every((y) => y >= 1995 && y <= 2010), `only events in the window: ${times}`);
  const inWindow = EVENTS.filter((e) => yearOf(e.date) >= 1995 && yearOf(e.date) <= 2010).length;
  await expectRepresented(page, inWindow, "every event of 1995–2010 represented");
  // into Cards
  const cardTitle = data.cards.find((c) => c.id === ev.cards[0]).title;
  await page.locator(".tl-current").getByRole("link", { name: cardTitle }).click();
  await page.locator("#detail-title").waitFor();
  assert.equal(await page.locator("#detail-title").textContent(), cardTitle);
  await page.goBack();
  await page.locator("#event-title").waitFor();
  // into the Map
  if (ev.actors.length) {
    const name = data.actors.find((a) => a.id === ev.actors[0]).name;
    await page.locator(".tl-current").getByRole("link", { name }).click();
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
  // exact names: a cluster's name ("3 events, 2001: zoom in to see them") contains "zoom in" too
  await page.getByRole("button", { name: "Zoom in", exact: true }).click();
  await page.waitForFunction(() => !/1920–2026/.test(document.querySelector(".tl-window").textContent));
  await page.waitForFunction(() => /win=\d{4}-\d{4}/.test(location.hash));
  await page.getByRole("button", { name: "Zoom to fit", exact: true }).click();
  await page.selectOption("#tl-era", "isis");
  await page.waitForFunction(() => /2013–2020/.test(document.querySelector(".tl-window").textContent));
  await page.selectOption("#tl-era", "all");
  await page.waitForFunction(() => /1920–2026/.test(document.querySelector(".tl-window").textContent));
  let spot = await emptyPlotPoint(page, 0.5);
  await page.mouse.move(spot.x, spot.y);
  const before = await windowText();
  const scrollBefore = await page.evaluate(() => scrollY);
  await page.mouse.wheel(0, 300);
  await page.waitForFunction((y) => scrollY > y, scrollBefore);
  assert.equal(await windowText(), before, "plain wheel does not zoom");
  // the page scrolled under the pointer: point at the plot again
  spot = await emptyPlotPoint(page, 0.5);
  await page.mouse.move(spot.x, spot.y);
  await page.keyboard.down("Control");
  await page.mouse.wheel(0, -200);
  await page.keyboard.up("Control");
  await page.waitForFunction((b) => document.querySelector(".tl-window").textContent !== b, before);
  await context.close();
});

test("dragging the band pans it", async () => {
  const { context, page } = await openPage(site.browser, site.srv.origin, { viewport: { width: 1400, height: 900 } });
  await page.goto(`${site.srv.url}#/timeline?win=1990-2010`);
  await ready(page);
  await page.locator(".tl-band .tl-plot").waitFor();
  // an empty part of the plot near the axis, then 300 px to the left
  const { x, y } = await emptyPlotPoint(page, 0.6);
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x - 300, y, { steps: 5 });
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
  // the range lives in the collapsed filter panel
  await openFilters(page);
  // keyboard on the "To" handle: Home then ArrowRight moves it year by year
  await page.locator("#range-to").focus();
  await page.keyboard.press("Home");
  for (let i = 0; i < 30; i++) await page.keyboard.press("ArrowRight");
  await page.waitForFunction(() => location.hash.includes("range=1920-1950"));
  const inRange = EVENTS.filter((e) => e.date.year <= 1950).length;
  await expectRepresented(page, inRange, "events of 1920–1950 represented");
  assert.match(await page.locator(".result-count").textContent(), new RegExp(`^${inRange} events? shown`));
  // the cards narrow too
  await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Cards" }).click();
  await page.locator("main:not(.pre-main) h1", { hasText: "Cards" }).waitFor();
  const n = await page.locator(".card-grid > li").count();
  assert.ok(n > 0 && n < data.cards.length, `cards narrowed to ${n}`);
  assert.ok(await page.getByRole("button", { name: "Remove filter Years: 1920–1950" }).isVisible());
  // and the map hides relations that start later
  await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Map" }).click();
  await page.locator("main:not(.pre-main) h1", { hasText: "Organisation map" }).waitFor();
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
  // every row says whether the essays speak of the event
  const labels = { "essays": "From the essays", "essays-and-record": "Essays + public record", "record": "Beyond the essays" };
  assert.equal(await rows.first().locator(".prov").textContent(), labels[EVENTS.at(-1).provenance]);
  assert.equal(await page.locator(".event-table tbody .prov").count(), EVENTS.length);
  assert.deepEqual(await axe(page), []);
  await context.close();
});

test("narrow screens get a vertical timeline, keyboard-operable", async () => {
  const { context, page, problems } = await openPage(site.browser, site.srv.origin, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await page.goto(`${site.srv.url}#/timeline`);
  await ready(page);
  assert.equal(await page.locator(".tl-band").count(), 0, "no navigator band below 640 px");
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
  const d = await page.locator(".tl-band a.tl-event").first().evaluate((e) => getComputedStyle(e).transitionDuration);
  assert.match(d, /^0s/);
  await context.close();
});

test("the theme filter is shared with the Cards view", async () => {
  const { context, page } = await openPage(site.browser, site.srv.origin, { viewport: { width: 1400, height: 900 } });
  await page.goto(`${site.srv.url}#/timeline`);
  await ready(page);
  await openFilters(page);
  await page.selectOption("#tl-theme", "terrorist-financing");
  await page.waitForFunction(() => location.hash.includes("theme=terrorist-financing"));
  const tf = EVENTS.filter((e) => themesOf(e).includes("terrorist-financing")).length;
  await expectRepresented(page, tf, "events of the theme represented");
  const n = await represented(page);
  assert.ok(n > 0 && n < EVENTS.length, `the theme keeps some events: ${n}`);
  await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Cards" }).click();
  await page.locator("#f-theme-terrorist-financing").waitFor();
  assert.equal(await page.locator("#f-theme-terrorist-financing").isChecked(), true);
  assert.equal(await page.locator(".card-grid > li").count(), data.cards.filter((c) => c.themes.includes("terrorist-financing")).length);
  await context.close();
});
