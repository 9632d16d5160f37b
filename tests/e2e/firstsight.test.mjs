// First sight (issue 13): the compact header and the phone menu, the one
// primary element of each view and where it sits on the first screen, the
// timeline navigator band without overlaps or cut labels, the current-event
// panel, a readable map, collapsed filters that say how many are active, and
// accessibility and overflow with the menu open. Every number here is one of
// the DOM contract of the redesign.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage, ready, useSite, loadContent, axe, VIEWS, settle } from "./harness.mjs";

// ---------------------------------------------------------------------------
// Geometry helpers. A rect is a plain { left, top, right, bottom } in CSS px
// (viewport coordinates, as getBoundingClientRect gives them).

/** Sub-pixel rounding tolerated when comparing boxes. */
const EPS = 0.5;
const round1 = (v) => Math.round(v * 10) / 10;
const fmt = (r) => (r ? `[l ${round1(r.left)}, t ${round1(r.top)}, r ${round1(r.right)}, b ${round1(r.bottom)}]` : "(no box)");
const pct = (x) => `${(x * 100).toFixed(1)}%`;
const widthOf = (r) => Math.max(0, r.right - r.left);
const heightOf = (r) => Math.max(0, r.bottom - r.top);
const areaOf = (r) => widthOf(r) * heightOf(r);
const viewportRect = (vw, vh) => ({ left: 0, top: 0, right: vw, bottom: vh });

/** The common part of two rects, or null when they do not meet. */
function intersection(a, b) {
  const r = { left: Math.max(a.left, b.left), top: Math.max(a.top, b.top), right: Math.min(a.right, b.right), bottom: Math.min(a.bottom, b.bottom) };
  return r.right > r.left && r.bottom > r.top ? r : null;
}

/** Whether two rects overlap by more than `eps` in both directions (touching is not overlapping). */
function overlaps(a, b, eps = EPS) {
  const i = intersection(a, b);
  return !!i && widthOf(i) > eps && heightOf(i) > eps;
}

/** Whether `inner` lies inside `outer`, allowing `eps` px. */
function inside(inner, outer, eps = EPS) {
  return inner.left >= outer.left - eps && inner.top >= outer.top - eps && inner.right <= outer.right + eps && inner.bottom <= outer.bottom + eps;
}

/** The smallest rect holding all of `rects`. */
function union(rects) {
  return rects.reduce(
    (u, r) => ({ left: Math.min(u.left, r.left), top: Math.min(u.top, r.top), right: Math.max(u.right, r.right), bottom: Math.max(u.bottom, r.bottom) }),
    { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity },
  );
}

/** The contract's measures: "starts" = top / innerHeight; "fills" = area of (rect ∩ viewport) / viewport area. */
function startFill(r, vw, vh) {
  const i = intersection(r, viewportRect(vw, vh));
  return { start: r.top / vh, fill: (i ? areaOf(i) : 0) / (vw * vh) };
}

/** Pairs of boxes ({ desc, rect }) that overlap, except pairs `exempt(i, j)` allows; as readable strings. */
function overlappingPairs(boxes, exempt = () => false) {
  const out = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      if (exempt(i, j)) continue;
      if (overlaps(boxes[i].rect, boxes[j].rect)) {
        const o = intersection(boxes[i].rect, boxes[j].rect);
        out.push(`${boxes[i].desc} ${fmt(boxes[i].rect)} × ${boxes[j].desc} ${fmt(boxes[j].rect)} (overlap ${round1(widthOf(o))}×${round1(heightOf(o))} px)`);
      }
    }
  }
  return out;
}

/** Whether all boxes share one horizontal line (one row): the lowest top is above the highest bottom. */
function oneRow(rects) {
  return Math.max(...rects.map((r) => r.top)) < Math.min(...rects.map((r) => r.bottom));
}


// ---------------------------------------------------------------------------
// The data and the fixture.

const data = loadContent();
const EVENTS = data.events;
const site = useSite();

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const at = (width, height) => ({ viewport: { width, height } });
const NAV = ["Cards", "Timeline", "Map", "Scenarios", "Self-check", "About & sources"];
const ACTIONS = [/^(Guided tour|Resume tour \(stop \d+\))$/, /^Progress\b/, /^Embed this view$/, /^Dark theme$/];
const GROUPS = ["un", "eu", "asean", "five-eyes"];
const RELATION_LABELS = ["adopted", "is a member of", "coordinates with", "shares intelligence with", "issues", "implements", "supports", "is part of"];

const iso = (d) => [d.year, d.month, d.day].filter((x) => x != null).map((x, i) => String(x).padStart(i ? 2 : 4, "0")).join("-");
/** An event's position on the axis in fractional years (as the app places it). */
const yearOf = (d) => d.year + ((d.month == null ? 6.5 : d.month - 0.5) + (d.day == null ? 0 : (d.day - 15) / 30)) / 12;
const cardById = new Map(data.cards.map((c) => [c.id, c]));
/** The events the timeline shows under these filters, in date order (as the app filters them). */
function visibleEvents({ themes = [], actors = [], range = null } = {}) {
  return EVENTS.filter((e) => {
    const inRange = !range || (e.date.year >= range[0] && e.date.year <= range[1]);
    const eventThemes = e.cards.flatMap((c) => cardById.get(c)?.themes ?? []);
    const themesOk = !themes.length || eventThemes.some((t) => themes.includes(t));
    const actorsOk = !actors.length || e.actors.some((a) => actors.includes(a)) || e.cards.some((c) => (cardById.get(c)?.actors ?? []).some((a) => actors.includes(a)));
    return inRange && themesOk && actorsOk;
  });
}
const eventById = new Map(EVENTS.map((e) => [e.id, e]));
const hasEvent = (id) => new RegExp(`[?&]event=${id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(&|$)`);

/** A button's or link's text without its aria-hidden icons, whitespace folded. */
const ownText = (locator) =>
  locator.evaluate((el) => {
    const c = el.cloneNode(true);
    c.querySelectorAll('[aria-hidden="true"]').forEach((x) => x.remove());
    return c.textContent.replace(/\s+/g, " ").trim();
  });

/** The element with data-primary: how many there are, which it is, its box, and the viewport. */
const primaryReport = (target) =>
  target.evaluate(() => {
    const els = [...document.querySelectorAll("[data-primary]")];
    const e = els[0];
    const r = e?.getBoundingClientRect();
    return {
      count: els.length,
      desc: els.map((x) => `${x.tagName.toLowerCase()}.${[...x.classList].join(".")}`).join(", "),
      is: e ? { stage: e.matches(".tl-stage"), canvas: e.matches(".map-canvas"), grid: e.matches("ul.card-grid") } : {},
      rect: r && { left: r.left, top: r.top, right: r.right, bottom: r.bottom },
      vw: innerWidth,
      vh: innerHeight,
      scrollY,
    };
  });

function assertStartFill(p, where, minFill) {
  const { start, fill } = startFill(p.rect, p.vw, p.vh);
  assert.ok(start <= 0.45, `${where}: [data-primary] (${p.desc}) starts at ${pct(start)} of the viewport height (top ${round1(p.rect.top)} px of ${p.vh} px, scrollY ${p.scrollY}); the contract wants <= 45%`);
  assert.ok(
    fill >= minFill,
    `${where}: [data-primary] (${p.desc}) ${fmt(p.rect)} fills ${pct(fill)} of the ${p.vw}x${p.vh} viewport; the contract wants >= ${pct(minFill)}`,
  );
}

/** Opens the site menu (phone layout) if it is closed, and waits for it. */
async function openMenu(page) {
  const toggle = page.locator(".menu-toggle");
  if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
  await page.waitForFunction(() => document.querySelector(".menu-toggle")?.getAttribute("aria-expanded") === "true");
  await page.locator("#site-menu").waitFor({ state: "visible" });
}

async function expectMenu(page, expanded, where) {
  await page.waitForFunction((x) => document.querySelector(".menu-toggle")?.getAttribute("aria-expanded") === x, String(expanded), { timeout: 3000 }).catch(() => {});
  assert.equal(await page.locator(".menu-toggle").getAttribute("aria-expanded"), String(expanded), `${where}: .menu-toggle aria-expanded`);
  if (!expanded) await page.locator("#site-menu").waitFor({ state: "hidden", timeout: 3000 }).catch(() => {});
  assert.equal(await page.locator("#site-menu").isVisible(), expanded, `${where}: #site-menu is ${expanded ? "visible" : "hidden"}`);
  const views = page.getByRole("navigation", { name: "Views" });
  for (const name of NAV) {
    assert.equal(await views.getByRole("link", { name, exact: true }).isVisible(), expanded, `${where}: nav link "${name}" is ${expanded ? "visible" : "hidden"}`);
  }
}

const toggleFocused = (page) => page.evaluate(() => !!document.activeElement?.classList.contains("menu-toggle"));

// ---------------------------------------------------------------------------
// The header.

