// The Cards view as a learner uses it: search, facets and their counts,
// sorting, deep links, history, keyboard-only use, glossary terms, and
// accessibility with a card open.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage, ready, useSite, loadContent, axe } from "./harness.mjs";

const data = loadContent();
const TOTAL = data.cards.length;
const site = useSite();

const countText = (page) => page.locator(".result-count").textContent();
const shown = (page) => page.locator(".card-grid > li").count();
async function waitCount(page, n) {
  await page.waitForFunction((n) => document.querySelectorAll(".card-grid > li").length === n, n);
}

test("search narrows, highlights, lives in the URL, and clearing restores", async () => {
  const { context, page, problems } = await openPage(site.browser, site.srv.origin);
  await page.goto(site.srv.url);
  await ready(page);
  assert.equal(await shown(page), TOTAL);
  assert.equal(await countText(page), `${TOTAL} cards match`);
  const box = page.getByLabel("Search cards");
  await box.fill("interpol");
  await page.waitForFunction((t) => document.querySelectorAll(".card-grid > li").length < t, TOTAL);
  const n = await shown(page);
  assert.ok(n > 0);
  assert.equal(await countText(page), n === 1 ? "1 card matches" : `${n} cards match`);
  assert.ok((await page.locator(".card-grid mark").count()) > 0, "matched words are highlighted");
  // the URL follows the typing a moment later (replaceState is not free)
  await page.waitForFunction(() => location.hash === "#/cards?q=interpol");
  // ranked by relevance: a card with Interpol in its title comes first
  assert.match(await page.locator(".card-grid .card-title").first().textContent(), /interpol/i);
  // a card opened straight after typing: Back returns to the typed search
  await box.fill("red notice");
  await page.locator(".card-grid .card-title a").first().click();
  await page.waitForSelector("#detail-title");
  await page.goBack();
  await page.waitForFunction(() => !document.querySelector("#detail-title"));
  assert.equal(new URL(page.url()).hash, "#/cards?q=red%20notice");
  assert.equal(await box.inputValue(), "red notice");
  await box.fill("");
  await waitCount(page, TOTAL);
  assert.deepEqual(problems(), []);
  await context.close();
});

test("search tolerates case, accents and small typos", async () => {
  const { context, page } = await openPage(site.browser, site.srv.origin);
  for (const q of ["INTERPOL", "ïntérpol", "interpl", "itnerpol"]) {
    await page.goto("about:blank");
    await page.goto(`${site.srv.url}#/cards?q=${encodeURIComponent(q)}`);
    await ready(page);
    assert.ok((await shown(page)) > 0, q);
    assert.match(await page.locator(".card-grid .card-title").first().textContent(), /interpol/i, q);
  }
  await context.close();
});

test("facet counts are right, OR within a facet and AND across facets", async () => {
  const { context, page } = await openPage(site.browser, site.srv.origin);
  await page.goto(site.srv.url);
  await ready(page);
  const facetCount = async (id) => Number(await page.locator(`label[for="${id}"] .count`).textContent());
  const withTheme = (t) => data.cards.filter((c) => c.themes.includes(t));
  for (const t of ["terrorist-financing", "legal-frameworks", "regional-cooperation"]) {
    assert.equal(await facetCount(`f-theme-${t}`), withTheme(t).length, t);
  }
  await page.locator("#f-theme-terrorist-financing").check();
  const tf = withTheme("terrorist-financing");
  await waitCount(page, tf.length);
  // other facets now count within the selection
  const instrumentsInTf = tf.filter((c) => c.kind === "instrument").length;
  assert.equal(await facetCount("f-kind-instrument"), instrumentsInTf);
  // OR within the theme facet
  await page.locator("#f-theme-foreign-terrorist-fighters").check();
  const either = data.cards.filter((c) => c.themes.includes("terrorist-financing") || c.themes.includes("foreign-terrorist-fighters"));
  await waitCount(page, either.length);
  // AND across facets
  const kinds = [...new Set(either.map((c) => c.kind))];
  const kind = kinds.find((k) => either.some((c) => c.kind === k) && either.some((c) => c.kind !== k));
  await page.locator(`#f-kind-${kind}`).check();
  await waitCount(page, either.filter((c) => c.kind === kind).length);
  assert.match(page.url(), /theme=terrorist-financing,foreign-terrorist-fighters&kind=/);
  // one click clears a facet, one clears all
  await page.getByRole("button", { name: "Clear Theme filter" }).click();
  await waitCount(page, data.cards.filter((c) => c.kind === kind).length);
  await page.getByRole("button", { name: "Clear all filters" }).click();
  await waitCount(page, TOTAL);
  await context.close();
});

