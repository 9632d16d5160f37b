// The shell: every view by navigation and deep link, history, keyboard-only
// navigation, themes, accessibility, small screens, hostile URLs, sub-paths
// and sandboxed iframes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { serve, openPage, ready, useSite, axe, VIEWS, loadContent } from "./harness.mjs";

const site = useSite();


test("each view loads by deep link, with its heading and title", async () => {
  const { context, page, problems } = await openPage(site.browser, site.srv.origin);
  for (const [slug, heading] of VIEWS) {
    await page.goto(`${site.srv.url}#/${slug}`);
    await ready(page);
    assert.equal(await page.locator("main:not(.pre-main) h1").textContent(), heading);
    assert.match(await page.title(), new RegExp(slug === "map" ? "Map" : heading.split(" ")[0]));
    assert.equal(await page.locator(`nav a[aria-current="page"]`).count(), 1);
  }
  assert.deepEqual(problems(), []);
  await context.close();
});

test("navigation links, back and forward", async () => {
  const { context, page, problems } = await openPage(site.browser, site.srv.origin);
  await page.goto(site.srv.url);
  await ready(page);
  assert.equal(await page.locator("main:not(.pre-main) h1").textContent(), "Cards");
  for (const [, heading] of VIEWS.slice(1)) {
    await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: heading === "Organisation map" ? "Map" : heading }).click();
    await page.waitForFunction((h) => document.querySelector("main:not(.pre-main) h1")?.textContent === h, heading);
  }
  await page.goBack();
  await page.waitForFunction(() => document.querySelector("main:not(.pre-main) h1")?.textContent === "Self-check");
  await page.goBack();
  await page.waitForFunction(() => document.querySelector("main:not(.pre-main) h1")?.textContent === "Scenarios");
  await page.goForward();
  await page.waitForFunction(() => document.querySelector("main:not(.pre-main) h1")?.textContent === "Self-check");
  assert.match(page.url(), /#\/self-check/);
  assert.deepEqual(problems(), []);
  await context.close();
});

test("after leaving the timeline and the map, resizing (a phone turned) keeps the app running", async () => {
  const { context, page, problems } = await openPage(site.browser, site.srv.origin);
  await page.goto(`${site.srv.url}#/timeline`);
  await ready(page);
  const h1 = (h) => page.waitForFunction((h) => document.querySelector("main:not(.pre-main) h1")?.textContent === h, h);
  const nav = (name) => page.getByRole("navigation", { name: "Views" }).getByRole("link", { name, exact: true }).click();
  await nav("Map");
  await h1("Organisation map");
  await nav("Cards");
  await h1("Cards");
  for (const [width, height] of [[844, 390], [390, 844], [1280, 900]]) {
    await page.setViewportSize({ width, height });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  }
  assert.equal(await page.locator("#fatal").count(), 0, "no error screen after the resizes");
  await nav("Timeline");
  await h1("Timeline");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.locator(".tl-vertical").waitFor({ timeout: 5000 });
  assert.deepEqual(problems(), [], "the listeners of the views left behind must not outlive them");
  await context.close();
});

test("keyboard alone reaches every view, skip link focuses main", async () => {
  // at 1280 px the nav is inline in the header (no menu button to open)
  const { context, page, problems } = await openPage(site.browser, site.srv.origin, { viewport: { width: 1280, height: 900 } });
  await page.goto(site.srv.url);
  await ready(page);
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.textContent), "Skip to content");
  await page.keyboard.press("Enter");
  assert.equal(await page.evaluate(() => document.activeElement.id), "main");
  assert.match(page.url(), /#\/cards|\/$/, "the skip link must not overwrite the state fragment");
  for (const [slug, heading] of VIEWS) {
    await page.goto("about:blank");
    await page.goto(`${site.srv.url}#/cards`);
    await ready(page);
    // Tab until the nav link for this view has focus, then press Enter.
    const label = heading === "Organisation map" ? "Map" : heading;
    let found = false;
    for (let i = 0; i < 16 && !found; i++) {
      await page.keyboard.press("Tab");
      found = await page.evaluate((l) => document.activeElement?.closest("nav") && document.activeElement.textContent === l, label);
    }
    assert.ok(found, `reached the ${label} link by Tab`);
    await page.keyboard.press("Enter");
    await page.waitForFunction((h) => document.querySelector("main:not(.pre-main) h1")?.textContent === h, heading);
    assert.match(page.url(), new RegExp(`#/${slug}`));
  }
  assert.deepEqual(problems(), []);
  await context.close();
});