/** The header's box, and the visible nav links and actions with their boxes. */
const headerReport = (page) =>
  page.evaluate(() => {
    const R = (e) => {
      const r = e.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    const shown = (e) => {
      const r = e.getBoundingClientRect();
      return r.width > 1 && r.height > 1 && getComputedStyle(e).visibility !== "hidden";
    };
    const name = (e) => {
      const c = e.cloneNode(true);
      c.querySelectorAll('[aria-hidden="true"]').forEach((x) => x.remove());
      return e.getAttribute("aria-label") || c.textContent.replace(/\s+/g, " ").trim();
    };
    const h = document.querySelector("header.site-header");
    const items = [...document.querySelectorAll('#site-menu nav[aria-label="Views"] a, #site-menu .site-actions button, #site-menu .site-actions a:not(details:not([open]) a)')]
      .filter(shown)
      .map((e) => ({ name: name(e), rect: R(e) }));
    return { header: h && R(h), items };
  });

for (const [w, h] of [
  [1440, 900],
  [1280, 800],
]) {
  test(`header at ${w}px: no menu button, nav and actions in one row, at most 72 px high`, async () => {
    const { context, page, problems } = await openPage(site.browser, site.srv.origin, at(w, h));
    await page.goto(`${site.srv.url}#/cards`);
    await ready(page);
    await settle(page, "header.site-header, #site-menu a, #site-menu button");
    const r = await headerReport(page);
    assert.ok(r.header, `${w}px: a header.site-header exists`);
    assert.ok(heightOf(r.header) <= 72, `${w}px: .site-header is ${round1(heightOf(r.header))} px high; the contract wants <= 72`);
    assert.equal(await page.locator(".menu-toggle").isVisible(), false, `${w}px: .menu-toggle is not displayed`);
    assert.equal(await page.locator("#site-menu").isVisible(), true, `${w}px: #site-menu is shown without pressing anything`);
    for (const name of NAV) assert.ok(r.items.some((i) => i.name === name), `${w}px: nav link "${name}" is visible; visible items: ${r.items.map((i) => i.name).join(" | ")}`);
    for (const re of ACTIONS) assert.ok(r.items.some((i) => re.test(i.name)), `${w}px: an action matching ${re} is visible; visible items: ${r.items.map((i) => i.name).join(" | ")}`);
    assert.ok(
      oneRow(r.items.map((i) => i.rect)),
      `${w}px: nav links and actions share one row; their boxes: ${r.items.map((i) => `${i.name} ${fmt(i.rect)}`).join("; ")}`,
    );
    for (const i of r.items) assert.ok(inside(i.rect, r.header, 1), `${w}px: "${i.name}" ${fmt(i.rect)} lies inside the header ${fmt(r.header)}`);
    assert.deepEqual(problems(), []);
    await context.close();
  });
}

for (const [w, opts] of [
  [1024, at(1024, 768)],
  [390, PHONE],
]) {
  test(`header at ${w}px: one compact bar at most 64 px high, the menu hidden behind "Menu"`, async () => {
    const { context, page, problems } = await openPage(site.browser, site.srv.origin, opts);
    await page.goto(`${site.srv.url}#/cards`);
    await ready(page);
    await settle(page, "header.site-header");
    const r = await headerReport(page);
    assert.ok(r.header, `${w}px: a header.site-header exists`);
    assert.ok(heightOf(r.header) <= 64, `${w}px: .site-header (menu closed) is ${round1(heightOf(r.header))} px high; the contract wants <= 64`);
    const toggle = page.locator("header.site-header button.menu-toggle");
    assert.equal(await toggle.count(), 1, `${w}px: one button.menu-toggle in the header`);
    assert.equal(await toggle.isVisible(), true, `${w}px: .menu-toggle is visible`);
    const byName = page.getByRole("button", { name: "Menu", exact: true });
    assert.equal(await byName.count(), 1, `${w}px: one button with the accessible name "Menu"`);
    assert.equal(await byName.evaluate((e) => e.classList.contains("menu-toggle")), true, `${w}px: the button named "Menu" is .menu-toggle`);
    assert.equal(await toggle.getAttribute("aria-controls"), "site-menu", `${w}px: .menu-toggle aria-controls`);
    await expectMenu(page, false, `${w}px before pressing Menu`);
    assert.equal(await page.locator("#site-menu.site-menu").count(), 1, `${w}px: #site-menu has the class site-menu`);
    assert.deepEqual(problems(), []);
    await context.close();
  });
}

test("embed mode: no site header, a single-line .embed-bar at most 40 px high", async () => {
  for (const [label, opts] of [
    ["1280x800", at(1280, 800)],
    ["390x844", PHONE],
  ]) {
    const { context, page, problems } = await openPage(site.browser, site.srv.origin, opts);
    for (const view of ["cards", "timeline", "map"]) {
      await page.goto("about:blank");
      await page.goto(`${site.srv.url}#/${view}?embed=1`);
      await ready(page);
      const where = `${view}?embed=1 at ${label}`;
      assert.equal(await page.locator(".site-header").count(), 0, `${where}: no .site-header`);
      const bar = await page.evaluate(() => {
        const b = document.querySelector(".embed-bar");
        if (!b) return null;
        const R = (e) => {
          const r = e.getBoundingClientRect();
          return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
        };
        const parts = [...b.children].filter((e) => {
          const r = e.getBoundingClientRect();
          return r.width > 1 && r.height > 1;
        });
        return { rect: R(b), parts: parts.map((e) => ({ text: e.textContent.trim(), rect: R(e) })) };
      });
      assert.ok(bar, `${where}: an .embed-bar exists`);
      assert.ok(heightOf(bar.rect) <= 40, `${where}: .embed-bar is ${round1(heightOf(bar.rect))} px high; the contract wants <= 40`);
      assert.ok(oneRow(bar.parts.map((p) => p.rect)), `${where}: the .embed-bar's parts share one line: ${bar.parts.map((p) => `"${p.text}" ${fmt(p.rect)}`).join("; ")}`);
    }
    assert.deepEqual(problems(), []);
    await context.close();
  }
});

// ---------------------------------------------------------------------------
// The phone menu.

test("phone menu by keyboard: Tab to the toggle, Enter opens, Tab reaches everything, Escape closes and focus returns, a link closes it", async () => {
  const { context, page, problems } = await openPage(site.browser, site.srv.origin, PHONE);
  await page.goto(`${site.srv.url}#/cards`);
  await ready(page);
  const toggle = page.locator(".menu-toggle");
  let presses = 0;
  while (!(await toggleFocused(page)) && presses++ < 10) await page.keyboard.press("Tab");
  assert.ok(await toggleFocused(page), `reached .menu-toggle by Tab (${presses} presses)`);
  await expectMenu(page, false, "before Enter");

  // Enter opens; the nav links and the actions are visible
  await page.keyboard.press("Enter");
  await expectMenu(page, true, "after Enter on the toggle");
  const r = await headerReport(page);
  for (const re of ACTIONS) assert.ok(r.items.some((i) => re.test(i.name)), `open menu: an action matching ${re} is visible; visible: ${r.items.map((i) => i.name).join(" | ")}`);

  // Tab goes into the menu and reaches every link and action
  const reached = [];
  let entered = false;
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press("Tab");
    const name = await page.evaluate(() => {
      const a = document.activeElement;
      if (!a?.closest("#site-menu")) return null;
      const c = a.cloneNode(true);
      c.querySelectorAll('[aria-hidden="true"]').forEach((x) => x.remove());
      return a.getAttribute("aria-label") || c.textContent.replace(/\s+/g, " ").trim();
    });
    if (name != null) {
      entered = true;
      reached.push(name);
    } else if (entered) break;
  }
  assert.ok(entered, "Tab from the open toggle moves focus into #site-menu");
  for (const name of NAV) assert.ok(reached.includes(name), `Tab reaches nav link "${name}"; reached: ${reached.join(" | ")}`);
  for (const re of ACTIONS) assert.ok(reached.some((n) => re.test(n)), `Tab reaches an action matching ${re}; reached: ${reached.join(" | ")}`);

  // Escape inside the open menu closes it and focus returns to the toggle
  if ((await toggle.getAttribute("aria-expanded")) !== "true") {
    await toggle.focus();
    await page.keyboard.press("Enter");
    await expectMenu(page, true, "reopened with Enter");
  }
  await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Self-check", exact: true }).focus();
  await page.keyboard.press("Escape");
  await expectMenu(page, false, "after Escape on a link inside the menu");
  assert.ok(await toggleFocused(page), "after Escape inside the menu, focus is on .menu-toggle");

  // Space opens; Escape on the toggle closes, focus stays there
  await page.keyboard.press("Space");
  await expectMenu(page, true, "after Space on the toggle");
  await page.keyboard.press("Escape");
  await expectMenu(page, false, "after Escape on the toggle");
  assert.ok(await toggleFocused(page), "after Escape on the toggle, focus is on .menu-toggle");

  // clicking the toggle again closes it
  await toggle.click();
  await expectMenu(page, true, "after clicking the toggle");
  await toggle.click();
  await expectMenu(page, false, "after clicking the toggle again");

  // following a link (keyboard) closes it
  await toggle.focus();
  await page.keyboard.press("Enter");
  await expectMenu(page, true, "opened to follow a link");
  let onLink = false;
  for (let i = 0; i < 10 && !onLink; i++) {
    await page.keyboard.press("Tab");
    onLink = await page.evaluate(() => !!document.activeElement?.closest("nav") && document.activeElement.textContent.trim() === "Timeline");
  }
  assert.ok(onLink, "reached the Timeline link in the open menu by Tab");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.querySelector("main:not(.pre-main) h1")?.textContent === "Timeline");
  await expectMenu(page, false, "after following the Timeline link with Enter");

  // following a link (pointer) closes it
  await toggle.click();
  await expectMenu(page, true, "opened by a tap");
  await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Map", exact: true }).click();
  await page.waitForFunction(() => document.querySelector("main:not(.pre-main) h1")?.textContent === "Organisation map");
  await expectMenu(page, false, "after tapping the Map link");
  assert.deepEqual(problems(), []);
  await context.close();
});

// ---------------------------------------------------------------------------
// Headings and the primary element.

test("each view's h1 is one line, at 1280 px and on a phone", async () => {
  for (const [label, opts] of [
    ["1280x800", at(1280, 800)],
    ["390x844", PHONE],
  ]) {
    const { context, page, problems } = await openPage(site.browser, site.srv.origin, opts);
    for (const [slug, heading] of VIEWS) {
      await page.goto("about:blank");
      await page.goto(`${site.srv.url}#/${slug}`);
      await ready(page);
      const h = await page.evaluate(() => {
        const h1 = document.querySelector("main:not(.pre-main) h1");
        const range = document.createRange();
        range.selectNodeContents(h1);
        const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
        const lines = [];
        for (const r of rects.sort((a, b) => a.top - b.top)) if (!lines.length || r.top >= lines.at(-1) + r.height / 2) lines.push(r.top);
        return { text: h1.textContent, lines: lines.length, height: h1.getBoundingClientRect().height };
      });
      assert.equal(h.text, heading, `${slug} at ${label}: main h1 text`);
      assert.equal(h.lines, 1, `${slug} at ${label}: main h1 "${h.text}" takes ${h.lines} lines (box ${round1(h.height)} px high); the contract wants one`);
    }
    assert.deepEqual(problems(), []);
    await context.close();
  }
});

test("cards: the one data-primary element is ul.card-grid", async () => {
  for (const [label, opts] of [
    ["1280x800", at(1280, 800)],
    ["390x844", PHONE],
  ]) {
    const { context, page, problems } = await openPage(site.browser, site.srv.origin, opts);
    await page.goto(`${site.srv.url}#/cards`);
    await ready(page);
    await page.locator(".card-grid > li").first().waitFor();
    const p = await primaryReport(page);
    assert.equal(p.count, 1, `cards at ${label}: elements with data-primary: ${p.count} (${p.desc})`);
    assert.ok(p.is.grid, `cards at ${label}: the data-primary element is ul.card-grid, not ${p.desc}`);
    assert.deepEqual(problems(), []);
    await context.close();
  }
});

for (const [label, opts, minFill] of [
  ["1280x800", at(1280, 800), 0.5],
  ["390x844", PHONE, 0.4],
]) {
  test(`timeline and map at ${label}: data-primary starts in the top 45% and fills >= ${pct(minFill)}`, async () => {
    const { context, page, problems } = await openPage(site.browser, site.srv.origin, opts);
    const wide = opts.viewport.width >= 640;
    for (const [view, kind, wait] of [
      ["timeline", "stage", ".tl-stage .tl-current"],
      ["map", "canvas", ".map-canvas g.node"],
    ]) {
      await page.goto("about:blank");
      await page.goto(`${site.srv.url}#/${view}`);
      await ready(page);
      await page.locator(wait).first().waitFor();
      await settle(page, "[data-primary], [data-primary] .tl-event, [data-primary] g.node");
      const p = await primaryReport(page);
      const where = `${view} at ${label}`;
      assert.equal(p.count, 1, `${where}: elements with data-primary: ${p.count} (${p.desc})`);
      assert.ok(p.is[kind], `${where}: the data-primary element is ${kind === "stage" ? ".tl-stage" : ".map-canvas"}, not ${p.desc}`);
      assertStartFill(p, where, minFill);
    }
    // what the timeline's stage holds at this width
    await page.goto("about:blank");
    await page.goto(`${site.srv.url}#/timeline`);
    await ready(page);
    await page.locator(".tl-stage .tl-current").waitFor();
    assert.equal(await page.locator(".tl-stage[data-primary] .tl-current").count(), 1, `timeline at ${label}: .tl-stage holds one .tl-current`);
    assert.equal(await page.locator(".tl-stage[data-primary] .tl-band").count(), wide ? 1 : 0, `timeline at ${label}: .tl-band inside .tl-stage ${wide ? "present (>= 640 px)" : "absent (< 640 px)"}`);
    assert.equal(await page.locator(".tl-stage[data-primary] .tl-vertical").count(), wide ? 0 : 1, `timeline at ${label}: .tl-vertical inside .tl-stage ${wide ? "absent (>= 640 px)" : "present (< 640 px)"}`);
    assert.equal(await page.locator(".tl-band").count(), wide ? 1 : 0, `timeline at ${label}: .tl-band elements on the page`);
    assert.deepEqual(problems(), []);
    await context.close();
  });
}