test("a deep link restores query, facets, sort and open card, also after reload and back", async () => {
  const { context, page, problems } = await openPage(site.browser, site.srv.origin);
  const card = data.cards.find((c) => c.themes.includes("intelligence-sharing") && /intelligence/i.test(c.title));
  const link = `${site.srv.url}#/cards?q=intelligence&theme=intelligence-sharing&sort=title&card=${card.id}`;
  await page.goto(link);
  await ready(page);
  const check = async () => {
    assert.equal(await page.getByLabel("Search cards").inputValue(), "intelligence");
    assert.equal(await page.locator("#f-theme-intelligence-sharing").isChecked(), true);
    assert.equal(await page.locator("#card-sort").inputValue(), "title");
    assert.equal(await page.locator("#detail-title").textContent(), card.title);
    const titles = await page.locator(".card-grid .card-title").allTextContents();
    // the app sorts on folded words: case, accents and punctuation ignored
    const key = (t) => t.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[^a-z0-9]+/g, " ").trim();
    assert.deepEqual(titles, [...titles].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)), "sorted by title");
  };
  await check();
  await page.reload();
  await ready(page);
  await check();
  // close the card, then go back: it opens again
  await page.getByRole("link", { name: /Close/ }).click();
  await page.waitForFunction(() => !document.querySelector("#detail-title"));
  await page.goBack();
  await page.locator("#detail-title").waitFor();
  assert.equal(await page.locator("#detail-title").textContent(), card.title);
  assert.deepEqual(problems(), []);
  await context.close();
});

test("keyboard only: search, open a card, read it, close it with Escape", async () => {
  const { context, page, problems } = await openPage(site.browser, site.srv.origin);
  await page.goto(site.srv.url);
  await ready(page);
  let guard = 0;
  while ((await page.evaluate(() => document.activeElement?.id)) !== "card-search" && guard++ < 20) {
    await page.keyboard.press("Tab");
  }
  assert.equal(await page.evaluate(() => document.activeElement.id), "card-search");
  await page.keyboard.type("red notice");
  await page.waitForFunction((t) => document.querySelectorAll(".card-grid > li").length < t, TOTAL);
  // Tab on to the first card's title link
  guard = 0;
  while (!(await page.evaluate(() => !!document.activeElement?.closest(".card-title"))) && guard++ < 80) {
    await page.keyboard.press("Tab");
  }
  const title = await page.evaluate(() => document.activeElement.textContent);
  await page.keyboard.press("Enter");
  await page.locator("#detail-title").waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.id), "detail-title", "focus moves to the open card");
  assert.equal(await page.locator("#detail-title").textContent(), title);
  const visibleFocus = await page.evaluate(() => {
    const links = document.querySelectorAll(".card-detail a");
    links[0].focus();
    const s = getComputedStyle(links[0]);
    return s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2;
  });
  assert.ok(visibleFocus, "focus is visible");
  await page.keyboard.press("Escape");
  await page.waitForFunction(() => !document.querySelector("#detail-title"));
  assert.equal(await page.evaluate(() => document.activeElement.textContent), title, "focus returns to the card");
  assert.deepEqual(problems(), []);
  await context.close();
});

test("the grid is drawn in small tasks: a slow phone gets every card, and a linked card is drawn first", async () => {
  const { context, page, problems } = await openPage(site.browser, site.srv.origin, { viewport: { width: 390, height: 844 } });
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  const last = data.cards.at(-1);
  await page.goto(`${site.srv.url}#/cards?card=${last.id}`);
  // right after the takeover the grid is still filling, and says so
  await page.waitForSelector("main:not(.pre-main) h1");
  const early = await page.evaluate((id) => [
    document.querySelectorAll(".card-grid > li").length,
    document.querySelector(".card-grid").getAttribute("aria-busy"),
    !!document.getElementById(`card-${id}`),
  ], last.id);
  assert.ok(early[0] >= 1, `some cards at once: ${early[0]}`);
  if (early[0] < TOTAL) assert.equal(early[1], "true", "a grid still filling is aria-busy");
  assert.ok(early[2], "the linked card is among the first drawn");
  await ready(page);
  assert.equal(await shown(page), TOTAL, "every card in the end");
  assert.equal(await page.locator(".card-grid").getAttribute("aria-busy"), null);
  // the card the link names gets focus back when its detail closes
  await page.locator("#detail-title").waitFor();
  await page.keyboard.press("Escape");
  await page.waitForFunction(() => !document.querySelector("#detail-title"));
  assert.equal(await page.evaluate(() => document.activeElement.closest(".card")?.id), `card-${last.id}`);
  assert.deepEqual(problems(), []);
  await context.close();
});

