// The learning path without an LMS: the guided tour by keyboard, progress
// kept in localStorage and reset, self-check feedback, accessibility.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage, ready, useSite, loadContent, axe, citesOf } from "./harness.mjs";

const data = loadContent();
const site = useSite();

test("the guided tour runs by keyboard, lives in the URL and resumes", async () => {
  const { context, page, problems } = await openPage(site.browser, site.srv.origin);
  await page.goto(site.srv.url);
  await ready(page);
  await page.getByRole("button", { name: "Guided tour" }).focus();
  await page.keyboard.press("Enter");
  await page.locator("#tour-title").waitFor();
  assert.equal(await page.locator("#tour-title").textContent(), data.tour[0].title);
  assert.match(page.url(), /tour=1/);
  for (let i = 1; i < 3; i++) {
    // the tour's own Next: on a timeline stop the current-event panel has a "Next event" button too
    await page.locator(".tour-bar").getByRole("button", { name: "Next", exact: true }).focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction((t) => document.querySelector("#tour-title")?.textContent === t, data.tour[i].title);
  }
  assert.match(page.url(), /tour=3/);
  // on a stop, the header's button keeps its name ("Resume tour (stop 3)"
  // there resumed nothing) and takes focus to the tour's Next
  const header = page.locator(".site-header .tour-button");
  assert.equal((await header.textContent()).trim(), "Guided tour");
  await header.click();
  assert.equal(await page.evaluate(() => document.activeElement?.closest(".tour-bar") !== null && document.activeElement.textContent.trim()), "Next →");
  assert.match(page.url(), /tour=3/, "pressing it stays on the stop");
  const view = data.tour[2].fragment.match(/^#\/([a-z-]+)/)[1];
  assert.match(page.url(), new RegExp(`#/${view}`), "the stop's view is shown");
  await page.getByRole("button", { name: "Back" }).click();
  await page.waitForFunction((t) => document.querySelector("#tour-title")?.textContent === t, data.tour[1].title);
  await page.reload();
  await ready(page);
  assert.equal(await page.locator("#tour-title").textContent(), data.tour[1].title, "a reload keeps the stop");
  await page.getByRole("button", { name: "Leave the tour" }).click();
  await page.waitForFunction(() => !document.querySelector("#tour-title"));
  await page.goto("about:blank");
  await page.goto(`${site.srv.url}#/cards`);
  await ready(page);
  assert.ok(await page.getByRole("button", { name: "Resume tour (stop 2)" }).isVisible());
  assert.deepEqual(problems(), []);
  await context.close();
});

test("progress is kept in localStorage across reloads, shown, and can be reset", async () => {
  const { context, page } = await openPage(site.browser, site.srv.origin);
  const card = data.cards[5];
  await page.goto(`${site.srv.url}#/cards?card=${card.id}`);
  await ready(page);
  await page.locator("#detail-title").waitFor();
  // one that cites cards and events both
  const q = data.questions.find((x) => x.answer.type === "choice" && x.cards.length && x.events.length);
  await page.goto(`${site.srv.url}#/self-check`);
  await ready(page);
  const item = page.locator(`#q-${q.id}`);
  const wrong = q.answer.options.find((_, i) => i !== q.answer.correct);
  await item.getByLabel(wrong, { exact: true }).check();
  await item.getByRole("button", { name: "Check answer" }).click();
  await item.locator(".verdict.wrong").waitFor();
  // "Read more: card · card · date — event", each a link to its card or
  // event (with a space alone, two titles read as one)
  const more = await citesOf(item.locator(".read-more"));
  assert.deepEqual(
    more.links.map(([, href]) => href),
    [...q.cards.map((c) => `#/cards?card=${c}`), ...q.events.map((e) => `#/timeline?event=${e}`)],
  );
  assert.equal(more.text, `Read more: ${more.links.map(([t]) => t).join("\u00a0· ")}`);
  await page.reload();
  await ready(page);
  const summary = () => page.locator(".progress-summary").textContent();
  assert.match(await summary(), new RegExp(`Cards read: 1 of ${data.cards.length}`));
  assert.match(await summary(), new RegExp(`Questions answered: 1 of ${data.questions.length} \\(0 right\\)`));
  assert.match(await page.locator(".progress-badge").textContent(), /Progress [1-9]\d*%/);
  await page.getByRole("button", { name: "Reset progress" }).click();
  await page.getByRole("button", { name: "Yes, reset" }).click();
  assert.match(await summary(), /Cards read: 0 of/);
  assert.match(await page.locator(".progress-badge").textContent(), /Progress 0%/);
  await context.close();
});

test("a first visit writes storage once, to find out whether it can, and nothing else until something changes", async () => {
  const { context, page } = await openPage(site.browser, site.srv.origin);
  await page.addInitScript(() => {
    window.__writes = [];
    const set = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k, v) {
      window.__writes.push(k);
      return set.call(this, k, v);
    };
  });
  await page.goto(`${site.srv.url}#/cards`);
  await ready(page);
  assert.deepEqual(await page.evaluate(() => window.__writes), ["__probe"]);
  await page.locator(".theme-toggle").first().click();
  assert.deepEqual(await page.evaluate(() => window.__writes), ["__probe", "ct-explainer.theme"]);
  await context.close();
});