test("embedded in a 900x500 iframe: timeline and map start in the top 45% and fill >= 50% of the frame", async () => {
  const { context, page, problems } = await openPage(site.browser, site.srv.origin, at(1280, 800));
  await page.route(/\/host\.html(\?|$)/, (route) => {
    const frag = new URL(route.request().url()).searchParams.get("frag");
    return route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><html lang="en"><title>Course page</title><body style="margin:0"><iframe title="Explainer" src="${site.srv.url}${frag}" width="900" height="500" style="border:0;display:block"></iframe></body></html>`,
    });
  });
  for (const [view, kind, wait] of [
    ["timeline", "stage", ".tl-stage .tl-band .tl-plot"],
    ["map", "canvas", ".map-canvas g.node"],
  ]) {
    const frag = `#/${view}?embed=1`;
    await page.goto(`${site.srv.origin}/host.html?frag=${encodeURIComponent(frag)}`);
    const frame = await (await page.waitForSelector("iframe")).contentFrame();
    await frame.waitForSelector("main:not(.pre-main) h1", { timeout: 15000 });
    await frame.waitForSelector(wait);
    await settle(frame, "[data-primary], [data-primary] .tl-event, [data-primary] g.node, .embed-bar");
    const p = await primaryReport(frame);
    const where = `${frag} in a 900x500 iframe`;
    assert.equal(p.vw, 900, `${where}: the frame's innerWidth`);
    assert.equal(p.vh, 500, `${where}: the frame's innerHeight`);
    assert.equal(await frame.locator(".site-header").count(), 0, `${where}: no .site-header`);
    const bar = await frame.locator(".embed-bar").boundingBox();
    assert.ok(bar && bar.height <= 40, `${where}: .embed-bar is ${bar && round1(bar.height)} px high; the contract wants <= 40`);
    assert.equal(p.count, 1, `${where}: elements with data-primary: ${p.count} (${p.desc})`);
    assert.ok(p.is[kind], `${where}: the data-primary element is ${kind === "stage" ? ".tl-stage" : ".map-canvas"}, not ${p.desc}`);
    assertStartFill(p, where, 0.5);
    if (view === "map") assertUnFrameWhole(await mapReport(frame), where);
  }
  assert.deepEqual(problems(), []);
  await context.close();
});

// ---------------------------------------------------------------------------
// The timeline's navigator band.

/** Everything the band's guarantees are about, measured in the page. */
const bandReport = (page) =>
  page.evaluate(() => {
    const R = (e) => {
      const r = e.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    const band = document.querySelector(".tl-band");
    if (!band) return null;
    const plot = band.querySelector(".tl-plot");
    const idOf = (a) => (a.getAttribute("href") || "").match(/[?&]event=([^&]+)/)?.[1] ?? null;
    const els = [...band.querySelectorAll(".tl-label, .tl-marker, .tl-cluster")];
    const owners = els.map((e) => e.closest("a.tl-event"));
    const boxes = els.map((e, i) => {
      const kind = e.matches(".tl-cluster") ? "cluster" : e.matches(".tl-label") ? "label" : "marker";
      const text = e.textContent.replace(/\s+/g, " ").trim();
      const owner = owners[i] ? idOf(owners[i]) : null;
      const box = {
        kind,
        owner,
        rect: R(e),
        desc: kind === "cluster" ? `.tl-cluster "${text}" (data-count ${e.getAttribute("data-count")})` : `.tl-${kind} of ${owner ?? "no a.tl-event"}${kind === "label" ? ` "${text.slice(0, 48)}"` : ""}`,
      };
      if (kind === "label") {
        box.scrollWidth = e.scrollWidth;
        box.clientWidth = e.clientWidth;
        box.fonts = [e, ...e.querySelectorAll("*")]
          .filter((x) => x.textContent.trim() !== "")
          .map((x) => ({ what: `${x.tagName.toLowerCase()}${x.getAttribute("class") ? "." + x.getAttribute("class").trim().replace(/\s+/g, ".") : ""}`, px: parseFloat(getComputedStyle(x).fontSize) }));
      }
      if (kind === "cluster") {
        box.count = e.getAttribute("data-count");
        box.text = text;
      }
      return box;
    });
    // a label and the marker of the same link, and a box inside another (a marker drawn in a cluster), are not overlaps
    const exempt = [];
    for (let i = 0; i < els.length; i++) {
      for (let j = i + 1; j < els.length; j++) {
        if (els[i].contains(els[j]) || els[j].contains(els[i])) exempt.push(`${i},${j}`);
        else if (owners[i] && owners[i] === owners[j] && boxes[i].kind !== boxes[j].kind) exempt.push(`${i},${j}`);
      }
    }
    const events = [...band.querySelectorAll("a.tl-event")].map((a) => ({
      id: idOf(a),
      datetime: a.querySelector("time")?.getAttribute("datetime") ?? null,
      markers: a.querySelectorAll(".tl-marker").length,
      labels: a.querySelectorAll(".tl-label").length,
      labelled: a.classList.contains("labelled"),
      tabindex: a.getAttribute("tabindex"),
      inCluster: !!a.closest(".tl-cluster"),
    }));
    const legend = document.querySelector(".legend");
    return {
      band: R(band),
      plot: plot && R(plot),
      legend: legend && R(legend),
      vw: innerWidth,
      windowText: band.querySelector(".tl-window")?.textContent.replace(/\s+/g, " ").trim() ?? null,
      hash: location.hash,
      boxes,
      exempt,
      events,
      ticks: band.querySelectorAll(".tl-tick").length,
      eras: band.querySelectorAll(".tl-era").length,
    };
  });

/** The window the URL asks for (whole years), or the whole extent. */
/** The years the band shows, as its toolbar says them ("Showing 2013–2021"):
 * the URL's window, or where it names none the one the filters fit. */
function windowOf(rep) {
  const m = rep.windowText?.match(/(\d{4})\D+(\d{4})/);
  assert.ok(m, `the band says which years it shows: ${rep.windowText}`);
  return [Number(m[1]), Number(m[2])];
}

/** Checks every guarantee of the band; `shown` = the events after filters, in date order. */
function assertBand(rep, where, shown = EVENTS) {
  assert.ok(rep, `${where}: a .tl-band is on the page`);
  assert.ok(rep.plot && areaOf(rep.plot) > 0, `${where}: .tl-band .tl-plot has a box: ${fmt(rep.plot)}`);
  assert.ok(rep.plot.left >= -EPS && rep.plot.right <= rep.vw + EPS, `${where}: .tl-plot ${fmt(rep.plot)} lies within the ${rep.vw} px wide viewport`);
  assert.ok(rep.ticks > 0, `${where}: axis ticks .tl-tick: ${rep.ticks}`);

  // every event in the window is represented exactly once
  const [a, b] = windowOf(rep);
  const inWindow = shown.filter((e) => yearOf(e.date) >= a && yearOf(e.date) <= b);
  const clusters = rep.boxes.filter((x) => x.kind === "cluster");
  const clustered = clusters.reduce((s, c) => s + Number(c.count), 0);
  assert.equal(
    rep.events.length + clustered,
    inWindow.length,
    `${where}: individual a.tl-event (${rep.events.length}) + sum of .tl-cluster data-count (${clustered} in ${clusters.length} clusters) = events in the window ${a}–${b} after filters (${inWindow.length})`,
  );
  const ids = rep.events.map((e) => e.id);
  assert.equal(new Set(ids).size, ids.length, `${where}: no event is shown twice: ${ids.join(" ")}`);
  const wanted = new Set(inWindow.map((e) => e.id));
  for (const e of rep.events) {
    assert.ok(wanted.has(e.id), `${where}: a.tl-event for ${e.id} (href event=) is one of the events in the window ${a}–${b} after filters`);
    assert.equal(e.datetime, iso(eventById.get(e.id).date), `${where}: a.tl-event ${e.id} holds <time datetime> of its date`);
    assert.equal(e.markers, 1, `${where}: a.tl-event ${e.id} holds one .tl-marker (found ${e.markers})`);
    assert.equal(e.labels, e.labelled ? 1 : 0, `${where}: a.tl-event ${e.id} ${e.labelled ? "has class labelled, so holds one .tl-label" : "is unlabelled, so holds no .tl-label"} (found ${e.labels})`);
    assert.ok(!e.inCluster, `${where}: a.tl-event ${e.id} is not inside a cluster`);
  }
  for (const c of clusters) {
    const n = Number(c.count);
    assert.ok(Number.isInteger(n) && n >= 2, `${where}: ${c.desc} counts at least 2 events`);
    assert.match(c.text, new RegExp(`(^|\\D)${n}(\\D|$)`), `${where}: ${c.desc} shows its count as text`);
  }
  assert.equal(rep.events.filter((e) => e.tabindex === "0").length, rep.events.length ? 1 : 0, `${where}: a.tl-event with tabindex="0" (roving tabindex): ${rep.events.filter((e) => e.tabindex === "0").map((e) => e.id).join(" ")}`);

  // geometry: drawn, inside the plot, no overlaps, labels whole and readable
  const labels = rep.boxes.filter((x) => x.kind === "label");
  assert.ok(labels.length >= 1, `${where}: at least one event has room for a label (.tl-label: ${labels.length})`);
  for (const x of rep.boxes) {
    assert.ok(areaOf(x.rect) > 0, `${where}: ${x.desc} is drawn (box ${fmt(x.rect)})`);
    assert.ok(inside(x.rect, rep.plot), `${where}: ${x.desc} ${fmt(x.rect)} lies inside .tl-plot ${fmt(rep.plot)} (tolerance ${EPS} px)`);
  }
  const exempt = new Set(rep.exempt);
  const bad = overlappingPairs(rep.boxes, (i, j) => exempt.has(`${i},${j}`));
  assert.deepEqual(bad, [], `${where}: ${bad.length} overlapping pairs among ${rep.boxes.length} labels, markers and clusters (tolerance ${EPS} px)`);
  for (const l of labels) {
    assert.ok(l.scrollWidth <= l.clientWidth, `${where}: ${l.desc} is cut: scrollWidth ${l.scrollWidth} > clientWidth ${l.clientWidth}`);
    for (const f of l.fonts) assert.ok(f.px >= 12, `${where}: ${l.desc}: text in ${f.what} is ${f.px} px; the contract wants >= 12`);
  }
}

async function openBand(page, frag) {
  await page.goto(`${site.srv.url}${frag}`);
  await ready(page);
  await page.locator(".tl-band .tl-plot").waitFor();
  await page.waitForFunction(() => document.querySelectorAll(".tl-band a.tl-event, .tl-band .tl-cluster").length > 0);
  await settle(page, ".tl-band .tl-label, .tl-band .tl-marker, .tl-band .tl-cluster");
}

const bandButton = (page, name) => page.locator(".tl-band").getByRole("button", { name, exact: true });

async function zoomIn(page) {
  const before = await page.locator(".tl-window").textContent();
  await bandButton(page, "Zoom in").click();
  await page.waitForFunction((b) => document.querySelector(".tl-window")?.textContent !== b, before);
  // the URL follows a moment later (replaced entries are written when input pauses)
  await page.waitForFunction(() => {
    const m = location.hash.match(/win=(\d{4})-(\d{4})/);
    return m && document.querySelector(".tl-window")?.textContent.includes(`${m[1]}–${m[2]}`);
  });
  await settle(page, ".tl-band .tl-label, .tl-band .tl-marker, .tl-band .tl-cluster");
}

test("timeline band at 1280x800: controls, eras, ticks, the window text, the legend below", async () => {
  const { context, page, problems } = await openPage(site.browser, site.srv.origin, at(1280, 800));
  await openBand(page, "#/timeline");
  assert.equal(await page.locator(".tl-stage[data-primary] .tl-band").count(), 1, "the band lives in .tl-stage[data-primary]");
  assert.match((await page.locator(".tl-band .tl-window").textContent()).replace(/\s+/g, " ").trim(), /^Showing 1920–2026$/, ".tl-window names the default window");
  for (const name of ["Zoom in", "Zoom out", "Zoom to fit", "Earlier", "Later"]) {
    assert.equal(await bandButton(page, name).count(), 1, `one "${name}" button in .tl-band`);
  }
  assert.equal(await page.locator(".tl-band select#tl-era").count(), 1, "select #tl-era in .tl-band");
  const rep = await bandReport(page);
  assert.ok(rep.eras >= 1, `era bands .tl-era in the band: ${rep.eras}`);
  assert.ok(rep.ticks >= 2, `axis ticks .tl-tick in the band: ${rep.ticks}`);
  assert.ok(rep.legend, "a .legend exists");
  assert.ok(rep.legend.top >= rep.band.bottom - 1, `the .legend ${fmt(rep.legend)} is below the band ${fmt(rep.band)}`);
  for (const e of rep.events) assert.ok(e.id && eventById.has(e.id), `a.tl-event href names a known event (event=${e.id})`);
  assert.deepEqual(problems(), []);
  await context.close();
});

test("timeline band at 1280x800, default view: every event represented, no overlap, nothing cut, labels >= 12 px", async () => {
  const { context, page, problems } = await openPage(site.browser, site.srv.origin, at(1280, 800));
  await openBand(page, "#/timeline");
  assertBand(await bandReport(page), "1280x800 default view");
  assert.deepEqual(problems(), []);
  await context.close();
});

test("timeline band at 1280x800 after Zoom in twice: every event in the window represented, no overlap, nothing cut", async () => {
  const { context, page, problems } = await openPage(site.browser, site.srv.origin, at(1280, 800));
  await openBand(page, "#/timeline");
  await zoomIn(page);
  await zoomIn(page);
  const rep = await bandReport(page);
  const [a, b] = windowOf(rep);
  assert.ok(b - a < 2026 - 1920, `zoomed in twice the window (${rep.hash}) is narrower than 1920–2026`);
  assert.match(rep.windowText, new RegExp(`${a}–${b}`), `.tl-window "${rep.windowText}" names the URL's window ${a}–${b}`);
  assertBand(rep, `1280x800 after Zoom in twice (window ${a}–${b})`);
  assert.deepEqual(problems(), []);
  await context.close();
});

test("timeline band at 1024x768, default view: every event represented, no overlap, nothing cut, labels >= 12 px", async () => {
  const { context, page, problems } = await openPage(site.browser, site.srv.origin, at(1024, 768));
  await openBand(page, "#/timeline");
  assertBand(await bandReport(page), "1024x768 default view");
  assert.deepEqual(problems(), []);
  await context.close();
});

test("timeline band with filters: individual events + cluster counts = the filtered events", async () => {
  const { context, page, problems } = await openPage(site.browser, site.srv.origin, at(1280, 800));
  await openBand(page, "#/timeline?theme=terrorist-financing&range=1990-2010");
  const shown = visibleEvents({ themes: ["terrorist-financing"], range: [1990, 2010] });
  assert.ok(shown.length > 0 && shown.length < EVENTS.length, `the filters keep some events (${shown.length})`);
  assertBand(await bandReport(page), "1280x800, theme=terrorist-financing, range=1990-2010", shown);
  assert.deepEqual(problems(), []);
  await context.close();
});

test("a year range or a theme fits the band to the events it keeps, until a zoom; a new filter fits it again", async () => {
  const { context, page, problems } = await openPage(site.browser, site.srv.origin, at(1280, 800));
  for (const [frag, filters] of [
    // the tour's fifth stop: its 17 events were one cluster at the right of 1920–2026
    ["#/timeline?range=2014-2019&event=2014-unscr-2178", { range: [2014, 2019] }],
    ["#/timeline?range=2014-2019", { range: [2014, 2019] }],
    ["#/timeline?theme=technology-cyber", { themes: ["technology-cyber"] }],
  ]) {
    await openBand(page, frag);
    const shown = visibleEvents(filters);
    const rep = await bandReport(page);
    assertBand(rep, frag, shown);
    const [a, b] = windowOf(rep);
    const years = shown.map((e) => yearOf(e.date));
    const [lo, hi] = [Math.min(...years), Math.max(...years)];
    assert.ok(a <= lo && hi <= b, `${frag}: the band ${a}–${b} holds every event kept (${lo.toFixed(1)}–${hi.toFixed(1)})`);
    assert.ok(b - a <= (hi - lo) * 1.1 + 4, `${frag}: the band ${a}–${b} fits the events kept (${lo.toFixed(1)}–${hi.toFixed(1)})`);
    assert.ok(!/[?&]win=/.test(rep.hash), `${frag}: the fitted band is the default, not written into the URL: ${rep.hash}`);
    const biggest = Math.max(0, ...rep.boxes.filter((x) => x.kind === "cluster").map((c) => Number(c.count)));
    assert.ok(biggest < shown.length / 2, `${frag}: no cluster holds half the events kept (${biggest} of ${shown.length})`);
  }
  // a zoom is kept in the URL and wins; a new filter drops it and fits again
  await openBand(page, "#/timeline?range=2014-2019&win=2014-2018");
  assert.deepEqual(windowOf(await bandReport(page)), [2014, 2018]);
  await page.getByRole("button", { name: /^Filters/ }).click();
  await page.locator("#tl-theme").selectOption("terrorist-financing");
  await page.waitForFunction(() => location.hash.includes("theme=terrorist-financing") && !location.hash.includes("win="));
  await settle(page, ".tl-band .tl-label, .tl-band .tl-marker, .tl-band .tl-cluster");
  const kept = visibleEvents({ themes: ["terrorist-financing"], range: [2014, 2019] });
  const rep = await bandReport(page);
  assertBand(rep, "theme chosen after a zoom", kept);
  const [a, b] = windowOf(rep);
  assert.ok(a >= 2012 && b <= 2021, `theme chosen after a zoom: the band fits 2014–2019's events again (${a}–${b})`);
  // and "Zoom out" reaches a wider band, which the URL then keeps
  await page.getByRole("button", { name: "Zoom out", exact: true }).click();
  await page.waitForFunction(() => location.hash.includes("win="));
  const [c, d] = windowOf(await bandReport(page));
  assert.ok(d - c > b - a, `zoomed out: ${c}–${d} wider than ${a}–${b}`);
  assert.deepEqual(problems(), []);
  await context.close();
});

test("pressing a cluster zooms in to its events", async (t) => {
  for (const [w, h] of [
    [1280, 800],
    [1024, 768],
  ]) {
    const { context, page, problems } = await openPage(site.browser, site.srv.origin, at(w, h));
    await openBand(page, "#/timeline");
    const cluster = page.locator(".tl-band .tl-cluster").first();
    if ((await cluster.count()) === 0) {
      await context.close();
      continue;
    }
    const [a0, b0] = windowOf(await bandReport(page));
    const desc = `.tl-cluster "${(await cluster.getAttribute("aria-label")) ?? (await cluster.textContent()).trim()}" (data-count ${await cluster.getAttribute("data-count")})`;
    // by keyboard: focus went to the page, the next Tab past the events shown
    const held = (await cluster.getAttribute("data-holds")).split(" ");
    await cluster.focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => /[?&]win=\d{4}-\d{4}/.test(location.hash), null, { timeout: 5000 }).catch(() => {});
    await settle(page, ".tl-band .tl-label, .tl-band .tl-marker, .tl-band .tl-cluster");
    await page.waitForTimeout(100);
    const focused = await page.evaluate(() => {
      const a = document.activeElement;
      const id = (a?.getAttribute("href") ?? "").match(/[?&]event=([^&]+)/)?.[1];
      return { inBand: !!a?.closest(".tl-band"), id, holds: a?.getAttribute("data-holds") };
    });
    assert.ok(focused.inBand, `at ${w}x${h}, after pressing ${desc} focus is in the band, on what it held: ${JSON.stringify(focused)}`);
    assert.ok(held.includes(focused.id) || (focused.holds ?? "").split(" ").some((x) => held.includes(x)), `at ${w}x${h}: focus on one of ${held.join(" ")}: ${JSON.stringify(focused)}`);
    const rep = await bandReport(page);
    const [a, b] = windowOf(rep);
    assert.ok(b - a < b0 - a0, `at ${w}x${h}, pressing the cluster ${desc} narrowed the window from ${a0}–${b0} to ${a}–${b} (${rep.hash})`);
    assertBand(rep, `${w}x${h} after pressing ${desc}`);
    assert.deepEqual(problems(), []);
    await context.close();
    return;
  }
  t.skip("no .tl-cluster at 1280x800 or 1024x768 by default: nothing to press");
});

/** Waits for focus on event `i` of `list`, then checks it is an individual event, drawn inside the plot. */
async function expectFocusedEvent(page, list, i, after) {
  const want = list[i];
  await page
    .waitForFunction(
      (id) => {
        const a = document.activeElement;
        return !!a?.matches?.(".tl-band a.tl-event") && (a.getAttribute("href") || "").match(/[?&]event=([^&]+)/)?.[1] === id;
      },
      want.id,
      { timeout: 5000 },
    )
    .catch(() => {});
  await settle(page, ".tl-band .tl-marker, .tl-band .tl-cluster");
  const got = await page.evaluate(() => {
    const R = (e) => {
      const r = e.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    const a = document.activeElement;
    const marker = a?.querySelector?.(".tl-marker");
    const plot = document.querySelector(".tl-band .tl-plot");
    return {
      desc: a ? `${a.tagName.toLowerCase()}.${[...a.classList].join(".")} "${(a.getAttribute("aria-label") || a.textContent).replace(/\s+/g, " ").trim().slice(0, 60)}"` : "nothing",
      individual: !!a?.matches?.(".tl-band a.tl-event") && !a.closest(".tl-cluster"),
      id: (a?.getAttribute?.("href") || "").match(/[?&]event=([^&]+)/)?.[1] ?? null,
      datetime: a?.querySelector?.("time")?.getAttribute("datetime") ?? null,
      tabindex: a?.getAttribute?.("tabindex"),
      rovers: document.querySelectorAll('.tl-band a.tl-event[tabindex="0"]').length,
      marker: marker && R(marker),
      plot: plot && R(plot),
      hash: location.hash,
    };
  });
  assert.ok(got.individual, `after ${after}: focus is on an individual .tl-band a.tl-event (event ${i + 1} of ${list.length}, ${want.id}), not on ${got.desc} (${got.hash})`);
  assert.equal(got.id, want.id, `after ${after}: the focused event is number ${i + 1} in date order`);
  assert.equal(got.datetime, iso(want.date), `after ${after}: the focused event's <time datetime>`);
  assert.equal(got.tabindex, "0", `after ${after}: the focused event has tabindex="0"`);
  assert.equal(got.rovers, 1, `after ${after}: a.tl-event with tabindex="0" in the band`);
  assert.ok(got.marker && got.plot && inside(got.marker, got.plot), `after ${after}: the focused event's marker ${fmt(got.marker)} lies inside .tl-plot ${fmt(got.plot)}`);
}

test("timeline band keyboard at 1280x800: arrows, Home and End reach every event in date order, each shown on its own", async () => {
  const { context, page, problems } = await openPage(site.browser, site.srv.origin, at(1280, 800));
  await openBand(page, "#/timeline");
  const rover = page.locator('.tl-band a.tl-event[tabindex="0"]');
  assert.equal(await rover.count(), 1, 'one a.tl-event with tabindex="0" in the band');
  await rover.focus();
  await page.keyboard.press("Home");
  await expectFocusedEvent(page, EVENTS, 0, "Home");
  for (let i = 1; i < EVENTS.length; i++) {
    await page.keyboard.press("ArrowRight");
    await expectFocusedEvent(page, EVENTS, i, `ArrowRight to event ${i + 1}`);
  }
  const n = EVENTS.length;
  await page.keyboard.press("ArrowLeft");
  await expectFocusedEvent(page, EVENTS, n - 2, "ArrowLeft from the last event");
  await page.keyboard.press("ArrowUp");
  await expectFocusedEvent(page, EVENTS, n - 3, "ArrowUp");
  await page.keyboard.press("ArrowDown");
  await expectFocusedEvent(page, EVENTS, n - 2, "ArrowDown");
  await page.keyboard.press("End");
  await expectFocusedEvent(page, EVENTS, n - 1, "End");
  await page.keyboard.press("Home");
  await expectFocusedEvent(page, EVENTS, 0, "Home again");
  await page.keyboard.press("Enter");
  await page.locator("#event-title").waitFor();
  assert.match(page.url(), hasEvent(EVENTS[0].id), "Enter on the focused event opens it (event= in the URL)");
  assert.equal(await page.locator(".tl-current h2#event-title").textContent(), EVENTS[0].title, "Enter opens the focused event in .tl-current");
  assert.deepEqual(problems(), []);
  await context.close();
});

// ---------------------------------------------------------------------------
// The current-event panel.

/** Checks that .tl-current shows event `i` of `list` in full. */
async function expectCurrent(page, list, i, after) {
  const ev = list[i];
  await page.waitForFunction((re) => new RegExp(re).test(location.hash), hasEvent(ev.id).source, { timeout: 5000 }).catch(() => {});
  assert.match(page.url(), hasEvent(ev.id), `after ${after}: the URL has event=${ev.id}`);
  await page.waitForFunction((t) => document.querySelector(".tl-current #event-title")?.textContent === t, ev.title, { timeout: 5000 }).catch(() => {});
  const c = await page.evaluate(() => {
    const cur = document.querySelector(".tl-stage .tl-current");
    if (!cur) return null;
    const clone = cur.cloneNode(true);
    clone.querySelectorAll(".term-tip, .visually-hidden").forEach((x) => x.remove());
    const prev = cur.querySelector("button.tl-prev");
    const next = cur.querySelector("button.tl-next");
    return {
      title: cur.querySelector("h2#event-title")?.textContent ?? null,
      datetime: cur.querySelector("time")?.getAttribute("datetime") ?? null,
      text: clone.textContent.replace(/\s+/g, " "),
      ref: cur.querySelector(".ref")?.textContent.replace(/\s+/g, " ").trim() ?? null,
      position: cur.querySelector(".tl-position")?.textContent.replace(/\s+/g, " ").trim() ?? null,
      prev: prev && { disabled: prev.disabled },
      next: next && { disabled: next.disabled },
      links: [...cur.querySelectorAll("a")].map((a) => a.textContent.replace(/\s+/g, " ").trim()),
    };
  });
  assert.ok(c, `after ${after}: .tl-current is in .tl-stage`);
  assert.equal(c.title, ev.title, `after ${after}: h2#event-title is the full title of ${ev.id}`);
  assert.equal(c.datetime, iso(ev.date), `after ${after}: <time datetime> in .tl-current`);
  assert.ok(c.text.includes(ev.text.replace(/\s+/g, " ")), `after ${after}: .tl-current holds the full text of ${ev.id}`);
  assert.ok(c.ref && c.ref.startsWith("Primary reference:") && c.ref.includes(ev.reference), `after ${after}: .ref reads "Primary reference: ${ev.reference.slice(0, 40)}…", got "${c.ref?.slice(0, 80)}"`);
  if (ev.cards.length) {
    assert.match(c.text, /Explained in/, `after ${after}: "Explained in" precedes the card links`);
    for (const id of ev.cards) assert.ok(c.links.includes(cardById.get(id).title), `after ${after}: a link to card "${cardById.get(id).title}"; links: ${c.links.join(" | ")}`);
  }
  if (ev.actors.length) {
    assert.match(c.text, /On the map/, `after ${after}: "On the map" precedes the node links`);
    for (const id of ev.actors) {
      const name = data.actors.find((x) => x.id === id).name;
      assert.ok(c.links.includes(name), `after ${after}: a link to the map node "${name}"; links: ${c.links.join(" | ")}`);
    }
  }
  assert.equal(c.position, `Event ${i + 1} of ${list.length}`, `after ${after}: .tl-position`);
  assert.ok(c.prev, `after ${after}: a button.tl-prev`);
  assert.ok(c.next, `after ${after}: a button.tl-next`);
  assert.equal(c.prev.disabled, i === 0, `after ${after}: Previous is ${i === 0 ? "disabled at the first event" : "enabled"}`);
  assert.equal(c.next.disabled, i === list.length - 1, `after ${after}: Next is ${i === list.length - 1 ? "disabled at the last event" : "enabled"}`);
}

test("current-event panel: Start with the first event, Next and Previous in date order with the URL, Escape closes", async () => {
  const { context, page, problems } = await openPage(site.browser, site.srv.origin, at(1280, 800));
  await page.goto(`${site.srv.url}#/timeline`);
  await ready(page);
  const cur = page.locator(".tl-stage[data-primary] .tl-current");
  assert.equal(await cur.count(), 1, "one .tl-current in .tl-stage[data-primary]");
  const start = cur.getByRole("button", { name: "Start with the first event", exact: true });
  assert.equal(await start.isVisible(), true, 'with no event chosen, .tl-current offers "Start with the first event"');
  await start.click();
  await expectCurrent(page, EVENTS, 0, "Start with the first event");
  await page.waitForFunction(() => document.activeElement?.id === "event-title", null, { timeout: 3000 }).catch(() => {});
  assert.equal(await page.evaluate(() => document.activeElement?.id), "event-title", "the opened event's title has focus");

  // the buttons and their names
  const prevByName = cur.getByRole("button", { name: /^Previous/ });
  const nextByName = cur.getByRole("button", { name: /^Next/ });
  assert.equal(await prevByName.count(), 1, 'one button in .tl-current whose name starts with "Previous"');
  assert.equal(await nextByName.count(), 1, 'one button in .tl-current whose name starts with "Next"');
  assert.ok(await prevByName.evaluate((b) => b.classList.contains("tl-prev")), 'the "Previous…" button is button.tl-prev');
  assert.ok(await nextByName.evaluate((b) => b.classList.contains("tl-next")), 'the "Next…" button is button.tl-next');
  assert.equal(await cur.getByRole("button", { name: /^Close/ }).count(), 1, 'a "Close" button in .tl-current');

  await cur.locator("button.tl-next").click();
  await expectCurrent(page, EVENTS, 1, "Next");
  await cur.locator("button.tl-next").click();
  await expectCurrent(page, EVENTS, 2, "Next twice");
  await cur.locator("button.tl-prev").click();
  await expectCurrent(page, EVENTS, 1, "Previous");

  // Escape closes: the event leaves the URL, the introduction comes back
  await cur.locator("button.tl-prev").focus();
  await page.keyboard.press("Escape");
  await page.waitForFunction(() => !/[?&]event=/.test(location.hash), null, { timeout: 5000 }).catch(() => {});
  assert.doesNotMatch(page.url(), /[?&]event=/, "after Escape in .tl-current the URL has no event=");
  assert.equal(await page.locator("#event-title").count(), 0, "after Escape no #event-title");
  assert.equal(await start.isVisible(), true, 'after Escape, "Start with the first event" is back');

  // at the last event Next is disabled
  await page.goto("about:blank");
  await page.goto(`${site.srv.url}#/timeline?event=${EVENTS.at(-1).id}`);
  await ready(page);
  await page.locator(".tl-current #event-title").waitFor();
  await expectCurrent(page, EVENTS, EVENTS.length - 1, "a deep link to the last event");
  assert.deepEqual(problems(), []);
  await context.close();
});

/** Median luminance (0-255) of a screenshot's strip `clip` (page px):
 * the background's, whatever text crosses it. Decoded in a blank page. */
async function stripLuma(page, clip) {
  const png = (await page.screenshot({ clip })).toString("base64");
  const blank = await page.context().newPage();
  const luma = await blank.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement("canvas");
    [c.width, c.height] = [img.width, img.height];
    const g = c.getContext("2d");
    g.drawImage(img, 0, 0);
    const d = g.getImageData(0, 0, c.width, c.height).data;
    const ls = [];
    for (let i = 0; i < d.length; i += 4) ls.push(0.2126 * d[i] + 0.7152 * d[i + 1] + 0.0722 * d[i + 2]);
    ls.sort((a, b) => a - b);
    return ls[ls.length >> 1];
  }, png);
  await blank.close();
  return luma;
}

