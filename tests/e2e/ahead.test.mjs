// Content before code (issue 14): every view is in the shipped pages
// before any script runs (src/shell/static_page.rs): the cards and the
// short views in index.html, the timeline and the map each in a page of its
// own (timeline.html, map.html), each page running the whole app. Without JavaScript every view is
// reachable by plain links and readable; with it, the app takes over with
// no layout shift and no error, and deep links open what they name.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { readFileSync, readdirSync } from "node:fs";
import { createHash } from "node:crypto";
import { pathToFileURL } from "node:url";
import { serve, useSite, openPage, ready, loadContent, DIST, SHIPPED, VIEWS as VIEW_LIST, VIEW_PAGES, APP_H1, axe } from "./harness.mjs";

const site = useSite();
const content = loadContent();
const VIEWS = VIEW_LIST.map(([v]) => v);
const HEADINGS = Object.fromEntries(VIEW_LIST);
/** The header's label of a view ("About & sources" is the About heading too). */
const linkName = (v) => new RegExp(`^${HEADINGS[v] === "Organisation map" ? "Map" : HEADINGS[v]}$`);

/** The section of the page drawn ahead of time that is on screen. */
const shownSection = (page) =>
  page.evaluate(() => {
    const shown = [...document.querySelectorAll(".pre-view")].filter((s) => s.getClientRects().length > 0);
    return shown.map((s) => ({ view: s.dataset.view, h1: s.querySelector("h1")?.textContent, text: s.textContent }));
  });

/** Links in the page whose fragment names no element (each is a dead link without scripts). */
const deadLinks = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('a[href^="#"]')]
      .map((a) => a.getAttribute("href").slice(1))
      .filter((f) => !document.getElementById(f) && !document.getElementById(decodeURIComponent(f))),
  );

/** Views whose whole text is a plain page of its own (static_page::APART);
 *  index.html has their heading and a link. */
const APART = ["scenarios", "self-check", "about", "teachers"];
/** The long views with a page of their own that runs the app (View::page). */
const OWN = VIEW_PAGES;
/** The header link to a view, in the page of `file`. */
const navHref = (v, file = "index.html") => (OWN[v] && OWN[v] !== file ? OWN[v] : v === "cards" && file !== "index.html" ? "index.html" : "") + `#/${v}`;

/** Links of the page that land nowhere: a fragment must name an element of
 *  the page, or of the file the link names (every file of the bundle). */
async function deadLinksAcross(context, page) {
  // (not the other languages' bundles: each is built and tested on its own)
  const links = await page.evaluate(() => [...document.querySelectorAll("a[href]:not([hreflang])")].map((a) => new URL(a.getAttribute("href"), location.href).href));
  const here = page.url().split("#")[0];
  const byFile = new Map();
  for (const l of links) {
    const [file, frag = ""] = l.split("#");
    if (!file.startsWith(new URL(".", here).href) || !(file.endsWith(".html") || file.endsWith("/"))) continue;
    if (!byFile.has(file)) byFile.set(file, []);
    byFile.get(file).push(decodeURIComponent(frag));
  }
  const dead = [];
  const other = await context.newPage();
  for (const [file, frags] of byFile) {
    await other.goto(file);
    if (other.url().includes("chrome-error")) dead.push(file);
    const missing = await other.evaluate((fs) => fs.filter((f) => f && !document.getElementById(f)), frags);
    dead.push(...missing.map((f) => `${file}#${f}`));
  }
  await other.close();
  return dead;
}