for (const scheme of ["light", "dark"]) {
  test(`axe finds no WCAG 2.2 AA violation on any view (${scheme})`, async () => {
    const { context, page, problems } = await openPage(site.browser, site.srv.origin, { colorScheme: scheme });
    for (const [slug] of VIEWS) {
      await page.goto(`${site.srv.url}#/${slug}`);
      await ready(page);
      assert.deepEqual(await axe(page), [], `${slug} in ${scheme}`);
    }
    assert.deepEqual(problems(), []);
    await context.close();
  });
}

test("the theme toggle switches and overrides the system setting", async () => {
  // at 1280 px the theme toggle is in the header row, not behind the menu
  const { context, page } = await openPage(site.browser, site.srv.origin, { colorScheme: "light", viewport: { width: 1280, height: 900 } });
  await page.goto(site.srv.url);
  await ready(page);
  const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await bg();
  const toggle = page.getByRole("button", { name: "Dark theme" });
  assert.equal(await toggle.getAttribute("aria-pressed"), "false");
  await toggle.click();
  assert.equal(await toggle.getAttribute("aria-pressed"), "true");
  assert.notEqual(await bg(), light);
  assert.deepEqual(await axe(page), []);
  // kept across a reload where storage works
  await page.reload();
  await ready(page);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), "dark");
  await context.close();
});

test("no horizontal scroll at 390x844 and at 320 px on any view", async () => {
  for (const width of [390, 320]) {
    const { context, page, problems } = await openPage(site.browser, site.srv.origin, { viewport: { width, height: 844 } });
    for (const [slug] of VIEWS) {
      await page.goto(`${site.srv.url}#/${slug}`);
      await ready(page);
      const over = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(over <= 0, `${slug} at ${width}px scrolls sideways by ${over}px`);
    }
    assert.deepEqual(problems(), []);
    await context.close();
  }
});

test("every control drawn as a button centres its text in its box: buttons, links and the language menu's summary", async () => {
  for (const [width, height] of [
    [1280, 800],
    [390, 844],
  ]) {
    const { context, page, problems } = await openPage(site.browser, site.srv.origin, { viewport: { width, height } });
    for (const frag of ["#/scenarios", "#/timeline", "#/cards"]) {
      await page.goto(`${site.srv.url}${frag}`);
      await ready(page);
      if (width < 1000) await page.getByRole("button", { name: "Menu" }).click();
      const off = await page.evaluate(() =>
        [...document.querySelectorAll("main:not(.pre-main) .btn, .site-header .btn")]
          .filter((e) => e.getClientRects().length && e.textContent.trim())
          .map((e) => {
            const b = e.getBoundingClientRect();
            // the visible text's box (a visually hidden name is 1 px anywhere)
            const t = { top: Infinity, bottom: -Infinity };
            const walk = document.createTreeWalker(e, NodeFilter.SHOW_TEXT);
            for (let n = walk.nextNode(); n; n = walk.nextNode()) {
              if (!n.textContent.trim() || n.parentElement.closest(".visually-hidden")) continue;
              const r = document.createRange();
              r.selectNodeContents(n);
              const q = r.getBoundingClientRect();
              t.top = Math.min(t.top, q.top);
              t.bottom = Math.max(t.bottom, q.bottom);
            }
            return [`${e.tagName.toLowerCase()} "${e.textContent.trim().slice(0, 24)}"`, t.top - b.top, b.bottom - t.bottom];
          })
          .filter(([, above, below]) => Math.abs(above - below) > 3),
      );
      // "Start the case" sat 7 px from the top of its 44 px box and 18 from the foot
      assert.deepEqual(off, [], `${frag} at ${width}px: text off centre (name, px above, px below)`);
    }
    assert.deepEqual(problems(), []);
    await context.close();
  }
});