test("an event longer than its box: the box scrolls and shades the edge with more text past it, in both themes", async () => {
  // 138 px of this event were cut at 1280x800, and all but one line of its
  // text in a 900x500 frame, the reference cut mid-line with no sign of more
  for (const [w, h, scheme, embed] of [
    [900, 500, "light", true],
    [900, 500, "dark", true],
    [1280, 800, "light", false],
  ]) {
    const { context, page, problems } = await openPage(site.browser, site.srv.origin, { viewport: { width: w, height: h }, colorScheme: scheme });
    const frag = `#/timeline?event=2022-unscr-2664${embed ? "&embed=1" : ""}`;
    const where = `${frag} at ${w}x${h}, ${scheme}`;
    await page.goto(`${site.srv.url}${frag}`);
    await ready(page);
    const box = page.locator(".tl-current");
    await box.locator(".event-main h2").waitFor();
    const m = await box.evaluate((e) => ({ sh: e.scrollHeight, ch: e.clientHeight, b: e.getBoundingClientRect(), cs: getComputedStyle(e) }));
    assert.ok(m.sh > m.ch + 20, `${where}: the event is longer than its box (${m.sh} > ${m.ch})`);
    // a strip just inside the box's bottom and top edges, in its padding
    const strip = (top) => ({ x: m.b.left + 24, y: top ? m.b.top + 2 : m.b.bottom - 6, width: m.b.width - 48, height: 4 });
    const shaded = await stripLuma(page, strip(false));
    const plainTop = await stripLuma(page, strip(true));
    await box.evaluate((e) => (e.scrollTop = e.scrollHeight));
    await page.waitForTimeout(100);
    const plainBottom = await stripLuma(page, strip(false));
    const shadedTop = await stripLuma(page, strip(true));
    // darker in the light theme, lighter in the dark one: at least 12 of 255 off the plain surface
    const off = (a, b) => (scheme === "light" ? b - a : a - b);
    assert.ok(off(shaded, plainBottom) >= 12, `${where}: the bottom edge is shaded while text goes on (${shaded.toFixed(0)} against ${plainBottom.toFixed(0)} at the end)`);
    assert.ok(off(shadedTop, plainTop) >= 12, `${where}: scrolled to the end, the top edge is shaded (${shadedTop.toFixed(0)} against ${plainTop.toFixed(0)} at the start)`);
    assert.ok(Math.abs(plainTop - plainBottom) <= 3, `${where}: unshaded, both edges are the surface (${plainTop.toFixed(0)}, ${plainBottom.toFixed(0)})`);
    assert.deepEqual(problems(), []);
    await context.close();
  }
});

