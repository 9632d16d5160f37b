// Where each claim comes from, as a learner sees it: every card face carries
// its provenance tag, an open card lists the essay sections it restates and
// the references for what it adds, a node from beyond the essays shows its
// reference, and About explains the three tags with counts that add up.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage, ready, useSite, loadContent, axe } from "./harness.mjs";

const data = loadContent();
const site = useSite();
const LABELS = { "essays": "From the essays", "essays-and-record": "Essays + public record", "record": "Beyond the essays" };

test("every card face shows its provenance, and an open card its sections and references", async () => {
  const { context, page, problems } = await openPage(site.browser, site.srv.origin);
  await page.goto(`${site.srv.url}#/cards`);
  await ready(page);
  const tags = await page.locator(".card .card-kind .prov").allTextContents();
  assert.equal(tags.length, data.cards.length, "one tag per card");
  assert.deepEqual(tags, data.cards.map((c) => LABELS[c.provenance]));
  // a card with outside facts: its references are listed under the essay sections
  const card = data.cards.find((c) => c.id === "fatf");
  await page.goto(`${site.srv.url}#/cards?card=fatf`);
  await page.locator(".provenance").waitFor();
  const box = page.locator(".provenance");
  assert.equal(await box.locator(".prov").textContent(), LABELS[card.provenance]);
  assert.equal(await box.locator("ul.sources:not(.refs) li").count(), card.sections.length);
  assert.deepEqual(await box.locator("ul.refs li").allTextContents(), card.references);
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(problems(), []);
  await context.close();
});

test("a map node from beyond the essays shows its tag and reference", async () => {
  const { context, page, problems } = await openPage(site.browser, site.srv.origin);
  const actor = data.actors.find((a) => a.id === "egmont-group");
  assert.equal(actor.provenance, "record");
  await page.goto(`${site.srv.url}#/map?node=a:egmont-group`);
  await ready(page);
  const panel = page.locator(".node-panel");
  await panel.waitFor();
  assert.equal(await panel.locator(".provenance .prov").textContent(), "Beyond the essays");
  assert.equal(await panel.locator(".provenance ul.sources:not(.refs)").count(), 0, "no essay section claimed");
  assert.deepEqual(await panel.locator(".provenance ul.refs li").allTextContents(), [actor.founded_ref]);
  assert.deepEqual(problems(), []);
  await context.close();
});

test("About explains the three tags, and its counts add up to the dataset", async () => {
  const { context, page, problems } = await openPage(site.browser, site.srv.origin);
  await page.goto(`${site.srv.url}#/about`);
  await ready(page);
  const method = page.locator("section[aria-labelledby=about-method]");
  assert.deepEqual(await method.locator("dt .prov").allTextContents(), Object.values(LABELS));
  const counts = (await method.locator("dd .ref").allTextContents()).map((t) => t.match(/\d+/g).map(Number));
  const sum = (i) => counts.reduce((s, c) => s + c[i], 0);
  assert.equal(sum(0), data.cards.length);
  assert.equal(sum(1), data.events.length);
  assert.equal(sum(2), data.actors.length + data.instruments.length);
  assert.deepEqual(problems(), []);
  await context.close();
});