test("stale or hostile URL state falls back with a polite notice, never a blank page", async () => {
  const { context, page, problems } = await openPage(site.browser, site.srv.origin);
  const cases = [
    ["#/nowhere", "Cards", /no view called/],
    ["#/cards?theme=bogus&card=old-card", "Cards", /Unknown theme/],
    ["#/timeline?event=1066-hastings", "Timeline", /does not exist/],
    ["#/map?node=a:atlantis", "Organisation map", /does not exist/],
    ["#/cards?q=%E2%28%A1%&%%&range=zz", "Cards", /not valid/],
    ["#/cards?q=<img src=x onerror=alert(1)>", "Cards", null],
  ];
  for (const [frag, heading, notice] of cases) {
    await page.goto("about:blank");
    await page.goto(`${site.srv.url}${frag}`);
    await ready(page);
    assert.equal(await page.locator("main:not(.pre-main) h1").textContent(), heading, frag);
    if (notice) {
      await page.locator(".notice").waitFor();
      const text = await page.locator(".notices").textContent();
      assert.match(text, notice, frag);
      assert.equal(await page.locator(".notices").getAttribute("role"), "status");
    }
    assert.equal(await page.locator("img").count(), 0, "query text is never markup");
  }
  // the link is rewritten to what is actually shown
  await page.goto(`${site.srv.url}#/cards?theme=bogus,legal-frameworks`);
  await ready(page);
  await page.waitForFunction(() => location.hash === "#/cards?theme=legal-frameworks");
  await page.getByRole("button", { name: "Dismiss" }).click();
  assert.equal(await page.locator(".notice").count(), 0);
  assert.deepEqual(problems(), []);
  await context.close();
});

test("on a phone a notice wraps its message, never its button", async () => {
  // "Dismiss" once broke letter by letter in a 30 px column beside the text
  const { context, page, problems } = await openPage(site.browser, site.srv.origin, { viewport: { width: 390, height: 844 } });
  await page.goto(`${site.srv.url}#/map?node=a:atlantis`);
  await ready(page);
  await page.locator(".notice").waitFor();
  const m = await page.evaluate(() => {
    const note = document.querySelector(".notice").getBoundingClientRect();
    const b = document.querySelector(".notice button");
    const r = b.getBoundingClientRect();
    const line = parseFloat(getComputedStyle(b).lineHeight) || 24;
    return { note: { l: note.left, r: note.right }, b: { l: r.left, r: r.right, h: r.height }, scroll: b.scrollWidth, client: b.clientWidth, line, pad: parseFloat(getComputedStyle(b).paddingTop) * 2 };
  });
  assert.ok(m.b.h <= Math.max(44, m.line + m.pad) + 1, `the button is one line high: ${JSON.stringify(m)}`);
  assert.ok(m.scroll <= m.client + 1, "its label is not cut");
  assert.ok(m.b.l >= m.note.l && m.b.r <= m.note.r + 0.5, "inside the notice");
  await page.getByRole("button", { name: "Dismiss" }).click();
  assert.equal(await page.locator(".notice").count(), 0);
  assert.deepEqual(problems(), []);
  await context.close();
});

test("served under a deep sub-path, every view and the data work with no rewrite", async () => {
  const sub = await serve(undefined, "/some/deep/path/");
  const { context, page, problems } = await openPage(site.browser, sub.origin);
  for (const [slug, heading] of VIEWS) {
    await page.goto(`${sub.url}#/${slug}`);
    await ready(page);
    assert.equal(await page.locator("main:not(.pre-main) h1").textContent(), heading);
  }
  const json = await page.evaluate(async () => (await fetch("data/content.json")).json());
  assert.ok(json.schema_version >= 1 && json.cards.length > 0);
  assert.deepEqual(problems(), []);
  await context.close();
  await sub.close();
});