test("timeline introduction: centred like a title slide, says how to start at every size, and what the timeline holds where its box has room, never scrolled or clipped", async () => {
  // [width, height, embedded, whether the box has room for the longer text]
  const CASES = [[900, 500, true, false], [1280, 720, false, true], [1280, 800, false, true], [1024, 600, true, true], [700, 600, true, false], [1920, 1080, false, true]];
  for (const [w, h, embed, what] of CASES) {
    const { context, page, problems } = await openPage(site.browser, site.srv.origin, at(w, h));
    await page.goto(`${site.srv.url}#/timeline${embed ? "?embed=1" : ""}`);
    await ready(page);
    const where = `${w}x${h}${embed ? " embedded" : ""}`;
    const r = await page.evaluate(() => {
      const box = document.querySelector(".tl-stage[data-primary] .tl-current");
      const shown = (sel) => {
        const e = box.querySelector(sel);
        if (!e || getComputedStyle(e).display === "none") return null;
        const b = e.getBoundingClientRect(), c = box.getBoundingClientRect();
        return { inside: b.top >= c.top - 0.5 && b.bottom <= c.bottom + 0.5, text: e.textContent };
      };
      // the introduction's content (heading to button), and the box's inside
      const c = box.getBoundingClientRect(), cs = getComputedStyle(box);
      const first = box.querySelector(".tl-intro h2").getBoundingClientRect(), last = box.querySelector(".tl-intro button").getBoundingClientRect();
      const inner = { top: c.top + parseFloat(cs.borderTopWidth) + parseFloat(cs.paddingTop), bottom: c.bottom - parseFloat(cs.borderBottomWidth) - parseFloat(cs.paddingBottom) };
      const centre = { above: first.top - inner.top, below: inner.bottom - last.bottom, left: last.left - c.left, right: c.right - last.right };
      return { ch: box.clientHeight, sh: box.scrollHeight, how: shown(".intro-how"), what: shown(".intro-what"), start: shown(".tl-intro button"), centre, h2: parseFloat(getComputedStyle(box.querySelector(".tl-intro h2")).fontSize) };
    });
    // a title slide: centred in its box (at its top-left a 1920x1080
    // projector showed three lines in a 440 px box, the rest empty), its
    // heading larger where the box is large
    const { above, below, left, right } = r.centre;
    assert.ok(Math.abs(above - below) <= 2 || (above <= 1 && below <= 1), `${where}: the introduction centred in its box (${above} px above it, ${below} below)`);
    assert.ok(Math.abs(left - right) <= 2, `${where}: the start button centred (${left} px left of it, ${right} right)`);
    if (h >= 1080) assert.ok(r.h2 >= 32, `${where}: heading ${r.h2} px`);
    assert.ok(r.sh <= r.ch + 1, `${where}: the introduction fits its box (scrollHeight ${r.sh} <= clientHeight ${r.ch})`);
    assert.ok(r.how?.inside, `${where}: "${r.how?.text ?? ".intro-how"}" is shown inside the box`);
    assert.ok(r.start?.inside, `${where}: the start button is inside the box`);
    assert.equal(!!r.what, what, `${where}: what the timeline holds is ${what ? "shown" : "left out (no room)"}`);
    if (what) assert.ok(r.what.inside, `${where}: what the timeline holds is inside the box`);
    assert.deepEqual(problems(), [], `${where}: no console problems`);
    await context.close();
  }
});