test("without JavaScript: every view is reachable from the page by plain links and readable", async () => {
  const { context, page, problems } = await openPage(site.browser, site.srv.origin, { javaScriptEnabled: false });
  await page.goto(site.srv.url);
  assert.deepEqual(await deadLinks(page), [], "dead links");
  // the note says what needs JavaScript; never a blank page
  assert.match(await page.locator(".pre-note").innerText(), /need JavaScript/);
  let [s] = await shownSection(page);
  assert.equal(s.view, "cards", "the cards first");
  for (const v of VIEWS) {
    await page.locator(".pre .site-nav a", { hasText: linkName(v) }).click();
    // (the timeline and the map are other pages)
    await page.waitForLoadState("load");
    const shown = await shownSection(page);
    assert.equal(shown.length, 1, `${v}: one view at a time`);
    [s] = shown;
    assert.equal(s.view, v);
    assert.equal(s.h1, HEADINGS[v]);
    assert.equal(await page.locator(`.pre .site-nav a[href="${navHref(v, new URL(page.url()).pathname.split("/").pop() || "index.html")}"]`).evaluate((a) => getComputedStyle(a).backgroundColor !== getComputedStyle(a.parentElement).backgroundColor), true, `${v}: its link is marked current`);
    // nothing that needs scripts is offered
    assert.equal(await page.locator(".pre-view:visible button:visible").count(), 0, `${v}: no dead buttons`);
  }
  // a long view's page has its first screen (the first cards; the
  // timeline as a list of dated events) and a link to the view whole on a
  // plain page (static_page::LONG), whose text this returns
  const whole = async (v, file, seen) => {
    const more = page.locator(".pre-view:visible .pre-more a");
    assert.equal(await more.getAttribute("href"), file, `${v}: the link to the whole view`);
    const first = (await shownSection(page))[0].text;
    await more.click();
    await page.waitForURL(new RegExp(`/${file.replace(".", "\\.")}$`));
    assert.equal(await page.locator(".pre-apart h1").textContent(), HEADINGS[v]);
    assert.equal(await page.locator(".pre .site-nav a[aria-current=page]").getAttribute("href"), `#/${v}`, `${file}: its link is current`);
    assert.match(await page.locator(".pre-note").innerText(), /no JavaScript/);
    assert.deepEqual(await deadLinksAcross(context, page), [], `${file}: dead links`);
    seen(first);
    return page.locator(".pre-apart").textContent();
  };
  const text = async (v) => {
    await page.goto(`${site.srv.url}#/${v}`);
    if (v === "cards") {
      // the first screen's cards, whole
      const titles = (await page.locator(".pre-view:visible .card-title").allTextContents()).map((t) => t.trim());
      const some = content.cards.filter((c) => titles.includes(c.title));
      assert.ok(some.length >= 12 && some.length === titles.length && some.length < content.cards.length, `${titles.length} cards on index.html`);
      return whole(v, "all-cards.html", (first) => {
        for (const c of some) assert.ok(first.includes(c.summary.slice(0, 60)), `card summary on index.html: ${c.title}`);
      });
    }
    if (OWN[v]) {
      // index.html has the view's heading and a link to its own page
      const [s] = await shownSection(page);
      assert.equal(s.view, v);
      assert.equal(s.h1, HEADINGS[v]);
      await page.locator(`.pre-view:visible a[href="${OWN[v]}#/${v}"]`).click();
      await page.waitForURL(new RegExp(`/${OWN[v].replace(".", "\\.")}#/${v}$`));
      await page.waitForLoadState("load");
      assert.equal(await page.locator(".pre-note").count(), 1, `${OWN[v]}: the note on JavaScript`);
      assert.deepEqual(await deadLinks(page), [], `${OWN[v]}: dead links`);
      assert.deepEqual(await deadLinksAcross(context, page), [], `${OWN[v]}: dead links across files`);
      if (v === "map") {
        // the picture, each node a link to its relations in words on the
        // plain page of them all (static_page::LONG)
        assert.ok(await page.locator(".pre-view:visible svg g.node").count() >= 20, "map.html: the map as a static picture");
        assert.equal(await page.locator(".pre-view:visible .relation-list .sentences li").count(), 0, "map.html: the sentences are on their own page");
        assert.equal(await page.locator('.pre-view:visible svg a:has(> g#node-a-nato)').getAttribute("href"), "all-relations.html#/map?node=a:nato");
        return whole(v, "all-relations.html", () => {});
      }
      if (v !== "timeline") return (await shownSection(page))[0].text;
      // the first events by date and title, in a list by era, each a link
      const listed = await page.locator(".pre-view:visible .tl-vertical a.tl-event").allInnerTexts();
      assert.ok(listed.length >= 30, `${listed.length} events on timeline.html`);
      for (const [k, t] of listed.entries()) assert.ok(t.includes(content.events[k].title), `event ${k} on timeline.html: ${t}`);
      return whole(v, "all-events.html", () => {});
    }
    if (!APART.includes(v)) return (await shownSection(page))[0].text;
    // index.html has the view's heading and a link to its plain page
    await page.locator(`.pre-view:visible a[href="${v}.html"]`).click();
    await page.waitForURL(new RegExp(`/${v}\\.html$`));
    assert.equal(await page.locator(".pre-apart h1").textContent(), HEADINGS[v]);
    assert.equal(await page.locator(".pre .site-nav a[aria-current=page]").getAttribute("href"), `#/${v}`, `${v}: its link is current`);
    assert.match(await page.locator(".pre-note").innerText(), /no JavaScript/);
    assert.deepEqual(await deadLinksAcross(context, page), [], `${v}.html: dead links`);
    return page.locator(".pre-apart").textContent();
  };
  const cards = await text("cards");
  for (const c of content.cards) {
    assert.ok(cards.includes(c.title), `card title: ${c.title}`);
    assert.ok(cards.includes(c.summary.slice(0, 60)), `card summary: ${c.title}`);
  }
  const timeline = await text("timeline");
  for (const e of content.events) {
    assert.ok(timeline.includes(e.title), `event: ${e.title}`);
    assert.ok(timeline.includes(e.reference), `reference of: ${e.title}`);
  }
  const map = await text("map");
  assert.equal(await page.locator(".pre-view:visible .relation-list .sentences li").count(), content.relations.length, "every relation as a sentence");
  assert.ok(await page.locator(".pre-view:visible svg g.node").count() >= 20, "the map as a static picture");
  assert.ok(map.includes("Every relation, in words"));
  const quiz = await text("self-check");
  for (const q of content.questions) assert.ok(quiz.includes(q.prompt), `question: ${q.prompt}`);
  assert.ok((await text("about")).length > 2000, "about has its text");
  // and back: the plain page's links lead to the pages with the views
  await page.locator(".pre .site-nav a", { hasText: /^Timeline$/ }).click();
  await page.waitForURL(/\/timeline\.html#\/timeline$/);
  await page.waitForLoadState("load");
  assert.equal((await shownSection(page))[0].view, "timeline");
  await page.locator(".pre .site-nav a", { hasText: /^Cards$/ }).click();
  await page.waitForURL(/\/index\.html#\/cards$/);
  await page.waitForLoadState("load");
  assert.equal((await shownSection(page))[0].view, "cards");
  assert.deepEqual(await deadLinksAcross(context, page), [], "index.html: dead links across files");
  // a page of its own opened bare shows its view
  await page.goto(`${site.srv.url}map.html`);
  assert.equal((await shownSection(page))[0].view, "map");
  assert.equal(await page.locator('.pre .site-nav a[href="#/map"]').evaluate((a) => getComputedStyle(a).backgroundColor !== getComputedStyle(a.parentElement).backgroundColor), true, "map.html: its link is current");
  assert.deepEqual(problems(), []);
  await context.close();
});

test("without JavaScript: links to cards, events and nodes show what they name", async () => {
  const { context, page } = await openPage(site.browser, site.srv.origin, { javaScriptEnabled: false });
  const ev = content.events.find((e) => e.cards.length);
  await page.goto(`${site.srv.url}timeline.html#/timeline`);
  // an event's own link, in the list by era: its row in the table of all
  await page.locator(".pre-view:visible .tl-vertical a", { hasText: ev.title }).first().click();
  await page.waitForURL(/\/all-events\.html#/);
  assert.equal((await shownSection(page))[0].view, "timeline");
  assert.ok(await page.locator(":target").isVisible(), "the event's row is on screen");
  assert.match(await page.locator(":target").innerText(), new RegExp(ev.title.slice(0, 20).replace(/[()]/g, ".")));
  // a card link from another view lands on that card
  await page.goto(`${site.srv.url}#/cards?card=${content.cards[0].id}`);
  assert.equal((await shownSection(page))[0].view, "cards");
  assert.match(await page.locator(":target").innerText(), new RegExp(content.cards[0].title.slice(0, 20).replace(/[()]/g, ".")));
  assert.ok(await page.locator(":target").isVisible());
  // past the start page's first cards, on the way to the page of them all
  const late = content.cards.at(-1);
  await page.goto(`${site.srv.url}#/cards?card=${late.id}`);
  assert.equal((await shownSection(page))[0].view, "cards");
  const more = page.locator(".pre-more:has(:target)");
  assert.ok(await more.isVisible(), "the link to every card is on screen");
  assert.ok(await more.evaluate((p) => getComputedStyle(p).outlineStyle === "solid"), "and marked");
  await more.locator("a").click();
  await page.waitForURL(/\/all-cards\.html$/);
  assert.ok(await page.getByRole("heading", { name: late.title }).isVisible() || (await page.locator(".card-title", { hasText: late.title }).count()) === 1);
  // a node link lands on the way to its relations, and on them on the
  // page of every relation
  await page.goto(`${site.srv.url}map.html#/map?node=a:nato`);
  assert.equal((await shownSection(page))[0].view, "map");
  const rels = page.locator(".pre-more:has(:target)");
  assert.ok(await rels.isVisible(), "the link to every relation is on screen");
  assert.equal(await rels.locator("a").getAttribute("href"), "all-relations.html");
  await page.goto(`${site.srv.url}all-relations.html#/map?node=a:nato`);
  assert.equal((await shownSection(page))[0].view, "map");
  assert.ok(await page.locator(":target").isVisible());
  assert.match(await page.locator(":target").innerText(), /North Atlantic Treaty Organization|NATO/);
  // older links to index.html still show the view's section, with its link on
  for (const [v, frag] of [["map", "/map?node=a:nato"], ["timeline", `/timeline?event=${ev.id}`]]) {
    await page.goto(`${site.srv.url}index.html#${frag}`);
    assert.equal((await shownSection(page))[0].view, v, frag);
    await page.locator(`.pre-view:visible a[href="${OWN[v]}#/${v}"]`).click();
    await page.waitForURL(new RegExp(`/${OWN[v].replace(".", "\\.")}#/${v}$`));
    assert.equal((await shownSection(page))[0].view, v);
  }
  await context.close();
});

test("without JavaScript on a phone, the table of events reads: each event a block, nothing squeezed", async () => {
  const { context, page } = await openPage(site.browser, site.srv.origin, { javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  await page.goto(`${site.srv.url}all-events.html`);
  const table = page.locator(".pre-view:visible table.event-table").first();
  const { width, scroll, cells } = await table.evaluate((t) => ({
    width: t.getBoundingClientRect().width,
    scroll: t.scrollWidth,
    cells: [...t.querySelectorAll("tbody tr:first-child td")].map((td) => td.getBoundingClientRect().width),
  }));
  assert.ok(width <= 390 && scroll <= width + 1, `the table fits: ${width}/${scroll}`);
  // each cell of a row spans the table's width, one under the other
  for (const w of cells) assert.ok(w >= width * 0.9, `a cell ${w.toFixed(0)} of ${width.toFixed(0)} px`);
  await context.close();
  // axe needs scripts: with them, before the app (wasm refused), styled as without
  const js = await openPage(site.browser, site.srv.origin, { viewport: { width: 390, height: 844 } });
  await js.page.route(/\.wasm$/, (r) => r.abort());
  await js.page.goto(`${site.srv.url}all-events.html`);
  assert.deepEqual(await axe(js.page), [], "the stacked table");
  await js.context.close();
});

test("without JavaScript on a phone, the map keeps readable labels and its box scrolls to the rest", async () => {
  const { context, page } = await openPage(site.browser, site.srv.origin, { javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  await page.goto(`${site.srv.url}map.html`);
  const canvas = page.locator(".pre-view:visible .map-canvas").first();
  const r = await canvas.evaluate((c) => {
    const labels = [...c.querySelectorAll("g.node text")].map((t) => t.getScreenCTM().a * parseFloat(getComputedStyle(t).fontSize));
    return { min: Math.min(...labels), n: labels.length, sw: c.scrollWidth, cw: c.clientWidth };
  });
  // the whole drawing in a 366 px box drew its labels at 4 px
  assert.ok(r.n > 40 && r.min >= 12 - 0.01, `${r.n} labels, the smallest ${r.min.toFixed(1)} px; want >= 12`);
  assert.ok(r.sw > r.cw + 100, `the box scrolls sideways: ${r.sw} of ${r.cw} px`);
  // the far corner is reachable by scrolling
  await canvas.evaluate((c) => c.scrollTo(c.scrollWidth, c.scrollHeight));
  const end = await canvas.evaluate((c) => ({ x: c.scrollLeft, y: c.scrollTop, mx: c.scrollWidth - c.clientWidth, my: c.scrollHeight - c.clientHeight }));
  assert.ok(end.x >= end.mx - 1 && end.mx > 0 && end.y >= end.my - 1, `scrolled to ${end.x},${end.y} of ${end.mx},${end.my}`);
  await context.close();
  // at 1280x800 the whole map fits at a readable size: no scroll box
  const wide = await openPage(site.browser, site.srv.origin, { javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
  await wide.page.goto(`${site.srv.url}map.html`);
  const fit = await wide.page.locator(".pre-view:visible .map-canvas").first().evaluate((c) => ({ sw: c.scrollWidth, cw: c.clientWidth, sh: c.scrollHeight, ch: c.clientHeight }));
  assert.ok(fit.sw <= fit.cw + 1 && fit.sh <= fit.ch + 1, `the whole map in its box at 1280x800: ${JSON.stringify(fit)}`);
  await wide.context.close();
  // axe needs scripts: with them, before the app (wasm refused), styled as without
  const js = await openPage(site.browser, site.srv.origin, { viewport: { width: 390, height: 844 } });
  await js.page.route(/\.wasm$/, (r) => r.abort());
  await js.page.goto(`${site.srv.url}map.html`);
  await js.page.evaluate(() => document.documentElement.removeAttribute("data-pre"));
  assert.deepEqual(await axe(js.page), [], "the scrolling map");
  await js.context.close();
});

test("without JavaScript: no control offers what needs scripts; the self-check's answers open on request", async () => {
  const { context, page, problems } = await openPage(site.browser, site.srv.origin, { javaScriptEnabled: false });
  /** What a keyboard reaches in the view shown, other than links, disclosures and the self-check's options. */
  const inert = () =>
    page.evaluate(() =>
      [...document.querySelectorAll(".pre-view [tabindex], .pre-view a, .pre-view button, .pre-view input, .pre-view summary, .pre-view select")]
        .filter((e) => e.getClientRects().length > 0 && e.tabIndex >= 0)
        .filter((e) => !(e.matches("a[href], summary") || (e.matches("input[type=radio]") && e.closest(".question"))))
        .map((e) => e.outerHTML.slice(0, 80)),
    );
  for (const url of ["index.html#/scenarios", "scenarios.html", "scenarios.html#/scenarios?case=money-trail&path=ab", "map.html#/map", "timeline.html#/timeline", "index.html", "self-check.html", "teachers.html"]) {
    await page.goto(site.srv.url + url);
    assert.deepEqual(await inert(), [], `${url}: controls that do nothing`);
  }
  // the cases: where each stands, and what counts as played, need scripts
  await page.goto(`${site.srv.url}scenarios.html`);
  assert.equal(await page.locator(".case-item:visible").count(), content.scenarios.length);
  assert.equal(await page.locator(".case-item .case-status:visible").count(), 0, "no status without progress");
  assert.doesNotMatch(await page.locator(".scenarios-view .lede").innerText(), /complete/i, "nor a word of it");
  // the band is the app's: the timeline's introduction does not send there
  await page.goto(`${site.srv.url}timeline.html`);
  assert.equal(await page.locator(".tl-intro .intro-how").isVisible(), false, "no word of the band");
  assert.ok(await page.locator(".tl-intro h2, .tl-intro p").first().isVisible(), "the introduction reads");
  // an order question's items are shuffled: no number to read as the answer
  await page.goto(`${site.srv.url}self-check.html`);
  assert.equal(await page.locator(".order-num:visible").count(), 0, "order items unnumbered");
  // a link to a card lands on a row of them: the card it names is marked
  const third = content.cards[2].id; // (among the start page's first cards)
  await page.goto(`${site.srv.url}index.html#/cards?card=${third}`);
  const marked = await page.evaluate(() => [...document.querySelectorAll(".pre-view .card")].filter((c) => getComputedStyle(c).outlineStyle !== "none").map((c) => c.id));
  assert.deepEqual(marked, [`/cards?card=${third}`], "the card named, and only it, is marked");
  // and on the page of them all
  await page.goto(`${site.srv.url}all-cards.html#/cards?card=fatf`);
  assert.deepEqual(
    await page.evaluate(() => [...document.querySelectorAll(".pre-view .card")].filter((c) => getComputedStyle(c).outlineStyle !== "none").map((c) => c.id)),
    ["/cards?card=fatf"],
    "all-cards.html: the card named is marked",
  );
  // the map is a picture: no node is a button, each is a link to its relations in words
  await page.goto(`${site.srv.url}map.html`);
  assert.equal(await page.locator('svg g.node[role="button"], svg g.node[tabindex]').count(), 0);
  const un = page.locator(".pre-view:visible svg a:has(> g#node-a-un)");
  assert.equal(await un.getAttribute("href"), "all-relations.html#/map?node=a:un");
  await un.click();
  await page.waitForURL(/#\/map\?node=a:un$/);
  assert.ok(await page.locator('[id="/map?node=a:un"]').evaluate((h) => { const b = h.getBoundingClientRect(); return b.top >= 0 && b.top < innerHeight; }), "the UN's relations in words are in view");
  // the teachers' pack: no word of what needs scripts (the completion
  // settings, the print buttons)
  await page.goto(`${site.srv.url}teachers.html`);
  assert.match(await page.locator(".teachers-view .lede").innerText(), /45/);
  assert.doesNotMatch(await page.locator(".teachers-view .lede").innerText(), /complete|print/i, "nor a word of them");
  // the self-check: no progress to show, and every answer behind a disclosure
  await page.goto(`${site.srv.url}self-check.html`);
  assert.equal(await page.locator(".progress-summary:visible").count(), 0, "no progress without scripts");
  assert.doesNotMatch(await page.locator(".quiz-view .lede").innerText(), /progress/i, "nor a word of it");
  const reveals = page.locator(".answer-ahead:visible");
  assert.equal(await reveals.count(), content.questions.length);
  const byTitle = Object.fromEntries(content.events.map((e) => [e.id, e.title]));
  for (const [k, q] of content.questions.entries()) {
    const d = page.locator(`#q-${q.id} .answer-ahead`);
    assert.equal(await d.locator("p, ol").first().isVisible(), false, `${q.id}: the answer starts hidden`);
    if (k > 3) continue;
    await d.locator("summary").click();
    const text = await d.innerText();
    if (q.answer.type === "choice") assert.ok(text.includes(q.answer.options[q.answer.correct]), `${q.id}: the right option`);
    else assert.deepEqual(await d.locator("ol li strong").allTextContents(), q.answer.events.map((e) => byTitle[e]), `${q.id}: the events in date order`);
    assert.ok(text.includes(q.feedback.slice(0, 40)), `${q.id}: the feedback`);
  }
  // with scripts, the app checks answers: the disclosures never show
  await page.evaluate(() => document.documentElement.setAttribute("data-pre", "self-check"));
  assert.equal(await page.locator(".answer-ahead:visible").count(), 0);
  assert.deepEqual(problems(), []);
  await context.close();
});

test("without JavaScript: a case is played by links, each point under the app's own link, to every ending and back", async () => {
  const { context, page, problems } = await openPage(site.browser, site.srv.origin, { javaScriptEnabled: false });
  const base = `${site.srv.url}scenarios.html`;
  /** The part of a case on screen: its id, text and choices' links. */
  const shown = () =>
    page.evaluate(() => {
      const parts = [...document.querySelectorAll(".case-part")].filter((p) => p.getClientRects().length > 0);
      return parts.map((p) => ({
        id: p.id,
        text: p.innerText,
        choices: [...p.querySelectorAll(".case-choices a")].map((a) => a.getAttribute("href")),
        top: p.getBoundingClientRect().top,
        list: document.querySelector(".case-list").getClientRects().length > 0,
      }));
    });
  const endings = new Set();
  for (const sc of content.scenarios) {
    let firstEnd = null;
    const steps = Object.fromEntries(sc.steps.map((s) => [s.key, s]));
    // the case's Start link opens its brief and first decision, in place of the list
    await page.goto(base);
    await page.locator(`#case-${sc.id} .case-actions a`, { hasText: "Start the case" }).click();
    await page.waitForURL(new RegExp(`#/scenarios\\?case=${sc.id}$`));
    let [p, ...more] = await shown();
    assert.equal(more.length, 0, "one part at a time");
    assert.equal(p.list, false, "the list gives way to the case");
    assert.ok(p.top >= 0 && p.top < 400, `${sc.id}: the part is on screen (${p.top})`);
    assert.ok(p.text.includes(sc.setting) && p.text.includes(sc.steps[0].question), `${sc.id}: the brief and the first decision`);
    // walk every path breadth first, by the links alone
    const queue = [["", sc.steps[0]]];
    while (queue.length) {
      const [path, step] = queue.shift();
      await page.goto(`${base}#/scenarios?case=${sc.id}${path ? `&path=${path}` : ""}`);
      [p] = await shown();
      assert.equal(p.choices.length, step.choices.length, `${sc.id} ${path}: a link per choice`);
      for (const [i, c] of step.choices.entries()) {
        const to = path + String.fromCharCode(97 + i);
        assert.equal(p.choices[i], `#/scenarios?case=${sc.id}&path=${to}`);
        if (to.length > 2 && i > 0) continue; // every point is checked below; clicks on a few
        await page.locator(".case-part:visible .case-choices a").nth(i).click();
        await page.waitForURL((u) => u.hash === `#/scenarios?case=${sc.id}&path=${to}`);
        const [q] = await shown();
        assert.ok(q.text.includes(c.label) && q.text.includes(c.consequence), `${sc.id} ${to}: the choice and what followed`);
        await page.goBack();
        await page.waitForURL((u) => !u.hash.endsWith(`path=${to}`));
      }
      for (const [i, c] of step.choices.entries()) {
        const to = path + String.fromCharCode(97 + i);
        if (c.next.type === "step") queue.push([to, steps[c.next.key]]);
        else {
          await page.goto(`${base}#/scenarios?case=${sc.id}&path=${to}`);
          const [e] = await shown();
          const end = sc.endings.find((x) => x.key === c.next.key);
          assert.ok(e.text.includes(end.title) && e.text.includes(end.text) && e.text.includes(sc.debrief), `${sc.id} ${to}: the ending and the debrief`);
          endings.add(`${sc.id}/${end.key}`);
          firstEnd ??= to;
        }
      }
    }
    // from an ending: back one decision, play again, or another case
    const endAt = `${base}#/scenarios?case=${sc.id}&path=${firstEnd}`;
    await page.goto(endAt);
    await page.locator(".case-part:visible a", { hasText: "Back one decision" }).click();
    await page.waitForURL((u) => u.hash === `#/scenarios?case=${sc.id}${firstEnd.length > 1 ? `&path=${firstEnd.slice(0, -1)}` : ""}`);
    assert.equal((await shown()).length, 1);
    await page.goto(endAt);
    await page.locator(".case-part:visible a", { hasText: "Play again" }).click();
    await page.waitForURL((u) => u.hash === `#/scenarios?case=${sc.id}`);
    assert.ok((await shown())[0].text.includes(sc.setting), "the brief again");
    await page.goto(endAt);
    await page.locator(".case-part:visible a", { hasText: "Choose another case" }).click();
    await page.waitForURL((u) => u.hash === "#/scenarios");
    assert.deepEqual(await shown(), [], "the list again");
    assert.equal(await page.locator(".case-item:visible").count(), content.scenarios.length);
  }
  assert.equal(endings.size, content.scenarios.reduce((n, s) => n + s.endings.length, 0), "every ending is reached");
  // a stale link names no point: the list shows
  const last = content.scenarios[0];
  await page.goto(`${base}#/scenarios?case=${last.id}&path=zz`);
  assert.deepEqual(await shown(), []);
  assert.equal(await page.locator(".case-item:visible").count(), content.scenarios.length);
  assert.deepEqual(await deadLinks(page), [], "every link of the page lands");
  // a phone: a point of a case fits, with no sideways scroll
  await page.goto(`${base}#/scenarios?case=${last.id}&path=a`);
  await page.setViewportSize({ width: 390, height: 844 });
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), "no sideways scroll at 390 px");
  assert.deepEqual(problems(), []);
  await context.close();
  // axe runs as a script: the plain page has none, so it reads the same
  for (const colorScheme of ["light", "dark"]) {
    const js = await openPage(site.browser, site.srv.origin, { colorScheme });
    for (const path of ["", "a", "aa"]) {
      await js.page.goto(`${base}#/scenarios?case=${last.id}${path && `&path=${path}`}`);
      assert.equal((await js.page.locator(".case-part:visible").count()), 1);
      assert.deepEqual(await axe(js.page), [], `${colorScheme}: a point of a case (${path})`);
    }
    await js.context.close();
  }
});

test("without JavaScript: the embed and single-file forms degrade the same way, and print", async () => {
  const { context, page } = await openPage(site.browser, site.srv.origin, { javaScriptEnabled: false });
  await page.goto(`${site.srv.url}#/timeline?embed=1`);
  let [s] = await shownSection(page);
  assert.equal(s.view, "cards", "an embed link with state shows the cards, with links to the rest");
  await page.locator(".pre .site-nav a", { hasText: /^Timeline$/ }).click();
  await page.waitForURL(/\/timeline\.html#\/timeline$/);
  [s] = await shownSection(page);
  assert.equal(s.view, "timeline");
  // printing works from the page drawn ahead of time: the timeline's
  // page prints its events by era, the plain page the table of them all
  await page.emulateMedia({ media: "print" });
  const printed = page.locator(".pre-view:visible .tl-vertical");
  assert.ok(await printed.isVisible(), "the events print");
  assert.ok((await printed.locator("a.tl-event:visible").count()) >= 30, "the listed events print");
  assert.ok(await page.locator(".pre-view:visible .pre-more").isVisible(), "with the way to them all");
  const pdf = await page.pdf({ format: "A4" });
  assert.ok(pdf.length > 20000, "a real PDF");
  await page.goto(`${site.srv.url}all-events.html`);
  assert.equal(await page.locator(".pre-view:visible table tbody tr:visible").count(), content.events.length, "the table of events prints");
  assert.ok((await page.pdf({ format: "A4" })).length > 20000, "a real PDF of the table");
  await page.emulateMedia({ media: "screen" });
  // the single file, from file://
  await page.goto(`${pathToFileURL(`${DIST}explainer.html`).href}#/map`);
  [s] = await shownSection(page);
  assert.equal(s.view, "map");
  assert.equal(await page.locator(".pre-view:visible .relation-list .sentences li").count(), content.relations.length);
  assert.deepEqual(await deadLinks(page), []);
  // the single file has every view whole, as it has no other file to link to
  await page.goto(`${pathToFileURL(`${DIST}explainer.html`).href}#/self-check`);
  const quiz = (await shownSection(page))[0].text;
  for (const q of content.questions) assert.ok(quiz.includes(q.prompt), `question in the single file: ${q.prompt}`);
  await context.close();
});

// axe needs scripts, so the page drawn ahead of time is checked with the
// wasm refused: as shown before the app arrives, and styled as without
// scripts (no data-pre on <html>).
test("the page drawn ahead of time has no accessibility violations, before the app and as without scripts, in both themes", async () => {
  for (const scheme of ["light", "dark"]) {
    const { context, page, problems } = await openPage(site.browser, site.srv.origin, { colorScheme: scheme });
    await page.route(/\.wasm$/, (r) => r.abort());
    for (const v of VIEWS) {
      await page.goto(`${site.srv.url}#/${v}`);
      assert.equal((await shownSection(page))[0].view, v);
      assert.deepEqual(await axe(page), [], `${v}, ${scheme}, before the app`);
      await page.evaluate(() => document.documentElement.removeAttribute("data-pre"));
      assert.equal((await shownSection(page))[0].view, v);
      assert.deepEqual(await axe(page), [], `${v}, ${scheme}, as without scripts`);
    }
    // the plain pages of the views drawn apart: no script at all, no error
    const before = problems().length;
    for (const file of [...APART.map((v) => `${v}.html`), "all-cards.html", "all-events.html", "all-relations.html"]) {
      await page.goto(`${site.srv.url}${file}`);
      assert.equal(await page.locator("script").count(), 0, `${file} has no script`);
      assert.ok(await page.locator(".pre-apart").isVisible());
      assert.deepEqual(await axe(page), [], `${file}, ${scheme}`);
    }
    assert.deepEqual(problems().slice(before), []);
    await context.close();
  }
});

/** Holds the page's wasm until the function returned is called: the app
 *  then takes over, so what comes before can be tried. A later hold
 *  replaces an earlier one. */
async function holdWasm(page) {
  let release;
  const gate = new Promise((ok) => (release = ok));
  await page.unroute(/\.wasm$/);
  await page.route(/\.wasm$/, async (route) => {
    await gate;
    await route.continue();
  });
  return release;
}

/** Sum of layout shifts since the page started, as Lighthouse counts them. */
const CLS = () => {
  window.__cls = 0;
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.hadRecentInput) continue;
      window.__cls += e.value;
      window.__shifts.push(e.sources?.map((s) => s.node?.className || s.node?.nodeName).join(",") + ` ${e.value.toFixed(4)}`);
    }
  }).observe({ type: "layout-shift", buffered: true });
};

test("with JavaScript: the app takes over every view with no layout shift and no error", async () => {
  for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
    const { context, page, problems } = await openPage(site.browser, site.srv.origin, { viewport });
    await context.addInitScript(CLS);
    for (const v of VIEWS) {
      await page.goto("about:blank");
      await page.goto(`${site.srv.url}#/${v}`);
      await ready(page);
      await page.waitForTimeout(600);
      assert.equal(await page.locator("#pre").count(), 0, "the page drawn ahead of time is gone");
      assert.equal(await page.locator("main").count(), 1);
      assert.equal(await page.locator(APP_H1).textContent(), HEADINGS[v]);
      const cls = await page.evaluate(() => [window.__cls, window.__shifts]);
      // zero to the precision Lighthouse reports (0.000): a rare subpixel
      // move of 0.00002 on a cold start is rounding, not a visible shift
      assert.ok(cls[0] < 0.0005, `${v} at ${viewport.width}px: layout shift ${cls[0]} (${cls[1].join("; ")})`);
    }
    assert.deepEqual(problems(), []);
    await context.close();
  }
});

test("the styles are in the page and the head holds the first frame for the view the URL names", async () => {
  // The page's own styles are in the page (one <style>, allowed by its
  // hash), so no sheet can arrive after the HTML (the browser then laid out
  // every view unstyled); the rest of the sheet comes with the app's code,
  // after the first paint. The head script holds the first frame until the empty
  // marker closing the view the URL names is parsed (rel=expect).
  for (const file of ["index.html", ...Object.values(OWN)]) {
    const html = readFileSync(`${DIST}/${file}`, "utf8");
    assert.doesNotMatch(html, /<link rel="stylesheet"/, file);
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
    assert.equal(styles.length, 1, `${file}: one <style>`);
    // only what its HTML can use: well under the whole sheet; and the rest
    // that comes with the app lacks most of what the page has
    const whole = wholeSheet(file);
    const rest = readFileSync(`${DIST}/${sheetOf(html)}`, "utf8");
    assert.ok(styles[0].length < whole.length * 0.6, `${file}: ${styles[0].length} of ${whole.length} characters`);
    assert.ok(rest.length < whole.length - styles[0].length * 0.25, `${file}: the rest is ${rest.length} of ${whole.length} characters, the page's ${styles[0].length}`);
    const hash = createHash("sha256").update(styles[0]).digest("base64");
    assert.match(html, new RegExp(`style-src 'self' 'sha256-${hash.replace(/[+/]/g, "\\$&")}'`), file);
    // the head script's own hash (each page's names its own view)
    const head = html.match(/<script>([\s\S]*?)<\/script>/)[1];
    const shaHead = createHash("sha256").update(head).digest("base64");
    assert.ok(html.includes(`'sha256-${shaHead}'`), `${file}: the head script is allowed`);
  }
  for (const v of ["timeline", "cards", "map"]) {
    const html = readFileSync(`${DIST}/${OWN[v] ?? "index.html"}`, "utf8");
    assert.match(html, new RegExp(`<i id="pre-end-${v}"></i></section>`), `${v}: the marker closes its section`);
    const { context, page, problems } = await openPage(site.browser, site.srv.origin, { viewport: { width: 390, height: 844 } });
    await page.goto(`${site.srv.url}#/${v}`);
    // the marker at the section's end: the whole view is parsed before the first frame
    assert.equal(await page.locator('head link[rel="expect"]').getAttribute("href"), `#pre-end-${v}`);
    await ready(page);
    assert.deepEqual(problems(), []);
    await context.close();
  }
});

/** The rest of the stylesheet, which a page that runs the app loads with the app. */
function sheetOf(html) {
  const m = html.match(/l\.href="\.\/(app-[0-9a-f]{16}\.css)"/);
  assert.ok(m, "the head script loads the rest of the stylesheet");
  return m[1];
}

/** The whole stylesheet, as the plain pages of `file`'s language carry it
 *  (each language's has the sizes of its own map drawn ahead). */
function wholeSheet(file = "index.html") {
  const dir = file.includes("/") ? file.slice(0, file.lastIndexOf("/") + 1) : "";
  return readFileSync(`${DIST}/${dir}about.html`, "utf8").match(/<style>([\s\S]*?)<\/style>/)[1];
}

// Each page keeps in its <style> only the rules its own HTML can use
// (scripts/css-critical.mjs), so that a phone gets it in one TCP window;
// the rest comes with the app. A rule wrongly left out would show as a
// difference once the whole sheet is in.
test("a page's own styles draw it exactly as the whole sheet does, in every view it shows, both themes, phone and desktop", async () => {
  const cases = [
    ["index.html", "#/cards"],
    ["index.html", "#/self-check"],
    ["index.html", "#/about"],
    ["index.html", "#/scenarios"],
    ["timeline.html", "#/timeline"],
    ["map.html", "#/map"],
    // right to left, and another language's text
    ...(SHIPPED.includes("ar") ? [["ar/index.html", "#/cards"], ["ar/map.html", "#/map"]] : []),
  ];
  for (const [width, height, scheme] of [[1280, 800, "light"], [390, 844, "dark"]]) {
    for (const [file, hash] of cases) {
      for (const js of [true, false]) {
        const { context, page, problems } = await openPage(site.browser, site.srv.origin, {
          viewport: { width, height },
          colorScheme: scheme,
          javaScriptEnabled: js,
        });
        assert.ok(sheetOf(readFileSync(`${DIST}/${file}`, "utf8")));
        // the page as drawn ahead of time: the head script runs, the app
        // and the rest of the sheet never come; then the same with the
        // whole sheet linked after the page's own styles
        await page.route(/\/(boot-[^/]*\.js|app-[^/]*\.css)$/, (r) => r.abort());
        await page.route(/\/whole-sheet\.css$/, (r) => r.fulfill({ body: wholeSheet(file), contentType: "text/css" }));
        const shot = async () => {
          await page.goto("about:blank"); // a load, not a move within the page
          await page.goto(`${site.srv.url}${file}${hash}`);
          await page.waitForTimeout(300);
          // the whole page at once draws the cards left for later
          // (content-visibility), which settles over a frame or two
          let last = await page.screenshot({ fullPage: true });
          for (let k = 0; k < 6; k++) {
            await page.waitForTimeout(150);
            const next = await page.screenshot({ fullPage: true });
            if (next.equals(last)) return next;
            last = next;
          }
          return last;
        };
        const before = await shot();
        await page.route(`${site.srv.url}${file}`, async (r) => {
          const res = await r.fetch();
          const body = (await res.text()).replace("</style>", `</style><link rel="stylesheet" href="./whole-sheet.css">`);
          await r.fulfill({ response: res, body });
        });
        const after = await shot();
        if (js) assert.equal(await page.evaluate(() => [...document.styleSheets].filter((s) => {
              try {
                return s.cssRules.length > 0;
              } catch {
                return false; // the one the head script asked for, refused here
              }
            }).length), 2, "the whole sheet is in");
        assert.ok(before.equals(after), `${file}${hash} at ${width} px, ${scheme}, scripts ${js ? "on" : "off"}: the whole sheet changes what is drawn`);
        assert.deepEqual(problems().filter((p) => !/Failed to load resource/.test(p)), []);
        await context.close();
      }
    }
  }
});

/** In a page with the whole sheet in a disabled <style id="whole-sheet">:
 *  the elements compared, or where the page's own styles and the rest of
 *  the sheet give another computed value than the whole sheet alone. */
const sheetsDiffer = (page) =>
  page.evaluate(() => {
    const own = document.querySelector("head > style:not(#whole-sheet, #no-motion)");
    const rest = document.querySelector('head > link[rel="stylesheet"][href*="app-"]');
    const whole = document.getElementById("whole-sheet");
    if (!own || !rest?.sheet) return ["the page's own <style> or the rest of the sheet is missing"];
    const elements = [document.documentElement, ...document.querySelectorAll("body *")];
    // the properties a sheet names, with their longhands: no other can differ
    const named = new Set([...whole.sheet.cssRules].flatMap(function names(r) {
      // (a style rule has cssRules too: those nested in it)
      return [...(r.style ?? [])].concat(r.cssRules ? [...r.cssRules].flatMap(names) : []);
    }));
    const props = [...getComputedStyle(document.body)].filter((p) => [...named].some((n) => p === n || p.startsWith(`${n}-`) || n.startsWith(`${p}-`)));
    if (props.length < 100) return [`only ${props.length} properties to compare`];
    const snap = () =>
      elements.flatMap((el) =>
        [null, "::before", "::after"].map((pe) => {
          const cs = getComputedStyle(el, pe);
          if (pe && cs.content === "none") return [];
          return props.map((p) => `${p}: ${cs.getPropertyValue(p)}`);
        }),
      );
    const served = snap();
    own.sheet.disabled = rest.sheet.disabled = true;
    whole.sheet.disabled = false;
    const alone = snap();
    own.sheet.disabled = rest.sheet.disabled = false;
    whole.sheet.disabled = true;
    const found = [];
    const name = (el) => el.tagName.toLowerCase() + (el.id ? `#${el.id}` : "") + [...el.classList].map((c) => `.${c}`).join("");
    for (let i = 0; i < served.length && found.length < 8; i++) {
      const a = served[i];
      const b = alone[i];
      const at = `${name(elements[Math.floor(i / 3)])}${[" ", "::before ", "::after "][i % 3]}`;
      if (a.length !== b.length) found.push(`${at}: ${a.length} properties against ${b.length}`);
      else for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) { found.push(`${at}{ ${a[k]} } where the whole sheet gives { ${b[k]} }`); break; }
    }
    return found.length ? found : elements.length;
  });

// The page's own <style> stays when the app takes over, and the rest of the
// sheet (css-critical.mjs, lateCss) comes after it. Together they must
// style every element of every view the app can draw in that page, in its
// usual states, exactly as the whole sheet alone does: a rule the rest
// lacks, or one whose order against another changed, shows here as a
// computed value that differs.
test("each page's own styles and the rest that comes with the app style every view as the whole sheet does", async () => {
  const card = content.cards[0].id;
  const event = content.events[0].id;
  const STATES = [
    "#/cards", `#/cards?q=interpol&card=${card}`,
    "#/timeline", `#/timeline?event=${event}`, "#/timeline?theme=terrorist-financing&range=1990-2010",
    "#/map", "#/map?node=a:un", "#/map?rel=issues",
    "#/scenarios", "#/self-check", "#/about", "#/teachers",
    "#/cards?embed=1", "#/timeline?embed=1",
  ];
  let compared = 0;
  for (const [width, height, scheme] of [[1280, 800, "light"], [390, 844, "dark"]]) {
    // (and one page right to left, whose rules ask for its direction)
    for (const file of ["index.html", "timeline.html", "map.html", ...(SHIPPED.includes("ar") && width < 1000 ? ["ar/timeline.html"] : [])]) {
      // (the whole sheet goes in as a <style> of the test's own)
      const { context, page, problems } = await openPage(site.browser, site.srv.origin, {
        viewport: { width, height }, colorScheme: scheme, reducedMotion: "reduce", bypassCSP: true,
      });
      await page.goto(`${site.srv.url}${file}`);
      await ready(page);
      await page.evaluate((css) => {
        const s = document.createElement("style");
        s.id = "whole-sheet";
        s.textContent = css;
        document.head.append(s);
        s.sheet.disabled = true;
        // a transition started by the swap would keep the old values
        const still = document.createElement("style");
        still.id = "no-motion";
        still.textContent = "*,*::before,*::after{transition:none!important;animation:none!important}";
        document.head.append(still);
      }, wholeSheet(file));
      for (const hash of STATES) {
        const t0 = Date.now();
        await page.evaluate((h) => (location.hash = h), hash);
        await ready(page);
        await page.waitForTimeout(200);
        const diff = await sheetsDiffer(page);
        assert.ok(typeof diff === "number" && diff > 50, `${file}${hash} at ${width} px, ${scheme}: ${Array.isArray(diff) ? diff.join("; ") : diff}`);
        compared += diff;
        if (process.env.CSS_TRACE) console.log(file, hash, width, diff, Date.now() - t0);
      }
      // states only the app draws: the phone's menu open, a dialog open
      // (by class: the Arabic page names them in Arabic)
      const opened = page.locator(width < 1000 ? "button.menu-toggle" : "button.embed-open");
      await page.evaluate(() => (location.hash = "#/map"));
      await ready(page);
      await opened.first().click();
      await page.waitForTimeout(200);
      const open = await sheetsDiffer(page);
      assert.ok(typeof open === "number", `${file} with the ${width < 1000 ? "menu" : "embed dialog"} open at ${width} px: ${open}`);
      await page.keyboard.press("Escape");
      // and printed
      await page.emulateMedia({ media: "print" });
      for (const hash of ["#/cards", "#/timeline", "#/map?node=a:un", "#/teachers"]) {
        await page.evaluate((h) => (location.hash = h), hash);
        await ready(page);
        await page.waitForTimeout(200);
        const printed = await sheetsDiffer(page);
        assert.ok(typeof printed === "number" && printed > 50, `${file}${hash} printed at ${width} px: ${printed}`);
      }
      await page.emulateMedia({ media: null });
      assert.deepEqual(problems(), []);
      await context.close();
    }
  }
  assert.ok(compared > 10000, `${compared} elements compared`);
});

test("the app draws only once the rest of the stylesheet is in", async () => {
  const { context, page, problems } = await openPage(site.browser, site.srv.origin);
  let sheetIn = 0;
  await page.route(/\/app-[^/]*\.css$/, async (r) => {
    // the wasm has long arrived when the sheet does
    await new Promise((res) => setTimeout(res, 2500));
    sheetIn = Date.now();
    await r.continue();
  });
  const start = Date.now();
  await page.goto(`${site.srv.url}#/cards`);
  await page.waitForSelector(APP_H1, { timeout: 15000 });
  const drawn = Date.now();
  assert.ok(sheetIn > 0 && drawn >= sheetIn, `the app drew ${drawn - start} ms in, the sheet came ${sheetIn - start} ms in`);
  // and the app's own parts are styled: the header is a row, the grid a grid
  assert.equal(await page.locator(".card-grid").evaluate((e) => getComputedStyle(e).display), "grid");
  await ready(page);
  assert.deepEqual(problems(), []);
  await context.close();
});

// Lighthouse counts every request started before the largest paint as
// holding it up; a phone fetched the icon while the page painted.
test("the icon is in every page: loading one fetches nothing else before the app's code", async () => {
  const dirs = ["", ...SHIPPED.map((l) => `${l}/`)];
  let n = 0;
  for (const dir of dirs) {
    for (const f of readdirSync(`${DIST}/${dir}`).filter((f) => f.endsWith(".html"))) {
      const icons = [...readFileSync(`${DIST}/${dir}${f}`, "utf8").matchAll(/<link rel="icon" href="([^"]*)"/g)].map((m) => m[1]);
      assert.equal(icons.length, 1, `${dir}${f}: one icon link`);
      assert.match(icons[0], /^data:image\/svg\+xml,/, `${dir}${f}: the icon is in the page`);
      n++;
    }
  }
  assert.ok(n >= 7 * dirs.length, `${n} pages`);
  for (const file of ["index.html", ...Object.values(OWN)]) {
    const { context, page, problems } = await openPage(site.browser, site.srv.origin);
    const asked = [];
    page.on("request", (r) => asked.push(new URL(r.url()).pathname.split("/").pop()));
    const html = readFileSync(`${DIST}/${file}`, "utf8");
    const ownParts = [...html.matchAll(/<link rel="preload" href="\.\/parts\/([^"]+)"/g)].map((m) => m[1]);
    await page.goto(`${site.srv.url}${file}`);
    await ready(page);
    assert.deepEqual(
      asked.filter((f) => !/\.(html|js|wasm)$|^$/.test(f) && f !== sheetOf(html) && !ownParts.includes(f)),
      [],
      `${file}: only the page, the app's code, the whole stylesheet and the content its view reads (preloaded)`,
    );
    // the icon draws, under the page's own CSP
    const size = await page.evaluate(async () => {
      const img = new Image();
      img.src = document.querySelector('link[rel="icon"]').href;
      await img.decode();
      return [img.naturalWidth, img.naturalHeight];
    });
    assert.ok(size[0] > 0 && size[1] > 0, `${file}: the icon is an image (${size})`);
    assert.deepEqual(problems(), []);
    await context.close();
  }
});

test("with the CPU slowed 4x, no half-parsed view paints: no layout shift over cold loads of the timeline", async () => {
  // Holding the first frame on the section's own id let Chromium paint the
  // timeline's band before its axis was parsed, then shift (0.01-0.1, in
  // about 3 loads of 10 at 1280 px); the marker at the section's end holds
  // it until the whole view is there.
  const shifts = [];
  for (let k = 0; k < 8; k++) {
    const { context, page, problems } = await openPage(site.browser, site.srv.origin, { viewport: { width: 1280, height: 800 } });
    await context.addInitScript(CLS);
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    await page.goto(`${site.srv.url}#/timeline`);
    await ready(page);
    await page.waitForTimeout(300);
    const [cls, src] = await page.evaluate(() => [window.__cls, window.__shifts]);
    if (cls >= 0.0005) shifts.push(`load ${k}: ${cls.toFixed(4)} (${src.join("; ")})`);
    assert.deepEqual(problems(), []);
    await context.close();
  }
  assert.deepEqual(shifts, []);
});

test("with JavaScript: before the wasm arrives, the view the URL names is on screen; deep links open what they name after", async () => {
  const { context, page, problems } = await openPage(site.browser, site.srv.origin);
  const release = await holdWasm(page);
  const card = content.cards.find((c) => c.title.includes("INTERPOL")) ?? content.cards[0];
  await page.goto(`${site.srv.url}#/cards?q=interpol&card=${card.id}`);
  const [s] = await shownSection(page);
  assert.equal(s.view, "cards");
  assert.ok(s.text.includes(content.cards[0].title), "readable before the app");
  await page.goto(`${site.srv.url}#/map?node=a:nato`);
  assert.equal((await shownSection(page))[0].view, "map");
  const bg = (href) => page.locator(`.pre .site-nav a[href="${href}"]`).evaluate((a) => getComputedStyle(a).backgroundColor);
  assert.match(page.url(), /\/map\.html#\/map\?node=a:nato$/, "sent on to the map's page, state and all");
  assert.notEqual(await bg("#/map"), await bg("#/scenarios"), "the map's link is marked current");
  // the scroll stays at the top: the header is in sight
  assert.equal(await page.evaluate(() => scrollY), 0);
  release();
  await ready(page);
  assert.equal(await page.locator("#node-title").textContent(), "North Atlantic Treaty Organization");
  await page.goto(`${site.srv.url}#/cards?q=interpol&card=${card.id}`);
  await ready(page);
  assert.equal(await page.locator("#cards-search, input[type=search]").first().inputValue(), "interpol");
  assert.equal(await page.locator("#detail-title").textContent(), card.title);
  assert.deepEqual(problems().filter((p) => !p.includes("wasm")), []);
  await context.close();
});

test("with JavaScript: before the app takes over, a click on a drawn node or event stays in the page, and the app then opens it", async () => {
  const { context, page, problems } = await openPage(site.browser, site.srv.origin);
  let release = await holdWasm(page);
  await page.goto(`${site.srv.url}map.html#/map`);
  const un = page.locator(".pre-view:visible svg a:has(> g#node-a-un)");
  assert.equal(await un.getAttribute("href"), "all-relations.html#/map?node=a:un", "without scripts it leads to the plain page");
  await un.click();
  await page.waitForFunction(() => location.hash === "#/map?node=a:un");
  assert.match(page.url(), /\/map\.html#\/map\?node=a:un$/, "with them it stays in map.html");
  assert.equal((await shownSection(page))[0].view, "map");
  release();
  await ready(page);
  assert.equal(await page.locator("#node-title").textContent(), "United Nations");
  // the same on the timeline's page, held again
  release = await holdWasm(page);
  await page.goto("about:blank");
  await page.goto(`${site.srv.url}timeline.html#/timeline`);
  const ev = page.locator('.pre-view:visible a[href^="all-events.html#/timeline?event="]:visible').first();
  const href = await ev.getAttribute("href");
  await ev.click();
  await page.waitForFunction((h) => location.hash === h, href.slice(href.indexOf("#")));
  assert.match(page.url(), /\/timeline\.html#\/timeline\?event=/);
  release();
  await ready(page);
  const id = href.match(/event=([^&]+)/)[1];
  assert.equal(await page.locator("#event-title").textContent(), content.events.find((e) => e.id === id).title);
  assert.deepEqual(problems().filter((p) => !p.includes("wasm")), []);
  await context.close();
});

test("with JavaScript: a link to the timeline or the map names its own page; each page runs the whole app", async () => {
  const { context, page, problems } = await openPage(site.browser, site.srv.origin);
  const ev = content.events.find((e) => e.cards.length);
  // an older link to index.html is sent on, state and all, before the app
  await page.goto(`${site.srv.url}#/timeline?event=${ev.id}&win=1995-2010`);
  await page.waitForURL(new RegExp(`/timeline\\.html#/timeline\\?event=${ev.id}&win=1995-2010$`));
  await ready(page);
  assert.equal(await page.locator("#event-title").textContent(), ev.title);
  // the app's own links stay in the page (no reload: the app keeps its state)
  await page.evaluate(() => (window.__same = true));
  await page.locator(".site-nav a", { hasText: /^Cards$/ }).click();
  await page.waitForFunction(() => location.hash.startsWith("#/cards"));
  await ready(page);
  assert.ok(await page.evaluate(() => window.__same), "the same document");
  assert.match(page.url(), /\/timeline\.html#\/cards/);
  assert.ok((await page.locator(".card-grid .card-title").count()) > 10, "the cards, drawn by the app in timeline.html");
  // the language menu names the page that has the view drawn ahead
  await page.locator(".site-nav a", { hasText: /^Map$/ }).click();
  await ready(page);
  const fr = await page.locator('.lang-menu a[hreflang="fr"]').getAttribute("href");
  assert.equal(fr, "fr/map.html#/map");
  // a page of its own opened bare opens its view, and says so in the URL
  await page.goto(`${site.srv.url}map.html`);
  await ready(page);
  assert.equal(await page.locator(APP_H1).textContent(), HEADINGS.map);
  assert.match(page.url(), /\/map\.html#\/map$/);
  // an unknown view falls back to the cards, on the cards' page
  await page.goto("about:blank");
  await page.goto(`${site.srv.url}map.html#/nowhere`);
  await page.waitForURL(/\/index\.html#\/nowhere$/);
  await ready(page);
  assert.equal(await page.locator(APP_H1).textContent(), HEADINGS.cards);
  assert.deepEqual(problems(), []);
  await context.close();
});

test("the app is built out of sight over several tasks, then swapped in; what was typed meanwhile carries over", async () => {
  const { context, page, problems } = await openPage(site.browser, site.srv.origin, { viewport: { width: 390, height: 844 } });
  // Count tasks (a chain of zero timeouts) and note, in that count, when
  // the app's main arrives (and whether it shows) and when #pre goes.
  await context.addInitScript(() => {
    window.__ticks = 0;
    const tick = () => { window.__ticks++; setTimeout(tick, 0); };
    tick();
    new MutationObserver((records) => {
      for (const r of records) {
        for (const n of r.addedNodes) {
          if (n.nodeName === "MAIN" && !n.closest("#pre") && !window.__built) {
            window.__built = { at: window.__ticks, shown: getComputedStyle(n).display !== "none", pre: !!document.getElementById("pre") };
          }
        }
        for (const n of r.removedNodes) if (n.id === "pre") window.__swapped = window.__ticks;
      }
    }).observe(document, { childList: true, subtree: true });
  });
  const release = await holdWasm(page);
  await page.goto(`${site.srv.url}#/cards`);
  // typed into the page drawn ahead of time, before the app is there
  const early = page.locator("#pre #card-search");
  await early.click();
  await early.pressSequentially("financ");
  release();
  await ready(page);
  const app = page.locator("main:not(.pre-main) #card-search");
  assert.equal(await app.inputValue(), "financ", "the typed text is in the app's search box");
  assert.ok(await app.evaluate((el) => el === document.activeElement), "and the focus");
  // the search ran (the URL follows a moment after typing)
  await page.waitForFunction(() => /q=financ/.test(location.hash), null, { timeout: 3000 });
  const titles = await page.locator(".card-grid .card-title").allTextContents();
  assert.ok(titles.length > 0 && titles.length < content.cards.length, `the grid is filtered: ${titles.length} cards`);
  const { built, swapped } = await page.evaluate(() => ({ built: window.__built, swapped: window.__swapped }));
  assert.ok(built && built.pre && !built.shown, `the app is built hidden beside the page drawn ahead of time: ${JSON.stringify(built)}`);
  assert.ok(swapped - built.at >= 3, `built over several tasks before the swap (${built.at} to ${swapped})`);
  assert.deepEqual(problems().filter((p) => !p.includes("wasm")), []);
  await context.close();
});

test("a sandboxed iframe on a host that sends no CORS headers shows readable content", async () => {
  const bare = await serve(DIST, "/", 0, { cors: false });
  const host = createServer((req, res) => {
    res.writeHead(200, { "content-type": "text/html" });
    res.end(`<!doctype html><html lang="en"><title>LMS</title><body>
      <iframe id="f" title="Explainer" sandbox="allow-scripts" src="${bare.url}#/timeline?embed=1" width="900" height="500"></iframe></body></html>`);
  });
  await new Promise((ok) => host.listen(0, "127.0.0.1", ok));
  const { context, page } = await openPage(site.browser, `http://127.0.0.1:${host.address().port}`);
  await page.goto(`http://127.0.0.1:${host.address().port}/`);
  const frame = page.frameLocator("#f");
  await frame.locator(".pre-view[data-view=timeline] h1").waitFor();
  await page.waitForTimeout(1500);
  const text = await frame.locator(".pre-view[data-view=timeline]").innerText();
  assert.ok(text.includes(content.events[0].title) || text.includes("events, 1923"), "the timeline reads");
  assert.ok(await frame.locator(".pre-view[data-view=timeline] .tl-intro").isVisible(), "its first state is on screen");
  await context.close();
  await new Promise((ok) => host.close(ok));
  await bare.close();
});