test("inside a sandboxed iframe (storage throws) the app works and keeps the theme in memory", async () => {
  const { context, page, problems } = await openPage(site.browser, site.srv.origin);
  await page.route(`${site.srv.origin}/host.html`, (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><html lang="en"><title>LMS</title><iframe title="Explainer" sandbox="allow-scripts" src="${site.srv.url}#/cards?q=interpol" width="1000" height="800"></iframe>`,
    }),
  );
  await page.goto(`${site.srv.origin}/host.html`);
  const frame = page.frameLocator("iframe");
  await frame.locator("main:not(.pre-main) h1").waitFor();
  assert.equal(await frame.locator("main:not(.pre-main) h1").textContent(), "Cards");
  const status = await frame.locator(".result-count").textContent();
  assert.match(status, /\d+ cards? match/);
  // 1000 px wide: the header is collapsed, the actions and the nav are behind "Menu"
  const menu = frame.locator(".menu-toggle");
  assert.equal(await menu.isVisible(), true, "below 1024 px the header shows the Menu button");
  await menu.click();
  assert.equal(await menu.getAttribute("aria-expanded"), "true", "the menu opens");
  // (includeHidden: the button is read again after the click, which may close the menu)
  const dark = frame.getByRole("button", { name: "Dark theme", includeHidden: true });
  await dark.click();
  assert.equal(await dark.getAttribute("aria-pressed"), "true");
  // the contract leaves open whether the theme toggle closes the menu
  if ((await menu.getAttribute("aria-expanded")) !== "true") await menu.click();
  await frame.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Timeline" }).click();
  await frame.locator("main:not(.pre-main) h1", { hasText: "Timeline" }).waitFor();
  assert.deepEqual(problems(), []);
  await context.close();
});

test("a print of the cards view hides the chrome", async () => {
  const { context, page } = await openPage(site.browser, site.srv.origin);
  await page.goto(`${site.srv.url}#/cards?q=interpol`);
  await ready(page);
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.locator(".site-header").isVisible(), false);
  assert.equal(await page.locator(".facets").isVisible(), false);
  assert.ok(await page.locator(".card-sources").first().isVisible(), "each card prints its sources");
  // what is marked no-print stays off paper (the rule was missing: a played
  // case printed its "All scenarios" link and its progress line)
  await page.emulateMedia({ media: "screen" });
  await page.goto(`${site.srv.url}#/scenarios?case=returning-citizen&path=aa`);
  await ready(page);
  await page.locator(".case-back").waitFor();
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.locator(".case-back").isVisible(), false, "the case's back link is not printed");
  assert.ok(await page.locator(".case-decision, .decision").first().isVisible(), "the decisions are");
  await context.close();
});

test("a print with a card or a node open is that card or node, whole, from the first page", async () => {
  const pages = (pdf) => (pdf.toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
  const { context, page } = await openPage(site.browser, site.srv.origin);
  // 36 pages (every card after it), the first blank but for the title
  await page.goto(`${site.srv.url}#/cards?card=fatf`);
  await ready(page);
  await page.locator("#detail-title").waitFor();
  const card = pages(await page.pdf({ format: "A4" }));
  assert.ok(card <= 3, `a card prints on ${card} pages`);
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.locator(".card-grid").isVisible(), false, "not the grid of every card");
  const d = await page.locator(".card-detail").evaluate((e) => ({ sh: e.scrollHeight, ch: e.clientHeight, top: e.getBoundingClientRect().top }));
  assert.ok(d.sh <= d.ch + 1, `the card prints whole (${d.sh} of ${d.ch} px)`);
  assert.ok(d.top < 200, `from the top of the first page (${d.top} px)`);
  // a node's panel was cut at the screen's 664 px
  await page.emulateMedia({ media: "screen" });
  await page.goto(`${site.srv.url}#/map?node=a:un`);
  await ready(page);
  await page.locator("#node-title").waitFor();
  await page.emulateMedia({ media: "print" });
  const n = await page.locator(".node-panel").evaluate((e) => ({ sh: e.scrollHeight, ch: e.clientHeight, lists: e.querySelectorAll(".links li").length }));
  assert.ok(n.sh <= n.ch + 1, `the node's panel prints whole (${n.sh} of ${n.ch} px)`);
  assert.ok(n.lists > 0, "with its cards and events");
  await context.close();
});