// At 768 px the controls wrap: "Era" ended one row and its menu began the next.
test("the timeline's Era label stays beside its menu wherever the controls wrap", async () => {
  for (const [w, h] of [[768, 1024], [1024, 900], [1280, 800], [660, 900]]) {
    const { context, page, problems } = await openPage(site.browser, site.srv.origin, at(w, h));
    await page.goto(`${site.srv.url}#/timeline`);
    await ready(page);
    const r = await page.evaluate(() => {
      const box = (e) => e.getBoundingClientRect().toJSON();
      const stage = document.querySelector(".tl-stage[data-primary]");
      return { label: box(stage.querySelector('label[for="tl-era"]')), select: box(stage.querySelector("#tl-era")) };
    });
    const mid = r.label.top + r.label.height / 2;
    assert.ok(mid >= r.select.top && mid <= r.select.bottom, `${w}x${h}: "Era" (middle ${mid}) on its menu's row [${r.select.top}, ${r.select.bottom}]`);
    assert.ok(r.label.right <= r.select.left, `${w}x${h}: "Era" before its menu`);
    assert.deepEqual(problems(), []);
    await context.close();
  }
});

test("on a 2560x1440 screen the timeline's band follows its text and the map fills its box, no tall empty box", async () => {
  const { context, page, problems } = await openPage(site.browser, site.srv.origin, at(2560, 1440));
  await page.goto(`${site.srv.url}#/timeline`);
  await ready(page);
  const t = await page.evaluate(() => {
    const R = (s) => document.querySelector(s).getBoundingClientRect();
    return { stage: R(".tl-stage[data-primary]"), intro: R(".tl-stage[data-primary] .tl-intro"), band: R(".tl-stage[data-primary] .tl-band") };
  });
  assert.ok(t.stage.height <= 961, `the stage is at most 60rem high (${round1(t.stage.height)} px)`);
  assert.ok(t.band.top - t.intro.bottom <= 700, `the band starts ${round1(t.band.top - t.intro.bottom)} px below the introduction's text (at most 700)`);
  assert.ok(t.band.bottom <= 1440, "the band is on the first screen");
  await openMap(page);
  const rep = await mapReport(page);
  const u = union(rep.nodes.map((n) => n.rect));
  const [w, h] = [widthOf(u) / widthOf(rep.canvas), heightOf(u) / heightOf(rep.canvas)];
  assertWholeMap(rep, "2560x1440");
  assert.ok(w >= 0.8 && h >= 0.8, `the whole map spans ${pct(w)} of its box's width and ${pct(h)} of its height (at least 80% of both)`);
  assert.deepEqual(problems(), []);
  await context.close();
});

test("current-event panel: Next and Previous move through the filtered events", async () => {
  const { context, page, problems } = await openPage(site.browser, site.srv.origin, at(1280, 800));
  const tf = visibleEvents({ themes: ["terrorist-financing"] });
  assert.ok(tf.length >= 3, `at least three terrorist-financing events (${tf.length})`);
  await page.goto(`${site.srv.url}#/timeline?theme=terrorist-financing`);
  await ready(page);
  const cur = page.locator(".tl-current");
  await cur.getByRole("button", { name: "Start with the first event", exact: true }).click();
  await expectCurrent(page, tf, 0, "Start with the first event (theme=terrorist-financing)");
  await cur.locator("button.tl-next").click();
  await expectCurrent(page, tf, 1, "Next (theme=terrorist-financing)");
  await cur.locator("button.tl-next").click();
  await expectCurrent(page, tf, 2, "Next twice (theme=terrorist-financing)");
  await cur.locator("button.tl-prev").click();
  await expectCurrent(page, tf, 1, "Previous (theme=terrorist-financing)");
  assert.deepEqual(problems(), []);
  await context.close();
});

// ---------------------------------------------------------------------------
// The map.