for (const scheme of ["light", "dark"]) {
  test(`axe: no violations with a card open and a search active (${scheme})`, async () => {
    const { context, page } = await openPage(site.browser, site.srv.origin, { colorScheme: scheme });
    const card = data.cards.find((c) => c.note) ?? data.cards[0];
    await page.goto(`${site.srv.url}#/cards?q=the&theme=${card.themes[0]}&card=${card.id}`);
    await ready(page);
    await page.locator("#detail-title").waitFor();
    assert.deepEqual(await axe(page), []);
    await context.close();
  });
}

test("an empty result says so and offers to clear", async () => {
  const { context, page } = await openPage(site.browser, site.srv.origin);
  await page.goto(`${site.srv.url}#/cards?q=zzqqxxj&theme=legal-frameworks`);
  await ready(page);
  assert.equal(await countText(page), "No cards match.");
  await page.getByRole("button", { name: "Clear search and filters" }).click();
  await waitCount(page, TOTAL);
  assert.equal(await page.getByLabel("Search cards").inputValue(), "");
  await context.close();
});

test("glossary terms explain themselves on focus and Escape hides the explanation", async () => {
  const { context, page } = await openPage(site.browser, site.srv.origin);
  const term = data.glossary.find((t) => data.cards.some((c) => c.summary.toLowerCase().includes(t.term.toLowerCase())));
  const card = data.cards.find((c) => c.summary.toLowerCase().includes(term.term.toLowerCase()));
  await page.goto(`${site.srv.url}#/cards?card=${card.id}`);
  await ready(page);
  const el = page.locator(".card-detail .term").first();
  await el.focus();
  const tip = el.locator(".term-tip");
  assert.equal(await tip.isVisible(), true);
  assert.ok((await tip.textContent()).length > 10);
  await page.keyboard.press("Escape");
  assert.equal(await tip.isVisible(), false, "dismissed");
  // Escape on a term dismisses the tip, not the whole card
  assert.equal(await page.locator("#detail-title").count(), 1);
  await context.close();
});