test("a print of the timeline is its table straight under the heading, every word whole", async () => {
  // A4 less the 15 mm margins of every print (teachers.css's @page): 180 mm,
  // 680 px. Before, an empty 9rem box stood above the table and the theme
  // column broke "Intelligence sharing" three letters a line.
  const W = 680;
  const { context, page, problems } = await openPage(site.browser, site.srv.origin, { viewport: { width: W, height: 1123 } });
  await page.goto(`${site.srv.url}#/timeline`);
  await ready(page);
  await page.emulateMedia({ media: "print" });
  // the table adds its rows a few at a time: measure it whole
  const events = loadContent().events.length;
  await page.waitForFunction((n) => document.querySelectorAll("main:not(.pre-main) .event-table tbody tr").length >= n, events);
  const m = await page.evaluate(() => {
    const main = document.querySelector("main:not(.pre-main)");
    const h1 = main.querySelector("h1").getBoundingClientRect();
    const table = main.querySelector(".event-table");
    const broken = [];
    // every cell but the reference's, which may break a long address
    for (const td of table.querySelectorAll("tbody td:not(.ref)")) {
      const s = getComputedStyle(td);
      const room = td.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);
      // each word in its own element's font (titles print bold); a hyphen may break
      const walk = document.createTreeWalker(td, NodeFilter.SHOW_TEXT);
      for (let t = walk.nextNode(); t; t = walk.nextNode()) {
        const probe = document.createElement("span");
        probe.style.whiteSpace = "nowrap";
        t.parentElement.append(probe);
        for (const w of t.textContent.split(/[\s\-–—/]+/).filter(Boolean)) {
          probe.textContent = w;
          if (probe.getBoundingClientRect().width > room + 0.5) broken.push(w);
        }
        probe.remove();
      }
    }
    const over = [...table.querySelectorAll("tbody td > *")].filter((e) => e.getBoundingClientRect().right > innerWidth + 0.5).length;
    return { rows: table.querySelectorAll("tbody tr").length, gap: table.getBoundingClientRect().top - h1.bottom, broken: [...new Set(broken)].slice(0, 8), right: table.getBoundingClientRect().right, over };
  });
  assert.equal(m.rows, events, "every event has its row");
  assert.ok(m.gap <= 80, `the table starts ${Math.round(m.gap)} px below the heading (at most 80)`);
  assert.deepEqual(m.broken, [], "words wider than their column, so broken inside");
  assert.ok(m.right <= W + 0.5 && m.over === 0, `the table and what its cells hold end on the page (right ${Math.round(m.right)}; ${m.over} past it)`);
  assert.deepEqual(problems(), []);
  await context.close();
});

test("a panic shows a readable message in the page and is logged", async () => {
  const { context, page, problems } = await openPage(site.browser, site.srv.origin);
  await page.goto(`${site.srv.url}#/cards`);
  await ready(page);
  await page.evaluate(() => {
    try {
      window.wasmBindings.selfTestPanic();
    } catch {
      /* the trap after the hook is expected */
    }
  });
  const fatal = page.locator("#fatal");
  await fatal.waitFor();
  assert.equal(await fatal.getAttribute("role"), "alert");
  assert.match(await fatal.textContent(), /something went wrong[\s\S]*self-test: a deliberate panic/i);
  assert.ok(problems().some((p) => /deliberate panic/.test(p)), "logged to the console");
  await context.close();
});

test("About lists both essays and every data download resolves", async () => {
  const { context, page, problems } = await openPage(site.browser, site.srv.origin);
  await page.goto(`${site.srv.url}#/about`);
  await ready(page);
  const text = await page.locator("main").textContent();
  assert.match(text, /21 sections/);
  assert.match(text, /17 sections/);
  const hrefs = await page.locator('a[href^="data/"]').evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  assert.deepEqual(hrefs.sort(), ["data/cards.csv", "data/content.json", "data/events.csv", "data/relations.csv"]);
  for (const h of hrefs) {
    const r = await page.request.get(new URL(h, site.srv.url).href);
    assert.equal(r.status(), 200, h);
    assert.ok((await r.body()).length > 500, h);
  }
  assert.deepEqual(problems(), []);
  await context.close();
});