test("storage that reads but refuses writes: progress lasts in the page, and the page says so", async () => {
  const { context, page } = await openPage(site.browser, site.srv.origin);
  // What was kept before the writes began to fail (a full quota, say) still reads.
  await page.addInitScript(() => {
    localStorage.setItem("ct-explainer.theme", "dark");
    Storage.prototype.setItem = () => {
      throw new DOMException("full", "QuotaExceededError");
    };
  });
  const card = data.cards[3];
  await page.goto(`${site.srv.url}#/cards?card=${card.id}`);
  await ready(page);
  await page.locator("#detail-title").waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), "dark");
  await page.goto(`${site.srv.url}#/self-check`);
  await page.locator(".progress-summary").waitFor();
  assert.match(await page.locator(".progress-summary").textContent(), new RegExp(`Cards read: 1 of ${data.cards.length}`));
  assert.match(await page.locator("main .storage-note").textContent(), /cannot be kept here/);
  assert.match(await page.locator(".site-footer .storage-note").textContent(), /Storage is not available here/);
  // the theme changes for this page, though it cannot be kept
  await page.locator(".theme-toggle").first().click();
  await page.waitForFunction(() => document.documentElement.dataset.theme === "light");
  // nothing was written: each write threw, and the app kept going in memory
  assert.equal(await page.evaluate(() => localStorage.getItem("ct-explainer.progress")), null);
  assert.equal(await page.evaluate(() => localStorage.getItem("ct-explainer.theme")), "dark");
  await context.close();
});

for (const scheme of ["light", "dark"]) {
  test(`axe: no violations on the self-check with feedback shown (${scheme})`, async () => {
    const { context, page } = await openPage(site.browser, site.srv.origin, { colorScheme: scheme });
    await page.goto(`${site.srv.url}#/self-check`);
    await ready(page);
    const choice = data.questions.filter((x) => x.answer.type === "choice").slice(0, 2);
    for (const [k, q] of choice.entries()) {
      const item = page.locator(`#q-${q.id}`);
      const pick = k === 0 ? q.answer.options[q.answer.correct] : q.answer.options.find((_, i) => i !== q.answer.correct);
      await item.getByLabel(pick, { exact: true }).check();
      await item.getByRole("button", { name: "Check answer" }).click();
      await item.locator(".verdict").waitFor();
    }
    await page.goto(`${site.srv.url}#/cards?tour=4`);
    await page.goto(`${site.srv.url}#/self-check`);
    assert.deepEqual(await axe(page), []);
    await context.close();
  });
}

test("an ordering question is solvable with the keyboard alone", async () => {
  const { context, page } = await openPage(site.browser, site.srv.origin);
  await page.goto(`${site.srv.url}#/self-check`);
  await ready(page);
  const q = data.questions.find((x) => x.answer.type === "order");
  const item = page.locator(`#q-${q.id}`);
  // the move buttons look like buttons (a border, 44 px), not underlined arrows
  const looks = await item.locator("button.order-move").evaluateAll((bs) =>
    bs.map((b) => {
      const r = b.getBoundingClientRect(), s = getComputedStyle(b);
      return { w: r.width, h: r.height, border: parseFloat(s.borderTopWidth), underline: s.textDecorationLine.includes("underline") };
    }),
  );
  assert.ok(looks.length >= 6, `two move buttons per step (${looks.length})`);
  for (const l of looks) assert.ok(l.w >= 44 && l.h >= 44 && l.border >= 1 && !l.underline, JSON.stringify(l));
  // focus follows the item moved: Enter twice moves it two places (it
  // stayed on the row, so the second press moved the item back)
  const first = (await item.locator(".order-title").allTextContents())[0];
  await item.getByRole("button", { name: `Move “${first}” later` }).focus();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Enter");
  await page.waitForFunction(([sel, t]) => document.querySelectorAll(sel)[2]?.textContent === t, [`#q-${q.id} .order-title`, first]);
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("aria-label")), `Move “${first}” later`);
  // at the last place its "later" is disabled: focus takes its "earlier"
  const titles = await item.locator(".order-title").allTextContents();
  const last = titles[titles.length - 2];
  await item.getByRole("button", { name: `Move “${last}” later` }).focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction(([sel, t]) => [...document.querySelectorAll(sel)].at(-1)?.textContent === t, [`#q-${q.id} .order-title`, last]);
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("aria-label")), `Move “${last}” earlier`);
  const want = q.answer.events.map((id) => data.events.find((e) => e.id === id).title);
  for (let k = 0; k < want.length; k++) {
    for (let guard = 0; guard < 6; guard++) {
      const now = await item.locator(".order-title").allTextContents();
      if (now.indexOf(want[k]) === k) break;
      await item.getByRole("button", { name: `Move “${want[k]}” earlier` }).focus();
      await page.keyboard.press("Enter");
    }
  }
  await item.getByRole("button", { name: "Check order" }).focus();
  await page.keyboard.press("Enter");
  await item.locator(".verdict.right").waitFor();
  await context.close();
});