test("on a phone the facets fold into a panel", async () => {
  const { context, page } = await openPage(site.browser, site.srv.origin, { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  await page.goto(site.srv.url);
  await ready(page);
  assert.equal(await page.locator("#facets").isVisible(), false);
  const toggle = page.getByRole("button", { name: /^Filters/ });
  await toggle.click();
  assert.equal(await toggle.getAttribute("aria-expanded"), "true");
  assert.equal(await page.locator("#facets").isVisible(), true);
  await page.locator("#f-theme-legal-frameworks").check();
  const n = data.cards.filter((c) => c.themes.includes("legal-frameworks")).length;
  await waitCount(page, n);
  assert.match(await toggle.textContent(), /\(1\)/);
  // the open panel is screens long: a button at the screen's foot closes it
  // onto the cards it leaves, wherever in the panel the reader is
  const done = page.getByRole("button", { name: `Show ${n} cards` });
  for (const to of ["start", "end"]) {
    await page.locator(to === "start" ? "#facets fieldset" : "#facets .btn:not(.facets-done)").first().scrollIntoViewIfNeeded();
    const b = await done.boundingBox();
    assert.ok(b && b.y >= 0 && b.y + b.height <= 844, `"Show ${n} cards" on screen at the panel's ${to}: ${JSON.stringify(b)}`);
  }
  await done.click();
  assert.equal(await toggle.getAttribute("aria-expanded"), "false");
  assert.equal(await page.evaluate(() => document.activeElement?.classList.contains("facets-toggle")), true, "focus back on Filters");
  const first = await page.locator(".card-grid > li").first().boundingBox();
  assert.ok(first.y < 844, `the first card on screen (top ${first.y})`);
  await context.close();
  // on a laptop the facets are a column beside the cards: no such button
  const wide = await openPage(site.browser, site.srv.origin, { viewport: { width: 1280, height: 800 } });
  await wide.page.goto(site.srv.url);
  await ready(wide.page);
  assert.equal(await wide.page.locator(".facets-done").isVisible(), false);
  await wide.context.close();
});

// Measured, not looked at: a facet whose label wraps kept its box centred
// between the lines and squeezed narrower than the others.
test("every facet's box is full size and level with its label's first line, at every width", async () => {
  let wrapped = 0;
  for (const width of [1280, 1000, 390]) {
    const { context, page } = await openPage(site.browser, site.srv.origin, { viewport: { width, height: 844 } });
    await page.goto(site.srv.url);
    await ready(page);
    if (!(await page.locator("#facets").isVisible())) await page.getByRole("button", { name: /^Filters/ }).click();
    const rows = await page.locator("#facets .facet li").evaluateAll((lis) =>
      lis.map((li) => {
        const box = li.querySelector("input").getBoundingClientRect();
        const label = li.querySelector("label");
        const r = label.getBoundingClientRect();
        const line = parseFloat(getComputedStyle(label).lineHeight);
        return { text: label.textContent, w: box.width, h: box.height, mid: box.top + box.height / 2, first: r.top + line / 2, lines: Math.round(r.height / line) };
      }),
    );
    assert.ok(rows.length > 20, `${rows.length} facet rows`);
    wrapped += rows.filter((r) => r.lines > 1).length;
    for (const r of rows) {
      assert.ok(Math.abs(r.w - rows[0].w) < 0.5 && Math.abs(r.h - rows[0].h) < 0.5, `${width}px: “${r.text}” box ${r.w}×${r.h}, first ${rows[0].w}×${rows[0].h}`);
      assert.ok(Math.abs(r.mid - r.first) <= 1.5, `${width}px: “${r.text}” box centre ${r.mid}, its first line's ${r.first}`);
    }
    await context.close();
  }
  // (the case that went wrong is among them)
  assert.ok(wrapped > 0, "some label runs to two lines");
});

// Looked at: "Clear" sat 28 px below its legend, level with the first
// option ("Intelligence sharing 3 Clear"), as if it cleared that option.
test("a facet's Clear button sits on its legend's line, clear of the legend and the options", async () => {
  for (const width of [1280, 390]) {
    const { context, page } = await openPage(site.browser, site.srv.origin, { viewport: { width, height: 844 } });
    await page.goto(`${site.srv.url}#/cards?theme=legal-frameworks&kind=debate`);
    await ready(page);
    if (!(await page.locator("#facets").isVisible())) await page.getByRole("button", { name: /^Filters/ }).click();
    const sets = await page.locator("#facets .facet").evaluateAll((fs) =>
      fs
        .filter((f) => f.querySelector(".facet-clear"))
        .map((f) => {
          const r = (e) => e.getBoundingClientRect().toJSON();
          const clear = f.querySelector(".facet-clear");
          // the word itself, not the 32 px target around it
          const range = document.createRange();
          range.selectNodeContents(clear.firstChild);
          return { legend: r(f.querySelector("legend")), word: range.getBoundingClientRect().toJSON(), clear: r(clear), first: r(f.querySelector("li")), fieldset: r(f) };
        }),
    );
    assert.equal(sets.length, 2, `${width}px: a Clear button for each of the two facets in use`);
    for (const s of sets) {
      const mid = (b) => b.top + b.height / 2;
      assert.ok(Math.abs(mid(s.word) - mid(s.legend)) <= 3, `${width}px: Clear's word centred at ${mid(s.word)}, the legend's line at ${mid(s.legend)}`);
      assert.ok(s.clear.left >= s.legend.right + 8, `${width}px: Clear (left ${s.clear.left}) clear of the legend (right ${s.legend.right})`);
      assert.ok(s.clear.bottom <= s.first.top + 0.5, `${width}px: Clear's box (bottom ${s.clear.bottom}) above the first option (top ${s.first.top}): a press there must not clear the group`);
      assert.ok(s.clear.right <= s.fieldset.right + 0.5, `${width}px: Clear inside its group`);
      assert.ok(s.clear.height >= 24 && s.clear.width >= 24, `${width}px: Clear's target ${s.clear.width}×${s.clear.height} (WCAG 2.5.8)`);
    }
    await context.close();
  }
});