const mapReport = (page) =>
  page.evaluate(() => {
    const R = (e) => {
      const r = e.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    const canvas = document.querySelector(".map-canvas");
    if (!canvas) return null;
    const first = canvas.querySelector("g.node");
    return {
      canvas: R(canvas),
      primary: canvas.hasAttribute("data-primary"),
      viewBox: canvas.querySelector("svg")?.getAttribute("viewBox") ?? null,
      vw: innerWidth,
      vh: innerHeight,
      scrollY,
      nodes: [...canvas.querySelectorAll("g.node")].map((g) => ({ id: g.id, rect: R(g) })),
      // what floats over the drawing: the zoom buttons and the key
      controls: [...document.querySelectorAll(".map-box .map-zoom button, .map-box .map-legend > summary")].map((e) => ({
        name: e.textContent.trim(),
        rect: R(e),
      })),
      labels: [...canvas.querySelectorAll("g.node text")].map((t) => ({
        id: t.closest("g.node").id,
        text: t.textContent,
        px: t.getScreenCTM().a * parseFloat(getComputedStyle(t).fontSize),
      })),
      groups: [...canvas.querySelectorAll("g.map-group")].map((g) => ({
        group: g.getAttribute("data-group"),
        rect: !!g.querySelector("rect"),
        box: g.querySelector("rect") ? R(g.querySelector("rect")) : null,
        label: g.querySelector("text.map-group-label")?.textContent.trim() ?? "",
        behind: !!first && !!(g.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING),
      })),
    };
  });

/** `min` below 12 only for a view at the readable scale exactly, where
 *  12 px comes out a hair under in floating point. */
function assertLabels(rep, where, min = 12) {
  assert.ok(rep.labels.length > 0, `${where}: node labels (g.node text): ${rep.labels.length}`);
  const small = rep.labels.filter((l) => !(l.px >= min));
  assert.deepEqual(
    small.map((l) => `${l.id} "${l.text}" ${round1(l.px)} px`),
    [],
    `${where}: ${small.length} of ${rep.labels.length} node labels render below 12 px (getScreenCTM().a × font-size)`,
  );
}

function assertWholeMap(rep, where) {
  const out = rep.nodes.filter((n) => !inside(n.rect, rep.canvas, 1));
  assert.deepEqual(out.map((n) => `${n.id} ${fmt(n.rect)}`), [], `${where}: ${out.length} of ${rep.nodes.length} nodes lie outside .map-canvas ${fmt(rep.canvas)}`);
}

/** The view that opens on the UN shows its group's frame whole, title and
 *  all, where the box has room (centred on the UN node, a 900x500 frame cut
 *  the title off). */
function assertUnFrameWhole(rep, where) {
  const frame = rep.groups.find((g) => g.group === "un")?.box;
  assert.ok(frame && inside(frame, rep.canvas, 1), `${where}: the UN family's frame ${frame && fmt(frame)} lies inside .map-canvas ${fmt(rep.canvas)}`);
}

/** The nodes in view that lie under the zoom buttons or the key. */
function underControls(rep) {
  const visible = rep.nodes.filter((n) => overlaps(n.rect, rep.canvas));
  return rep.controls.flatMap((c) => visible.filter((n) => overlaps(n.rect, c.rect)).map((n) => `${n.id} under "${c.name}" ${fmt(c.rect)}`));
}

async function openMap(page, frag = "#/map") {
  await page.goto(`${site.srv.url}${frag}`);
  await ready(page);
  await page.locator(".map-canvas g.node").first().waitFor();
  await settle(page, ".map-canvas, .map-canvas g.node");
}

const zoomButton = (page, name) => page.locator(".map-box .map-zoom").getByRole("button", { name, exact: true });
const viewBox = (page) => page.locator(".map-canvas svg").getAttribute("viewBox");

test("map at 1280x800: the whole map by default, labels >= 12 px, the groups, the drawing fills its box", async () => {
  const { context, page, problems } = await openPage(site.browser, site.srv.origin, at(1280, 800));
  await openMap(page);
  const rep = await mapReport(page);
  assert.ok(rep.primary, ".map-canvas has data-primary");
  assert.equal(rep.nodes.length, data.actors.length + data.instruments.length, "every actor and instrument is a g.node");
  assertLabels(rep, "1280x800 default view");
  assertWholeMap(rep, "1280x800 default view");
  for (const g of GROUPS) {
    const found = rep.groups.filter((x) => x.group === g);
    assert.equal(found.length, 1, `one g.map-group[data-group="${g}"]; groups: ${rep.groups.map((x) => x.group).join(" ")}`);
    assert.ok(found[0].rect, `g.map-group[data-group="${g}"] has a rect`);
    assert.ok(found[0].label.length > 0, `g.map-group[data-group="${g}"] has a text.map-group-label`);
    assert.ok(found[0].behind, `g.map-group[data-group="${g}"] comes before the nodes in the SVG (drawn behind them)`);
  }
  const u = union(rep.nodes.map((n) => n.rect));
  const wShare = widthOf(u) / widthOf(rep.canvas);
  const hShare = heightOf(u) / heightOf(rep.canvas);
  assert.ok(wShare >= 0.7, `the nodes span ${pct(wShare)} of the .map-canvas width (${round1(widthOf(u))} of ${round1(widthOf(rep.canvas))} px); the contract wants >= 70%`);
  assert.ok(hShare >= 0.6, `the nodes span ${pct(hShare)} of the .map-canvas height (${round1(heightOf(u))} of ${round1(heightOf(rep.canvas))} px); the contract wants >= 60%`);
  assert.equal(await page.locator("details.map-legend").count(), 1, "one details.map-legend");
  assert.match(await ownText(page.locator("details.map-legend > summary")), /^Key\b/, 'the legend\'s summary reads "Key"');
  // the key and the zoom buttons sit over the map's corners: no label under them
  for (const sel of ["details.map-legend > summary", ".map-zoom"]) {
    const r = await page.locator(sel).boundingBox();
    const ctl = { left: r.x, top: r.y, right: r.x + r.width, bottom: r.y + r.height };
    const under = rep.nodes.filter((n) => overlaps(n.rect, ctl)).map((n) => n.desc ?? n.id ?? "node");
    assert.deepEqual(under, [], `${sel} covers node labels`);
  }
  assert.deepEqual(problems(), []);
  await context.close();
});

test('map at 1280x800: the zoom overlay, and "Show whole map" restores the default view', async () => {
  const { context, page, problems } = await openPage(site.browser, site.srv.origin, at(1280, 800));
  await openMap(page);
  for (const name of ["Zoom in", "Zoom out", "Show whole map", "Pan left", "Pan right", "Pan up", "Pan down"]) {
    assert.equal(await zoomButton(page, name).count(), 1, `one "${name}" button in .map-box .map-zoom`);
  }
  assert.equal(await page.getByRole("button", { name: "Zoom to fit", exact: true }).count(), 0, '"Zoom to fit" is gone from the map');
  const start = await viewBox(page);
  await zoomButton(page, "Show whole map").click();
  assert.equal(await viewBox(page), start, '"Show whole map" at the default view keeps the viewBox');
  await zoomButton(page, "Zoom in").click();
  await zoomButton(page, "Pan left").click();
  const moved = await viewBox(page);
  assert.notEqual(moved, start, `Zoom in and Pan left change the viewBox (${start} → ${moved})`);
  await zoomButton(page, "Show whole map").click();
  assert.equal(await viewBox(page), start, '"Show whole map" restores the default viewBox');
  await settle(page, ".map-canvas g.node");
  assertWholeMap(await mapReport(page), 'after "Show whole map"');
  assert.deepEqual(problems(), []);
  await context.close();
});

test("map at 1280x800: opening a node's panel does not move the canvas", async () => {
  const { context, page, problems } = await openPage(site.browser, site.srv.origin, at(1280, 800));
  await openMap(page);
  const before = await mapReport(page);
  // a node whose centre is on screen and not under the zoom overlay; the UN if it can be
  const target = await page.evaluate(() => {
    const gs = [...document.querySelectorAll(".map-canvas g.node")];
    gs.sort((a, b) => (b.id === "node-a-un") - (a.id === "node-a-un"));
    for (const g of gs) {
      const r = g.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
      if (document.elementFromPoint(x, y)?.closest("g.node") === g) return { id: g.id, x, y };
    }
    return null;
  });
  assert.ok(target, "some node's centre is on screen and clickable");
  await page.mouse.click(target.x, target.y);
  await page.locator(".node-panel").waitFor();
  await settle(page, ".map-canvas, .node-panel");
  const after = await mapReport(page);
  const moved = Math.abs(after.canvas.top - before.canvas.top);
  assert.ok(moved <= 2, `opening the panel of ${target.id} moved .map-canvas by ${round1(moved)} px vertically (top ${round1(before.canvas.top)} → ${round1(after.canvas.top)}, scrollY ${before.scrollY} → ${after.scrollY}); the contract allows 2`);
  const seen = intersection(after.canvas, viewportRect(after.vw, after.vh));
  const share = (seen ? areaOf(seen) : 0) / areaOf(after.canvas);
  assert.ok(share >= 0.5, `with the panel open, ${pct(share)} of .map-canvas ${fmt(after.canvas)} is inside the ${after.vw}x${after.vh} viewport; the contract wants >= 50%`);
  assert.deepEqual(problems(), []);
  await context.close();
});

test("map on a phone: labels >= 12 px, the UN in view, Show whole map shows everything", async () => {
  const { context, page, problems } = await openPage(site.browser, site.srv.origin, PHONE);
  await openMap(page);
  const rep = await mapReport(page);
  assert.ok(rep.primary, ".map-canvas has data-primary");
  assertLabels(rep, "390x844 default view");
  const un = rep.nodes.find((n) => n.id === "node-a-un");
  assert.ok(un, "the UN node #node-a-un is drawn");
  const visible = intersection(rep.canvas, viewportRect(rep.vw, rep.vh));
  assert.ok(visible && inside(un.rect, visible, 1), `the UN node ${fmt(un.rect)} lies in the visible part of .map-canvas ${fmt(visible)}`);
  assertUnFrameWhole(rep, "390x844 default view");
  // the drawing starts at the top of its box: no blank band above the UN
  // family (it was 133 px), and nothing drawn lies under the buttons
  const frame = rep.groups.find((g) => g.group === "un").box;
  assert.ok(frame.top - rep.canvas.top <= 16, `the UN family's frame ${fmt(frame)} starts ${round1(frame.top - rep.canvas.top)} px below the top of .map-canvas ${fmt(rep.canvas)}; want <= 16`);
  const covered = underControls(rep);
  assert.ok(rep.controls.length >= 8, `the zoom buttons and the key: ${rep.controls.length}`);
  assert.deepEqual(covered, [], "nodes drawn under the map's buttons in the first view");
  await zoomButton(page, "Show whole map").click();
  await settle(page, ".map-canvas g.node");
  assertWholeMap(await mapReport(page), '390x844 after "Show whole map"');
  assert.deepEqual(problems(), []);
  await context.close();
});

/** The zoom and pan buttons in three rows: "Show whole map" above + ↑ −,
 *  above ← ↓ →, each arrow on the side of the screen it pans toward. */
async function assertControlRows(page, where) {
  const box = async (name) => {
    const b = await zoomButton(page, name).boundingBox();
    return { left: b.x, top: b.y, right: b.x + b.width, bottom: b.y + b.height, cx: b.x + b.width / 2, cy: b.y + b.height / 2 };
  };
  const [whole, zin, up, zout, left, down, right] = await Promise.all(
    ["Show whole map", "Zoom in", "Pan up", "Zoom out", "Pan left", "Pan down", "Pan right"].map(box),
  );
  const row = (a, b) => Math.abs(a.cy - b.cy) <= 1;
  assert.ok(row(zin, up) && row(up, zout), `${where}: + ↑ − share a row: ${fmt(zin)} ${fmt(up)} ${fmt(zout)}`);
  assert.ok(row(left, down) && row(down, right), `${where}: ← ↓ → share a row: ${fmt(left)} ${fmt(down)} ${fmt(right)}`);
  assert.ok(whole.bottom <= up.top + 1 && up.bottom <= down.top + 1, `${where}: three rows, "Show whole map" on top`);
  assert.ok(Math.abs(up.cx - down.cx) <= 1, `${where}: ↑ straight above ↓`);
  assert.ok(left.right <= down.left + 1 && down.right <= right.left + 1, `${where}: ← left of ↓ left of →`);
  assert.ok(zin.right <= up.left + 1 && up.right <= zout.left + 1, `${where}: + left of ↑ left of −`);
}

test("map on a 360x640 phone and in a 900x500 frame: the UN family from where it is read, three rows of buttons, nothing drawn under them", async () => {
  for (const [opts, frag, where] of [
    [{ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true }, "#/map", "360x640"],
    [at(900, 500), "#/map?embed=1", "900x500 ?embed=1"],
  ]) {
    const { context, page, problems } = await openPage(site.browser, site.srv.origin, opts);
    await openMap(page, frag);
    const rep = await mapReport(page);
    assertLabels(rep, where, 11.99);
    const un = rep.nodes.find((n) => n.id === "node-a-un");
    assert.ok(un && inside(un.rect, rep.canvas, 1), `${where}: the UN node lies inside .map-canvas`);
    // the frame's left edge and title are in view (on a 360 px phone the
    // frame is wider than the box: centred on the UN, both sides were cut,
    // the title read "amily")
    const frame = rep.groups.find((g) => g.group === "un");
    assert.ok(frame.box.left >= rep.canvas.left - 1, `${where}: the UN family's frame ${fmt(frame.box)} starts inside .map-canvas ${fmt(rep.canvas)}`);
    assert.ok(frame.box.top >= rep.canvas.top - 1, `${where}: the UN family's frame's top is in view`);
    const title = await page.locator('.map-canvas g.map-group[data-group="un"] text').boundingBox();
    assert.ok(title.x >= rep.canvas.left && title.x + title.width <= rep.canvas.right, `${where}: the title "${frame.label}" is whole in view`);
    assert.deepEqual(underControls(rep), [], `${where}: nodes drawn under the map's buttons in the first view`);
    await assertControlRows(page, where);
    assert.deepEqual(problems(), []);
    await context.close();
  }
});

test("map on a phone with node= in the URL: the view centres on that node and the panel is below the canvas", async () => {
  const { context, page, problems } = await openPage(site.browser, site.srv.origin, PHONE);
  await openMap(page, "#/map?node=a:interpol");
  await page.locator(".node-panel").waitFor();
  await settle(page, ".map-canvas g.node, .node-panel");
  const rep = await mapReport(page);
  assertLabels(rep, "390x844 with node=a:interpol");
  const node = rep.nodes.find((n) => n.id === "node-a-interpol");
  assert.ok(node, "#node-a-interpol is drawn");
  const visible = intersection(rep.canvas, viewportRect(rep.vw, rep.vh));
  assert.ok(visible && inside(node.rect, visible, 1), `the selected node ${fmt(node.rect)} lies in the visible part of .map-canvas ${fmt(visible)}`);
  const panel = await page.locator(".node-panel").boundingBox();
  assert.ok(panel.y >= rep.canvas.bottom - 1, `.node-panel (top ${round1(panel.y)}) is below .map-canvas (bottom ${round1(rep.canvas.bottom)})`);
  assert.deepEqual(problems(), []);
  await context.close();
});

test("map in a 900x500 frame and on an 800 px tablet: pressing a node opens its panel beside the map, in view", async () => {
  // Below the map, a 500 px frame showed nothing new after the press.
  for (const [opts, frag, where] of [
    [at(900, 500), "#/map?embed=1", "900x500 ?embed=1"],
    [at(800, 1000), "#/map", "800x1000"],
  ]) {
    const { context, page, problems } = await openPage(site.browser, site.srv.origin, opts);
    await openMap(page, frag);
    const un = page.locator(".map-canvas g.node#node-a-un");
    await un.click();
    await page.locator(".node-panel").waitFor();
    await settle(page, ".map-canvas g.node, .node-panel");
    const rep = await mapReport(page);
    const panel = await page.locator(".node-panel").boundingBox();
    assert.ok(panel.x >= rep.canvas.right - 1, `${where}: .node-panel (left ${round1(panel.x)}) is beside .map-canvas (right ${round1(rep.canvas.right)})`);
    assert.ok(panel.y < rep.vh && panel.y >= rep.canvas.top - 1, `${where}: the panel's top (${round1(panel.y)}) is in view, level with the map`);
    assert.ok(panel.y + panel.height <= Math.max(rep.vh, rep.canvas.bottom) + 1, `${where}: the panel ends within the frame or the map (${round1(panel.y + panel.height)})`);
    assert.ok(panel.width >= 250, `${where}: the panel is wide enough to read (${round1(panel.width)} px)`);
    assert.equal(await page.locator("#node-title").textContent(), "United Nations");
    assertLabels(rep, `${where} with the panel open`, 11.99);
    const node = rep.nodes.find((n) => n.id === "node-a-un");
    assert.ok(node && inside(node.rect, rep.canvas, 1), `${where}: the pressed node stays inside the narrower map`);
    assert.deepEqual(problems(), []);
    await context.close();
  }
});

// ---------------------------------------------------------------------------
// The filters panels.

async function expectToggle(page, text, expanded, controls, where) {
  const t = page.locator("button.filters-toggle");
  assert.equal(await t.count(), 1, `${where}: one button.filters-toggle`);
  assert.equal(await ownText(t), text, `${where}: the toggle's visible text`);
  assert.equal(await t.getAttribute("aria-expanded"), String(expanded), `${where}: the toggle's aria-expanded`);
  assert.equal(await t.getAttribute("aria-controls"), controls, `${where}: the toggle's aria-controls`);
  assert.equal(await page.locator(`#${controls}`).isVisible(), expanded, `${where}: #${controls} is ${expanded ? "shown" : "collapsed"}`);
}

test("timeline filters: collapsed by default, the toggle counts the active filters and opens #tl-filters", async () => {
  const { context, page, problems } = await openPage(site.browser, site.srv.origin, at(1280, 800));
  await page.goto(`${site.srv.url}#/timeline`);
  await ready(page);
  await expectToggle(page, "Filters", false, "tl-filters", "#/timeline");
  await page.goto("about:blank");
  await page.goto(`${site.srv.url}#/timeline?theme=terrorist-financing&range=1990-2010`);
  await ready(page);
  const where = "#/timeline?theme=terrorist-financing&range=1990-2010";
  await expectToggle(page, "Filters (2)", false, "tl-filters", where);
  await page.locator("button.filters-toggle").click();
  await expectToggle(page, "Filters (2)", true, "tl-filters", `${where}, toggle pressed`);
  const panel = page.locator("#tl-filters");
  for (const id of ["tl-theme", "tl-actor", "range-from", "range-to"]) assert.equal(await panel.locator(`#${id}`).isVisible(), true, `${where}: #${id} is shown in #tl-filters`);
  assert.equal(await panel.getByRole("button", { name: "All years", exact: true }).isVisible(), true, `${where}: "All years" is shown in #tl-filters`);
  assert.equal(await page.locator("#tl-theme").inputValue(), "terrorist-financing", `${where}: #tl-theme`);
  assert.equal(await page.locator("#range-from").inputValue(), "1990", `${where}: #range-from`);
  assert.equal(await page.locator("#range-to").inputValue(), "2010", `${where}: #range-to`);
  await page.locator("button.filters-toggle").click();
  await expectToggle(page, "Filters (2)", false, "tl-filters", `${where}, toggle pressed again`);
  await page.goto("about:blank");
  await page.goto(`${site.srv.url}#/timeline?theme=terrorist-financing&actor=interpol&range=1990-2010`);
  await ready(page);
  await expectToggle(page, "Filters (3)", false, "tl-filters", "#/timeline?theme=terrorist-financing&actor=interpol&range=1990-2010");
  assert.deepEqual(problems(), []);
  await context.close();
});

test("map filters: collapsed by default, the toggle counts the active filters and opens #map-filters", async () => {
  const { context, page, problems } = await openPage(site.browser, site.srv.origin, at(1280, 800));
  for (const [frag, text] of [
    ["#/map", "Filters"],
    ["#/map?rel=issues", "Filters (1)"],
    ["#/map?theme=regional-cooperation", "Filters (1)"],
    ["#/map?rel=issues&theme=regional-cooperation&range=1990-2010", "Filters (3)"],
  ]) {
    await page.goto("about:blank");
    await page.goto(`${site.srv.url}${frag}`);
    await ready(page);
    await expectToggle(page, text, false, "map-filters", frag);
  }
  await page.locator("button.filters-toggle").click();
  const where = "#/map?rel=issues&theme=regional-cooperation&range=1990-2010, toggle pressed";
  await expectToggle(page, "Filters (3)", true, "map-filters", where);
  const panel = page.locator("#map-filters");
  for (const label of RELATION_LABELS) {
    const box = panel.getByLabel(label, { exact: true });
    assert.equal(await box.count(), 1, `${where}: one control labelled "${label}" in #map-filters`);
    assert.equal(await box.getAttribute("type"), "checkbox", `${where}: "${label}" is a checkbox`);
    assert.equal(await box.isChecked(), label === "issues", `${where}: "${label}" is ${label === "issues" ? "" : "not "}checked (rel=issues)`);
  }
  assert.equal(await panel.locator("#map-theme").isVisible(), true, `${where}: #map-theme is shown in #map-filters`);
  assert.equal(await page.locator("#map-theme").inputValue(), "regional-cooperation", `${where}: #map-theme`);
  assert.deepEqual(problems(), []);
  await context.close();
});

test("filters are collapsed on a phone too", async () => {
  const { context, page, problems } = await openPage(site.browser, site.srv.origin, PHONE);
  for (const [frag, text, controls] of [
    ["#/timeline?theme=terrorist-financing&range=1990-2010", "Filters (2)", "tl-filters"],
    ["#/map?rel=issues", "Filters (1)", "map-filters"],
  ]) {
    await page.goto("about:blank");
    await page.goto(`${site.srv.url}${frag}`);
    await ready(page);
    await expectToggle(page, text, false, controls, `${frag} at 390x844`);
  }
  assert.deepEqual(problems(), []);
  await context.close();
});

// ---------------------------------------------------------------------------
// Accessibility and overflow with the phone menu open.

for (const scheme of ["light", "dark"]) {
  test(`axe: no violations at 390x844 with the menu open, every view (${scheme})`, async () => {
    const { context, page, problems } = await openPage(site.browser, site.srv.origin, { ...PHONE, colorScheme: scheme });
    for (const [slug] of VIEWS) {
      await page.goto("about:blank");
      await page.goto(`${site.srv.url}#/${slug}`);
      await ready(page);
      await openMenu(page);
      assert.deepEqual(await axe(page), [], `axe violations on ${slug} at 390x844 (${scheme}) with the menu open`);
    }
    assert.deepEqual(problems(), []);
    await context.close();
  });
}

test("the text versions at 320, 390 and 600 px: the timeline's events stacked, readable and sortable, no page scrolled sideways", async () => {
  for (const width of [320, 390, 600]) {
    const { context, page, problems } = await openPage(site.browser, site.srv.origin, { viewport: { width, height: 800 } });
    for (const [frag, button] of [["#/timeline", "List (table)"], ["#/map", "List of relations"]]) {
      await page.goto("about:blank");
      await page.goto(`${site.srv.url}${frag}`);
      await ready(page);
      await page.getByRole("button", { name: button, exact: true }).click();
      await page.locator(".event-table, .relation-list").first().waitFor();
      // the rows come a few per task: measure once they have all come
      await page.waitForFunction(() => {
        const n = () => document.querySelectorAll("main:not(.pre-main) :is(.event-table tbody tr, .relation-list h3)").length;
        const before = n();
        return new Promise((r) => setTimeout(() => r(before > 0 && n() === before), 300));
      });
      const m = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      assert.ok(m.scroll <= m.client, `${frag} "${button}" at ${width} px: document scrollWidth ${m.scroll} > clientWidth ${m.client}`);
      if (frag === "#/timeline") {
        // each event a block as wide as the table, not five columns a few
        // letters wide; the sort buttons still there to press
        const t = await page.evaluate(() => {
          const table = document.querySelector("main:not(.pre-main) .event-table");
          const w = table.getBoundingClientRect().width;
          const cells = [...table.querySelectorAll("tbody tr:nth-child(-n+5) td")].map((td) => td.getBoundingClientRect().width / w);
          return { narrowest: Math.min(...cells) };
        });
        assert.ok(t.narrowest >= 0.8, `${width} px: every cell of the first rows spans at least 80% of the table (narrowest ${(t.narrowest * 100).toFixed(0)}%)`);
        for (const name of ["Date", "Event"]) assert.ok(await page.locator(".event-table thead").getByRole("button", { name, exact: true }).isVisible(), `${width} px: the "${name}" sort button shows`);
        if (width === 390) assert.deepEqual(await axe(page), [], "axe on the stacked table");
      }
    }
    assert.deepEqual(problems(), []);
    await context.close();
  }
});

// 280 px: an old or folded phone, or a narrow window beside another. The
// card grid's 17rem column and the worksheet's name line were wider than
// that (the teacher's pack scrolled sideways at 320 px too).
test("no horizontal overflow at 280 and 320 px with the menu open, every view, an open card and event, the teacher's pack", async () => {
  const routes = [...VIEWS.map(([slug]) => slug), "teachers", "cards?card=fatf", "timeline?event=2001-unscr-1373"];
  for (const width of [280, 320]) {
    const { context, page, problems } = await openPage(site.browser, site.srv.origin, { viewport: { width, height: 700 }, isMobile: true, hasTouch: true });
    for (const route of routes) {
      await page.goto("about:blank");
      await page.goto(`${site.srv.url}#/${route}`);
      await ready(page);
      await openMenu(page);
      const m = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      assert.ok(m.scroll <= m.client, `${route} at ${width} px with the menu open: document scrollWidth ${m.scroll} > clientWidth ${m.client}`);
    }
    assert.deepEqual(problems(), []);
    await context.close();
  }
});
