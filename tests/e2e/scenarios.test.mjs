// Scenarios: branching cases played with the keyboard, the path in the URL,
// progress saved and restored, the teacher's completion rule honoured, and
// the view readable and clean (axe) in both themes, on a phone too.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage, ready, useSite, loadContent, axe, citesOf } from "./harness.mjs";

const data = loadContent();
const site = useSite();
const sc = data.scenarios[0];

/** The path that always takes the first option, to its end. */
function firstPath(c) {
  let out = "", key = c.steps[0].key;
  for (;;) {
    const ch = c.steps.find((s) => s.key === key).choices[0];
    out += "a";
    if (ch.next.type === "end") return out;
    key = ch.next.key;
  }
}

test("the list shows every case with its role, and says what completion asks", async () => {
  const { context, page, problems } = await openPage(site.browser, site.srv.origin);
  await page.goto(`${site.srv.url}#/scenarios`);
  await ready(page);
  assert.equal(await page.locator("main:not(.pre-main) h1").textContent(), "Scenarios");
  assert.equal(await page.locator(".case-item").count(), data.scenarios.length);
  for (const c of data.scenarios) {
    const item = page.locator(".case-item", { hasText: c.title });
    assert.match(await item.textContent(), /Not started/);
    assert.equal(await item.getByRole("link", { name: "Start the case" }).count(), 1);
  }
  assert.match(await page.locator(".lede").textContent(), /play at least one case to its end/);
  assert.deepEqual(problems(), []);
  await context.close();
});

test("a case is played with the keyboard alone; the path is in the URL and Back undoes a decision", async () => {
  const { context, page, problems } = await openPage(site.browser, site.srv.origin);
  await page.goto(`${site.srv.url}#/scenarios?case=${sc.id}`);
  await ready(page);
  const first = sc.steps[0];
  await page.locator(".case-now legend", { hasText: first.question }).waitFor();
  // Tab to the first option, arrow to the second, Tab to Decide, Enter
  await page.locator(".case-now input[type=radio]").first().focus();
  await page.keyboard.press("Space");
  await page.keyboard.press("ArrowDown");
  assert.equal(await page.locator(".case-now input[type=radio]").nth(1).isChecked(), true);
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.textContent.trim()), "Decide");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => location.hash.includes("path=b"));
  // focus moves to what followed, which cites its sources
  await page.waitForFunction(() => document.activeElement?.id === "case-latest");
  const latest = page.locator("#case-latest");
  assert.match(await latest.textContent(), new RegExp(first.choices[1].label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
  // the consequence cites its cards, events and instruments, kept apart by
  // dots: "Read: card · card · instrument", each a link
  const chosen = first.choices[1];
  const cites = await citesOf(latest.locator(".case-cites"));
  assert.deepEqual(
    cites.links.map(([, href]) => href),
    [
      ...chosen.cards.map((c) => `#/cards?card=${c}`),
      ...chosen.events.map((e) => `#/timeline?event=${e}`),
      ...chosen.instruments.map((i) => `#/map?node=i:${i}`),
    ],
  );
  assert.ok(cites.links.length > 1, "a consequence with more than one reference");
  assert.equal(cites.text, `Read: ${cites.links.map(([t]) => t).join("\u00a0· ")}`);
  // and so does the case's background
  const bg = await citesOf(page.locator(".case-read"));
  assert.deepEqual(bg.links.map(([, href]) => href), sc.cards.map((c) => `#/cards?card=${c}`));
  assert.equal(bg.text, `Background: ${bg.links.map(([t]) => t).join("\u00a0· ")}`);
  assert.match(await latest.locator(".verdict-tag").textContent(), /Well founded|Defensible, at a cost|Hard to defend/);
  // back one decision: the URL and the page follow
  await page.getByRole("button", { name: "Back one decision" }).click();
  await page.waitForFunction(() => !location.hash.includes("path="));
  assert.equal(await page.locator(".case-decision").count(), 0);
  // browser Back returns to the decision taken
  await page.goBack();
  await page.waitForFunction(() => location.hash.includes("path=b"));
  await page.locator(".case-decision").first().waitFor();
  assert.deepEqual(problems(), []);
  await context.close();
});

test("a deep link opens the decisions it names; a broken path is cut with a notice", async () => {
  const { context, page, problems } = await openPage(site.browser, site.srv.origin);
  const path = firstPath(sc);
  await page.goto(`${site.srv.url}#/scenarios?case=${sc.id}&path=${path}`);
  await ready(page);
  assert.equal(await page.locator(".case-decision").count(), path.length);
  await page.locator(".case-ending h2").waitFor();
  assert.match(await page.locator(".case-ending").textContent(), /Debrief/);
  assert.equal(await page.locator(".case-now").count(), 0);
  // a fresh load: the app rewrites a link it cut, so a reload would not see it
  await page.goto("about:blank");
  await page.goto(`${site.srv.url}#/scenarios?case=${sc.id}&path=aq`);
  await ready(page);
  await page.locator(".notice, [role=status]", { hasText: "do not exist in this case" }).first().waitFor();
  assert.equal(await page.locator(".case-decision").count(), 1);
  await page.goto("about:blank");
  await page.goto(`${site.srv.url}#/scenarios?case=no-such-case`);
  await ready(page);
  await page.locator(".case-list").waitFor();
  assert.deepEqual(problems(), []);
  await context.close();
});

test("progress is saved: the list offers to resume, then shows the ending reached", async () => {
  const { context, page } = await openPage(site.browser, site.srv.origin);
  await page.goto(`${site.srv.url}#/scenarios?case=${sc.id}`);
  await ready(page);
  const now = page.locator(".case-now");
  await now.getByLabel(sc.steps[0].choices[0].label, { exact: true }).check();
  await now.getByRole("button", { name: "Decide" }).click();
  await page.locator(".case-decision").first().waitFor();
  await page.goto(`${site.srv.url}#/scenarios`);
  await page.reload();
  await ready(page);
  const item = page.locator(".case-item", { hasText: sc.title });
  await item.getByText("In progress: 1 decision taken").waitFor();
  await item.getByRole("link", { name: "Resume" }).click();
  await page.waitForFunction(() => location.hash.includes("path=a"));
  await page.locator(".case-decision").first().waitFor();
  // play on to the end along first options
  for (let n = 1; n < firstPath(sc).length; n++) {
    await page.locator(".case-now legend").filter({ hasNotText: sc.steps[0].question }).waitFor();
    await page.locator(".case-now input[type=radio]").first().check();
    await page.locator(".case-now").getByRole("button", { name: "Decide" }).click();
    await page.locator(".case-decision").nth(n).waitFor();
  }
  await page.locator(".case-ending").waitFor();
  await page.getByRole("link", { name: "Choose another case" }).click();
  await item.getByText(/Played to an end/).waitFor();
  // the Self-check counts it
  await page.goto(`${site.srv.url}#/self-check`);
  await ready(page);
  assert.match(await page.locator(".progress-summary").textContent(), new RegExp(`Case scenarios played to an end: 1 of ${data.scenarios.length}`));
  await context.close();
});

test("the teacher's rule in the link decides what completion asks", async () => {
  const { context, page } = await openPage(site.browser, site.srv.origin);
  await page.goto(`${site.srv.url}?tour=0&pass=0&scenarios=0#/self-check`);
  await ready(page);
  await page.locator(".completion", { hasText: "Complete" }).waitFor();
  await page.goto(`${site.srv.url}?scenarios=2&pass=0&tour=0#/self-check`);
  await page.reload();
  await ready(page);
  await page.locator(".completion", { hasText: "play 2 more case scenarios to their end" }).waitFor();
  // the For teachers panel writes the rule it is set to
  await page.goto(`${site.srv.url}#/teachers`);
  await page.reload();
  await ready(page);
  const panel = page.locator(".completion-settings");
  await panel.getByLabel("Case scenarios played to the end").selectOption("3");
  await panel.getByLabel("The whole guided tour").uncheck();
  assert.equal(await panel.locator(".cs-data").textContent(), "tour=0&pass=70&scenarios=3");
  assert.match(await panel.locator(".cs-link").textContent(), /\?tour=0&pass=70&scenarios=3#\/cards$/);
  await context.close();
});

for (const scheme of ["light", "dark"]) {
  test(`the list, a decision and an ending pass axe (${scheme})`, async () => {
    const { context, page } = await openPage(site.browser, site.srv.origin, { colorScheme: scheme });
    for (const hash of ["#/scenarios", `#/scenarios?case=${sc.id}&path=a`, `#/scenarios?case=${sc.id}&path=${firstPath(sc)}`]) {
      await page.goto(`${site.srv.url}${hash}`);
      await page.reload();
      await ready(page);
      assert.deepEqual(await axe(page), [], hash);
    }
    await context.close();
  });
}

test("on a phone a case reads in one column with nothing cut off", async () => {
  const { context, page } = await openPage(site.browser, site.srv.origin, { viewport: { width: 390, height: 844 } });
  for (const c of data.scenarios) {
    await page.goto(`${site.srv.url}#/scenarios?case=${c.id}&path=a`);
    await page.reload();
    await ready(page);
    const m = await page.evaluate(() => {
      const r = (s) => [...document.querySelectorAll(s)].map((e) => e.getBoundingClientRect());
      return {
        scroll: document.documentElement.scrollWidth,
        boxes: r(".case-brief, .case-decision, .case-now").map((b) => [b.left, b.right]),
        options: r(".case-now .option").map((b) => b.height),
        // where each dot between cited links is drawn, against the start
        // of its paragraph's lines
        dots: [...document.querySelectorAll(".case-brief .cite-sep, .case-cites .cite-sep")].map((s) => {
          const range = document.createRange();
          range.setStart(s.firstChild, 1);
          range.setEnd(s.firstChild, 2);
          return [range.getBoundingClientRect().left, s.closest("p").getBoundingClientRect().left];
        }),
      };
    });
    assert.ok(m.scroll <= 390, `${c.id}: page ${m.scroll}px wide`);
    for (const [l, rgt] of m.boxes) assert.ok(l >= 0 && rgt <= 390, `${c.id}: box ${l}–${rgt}`);
    for (const h of m.options) assert.ok(h >= 44, `${c.id}: option ${h}px tall`);
    // a wrapped list of links never starts a line with its dot
    assert.ok(m.dots.length > 2, `${c.id}: ${m.dots.length} dots`);
    for (const [dot, line] of m.dots) assert.ok(dot > line + 20, `${c.id}: a line starts with a dot (${dot} vs ${line})`);
  }
  await context.close();
});

test("a saved path the case no longer has (the case changed since) is cut where it is shown: played, not in progress", async () => {
  const { context, page, problems } = await openPage(site.browser, site.srv.origin);
  await page.goto(`${site.srv.url}#/cards?card=${data.cards[0].id}`);
  await ready(page);
  // reading a card saves progress; then its first case as played along letters no case has
  await page.waitForFunction(() => localStorage.getItem("ct-explainer.progress"));
  await page.evaluate(() => {
    const p = localStorage.getItem("ct-explainer.progress").split(".");
    const cases = p[6].split("-");
    cases[0] = "zz!";
    p[6] = cases.join("-");
    localStorage.setItem("ct-explainer.progress", p.join("."));
  });
  await page.goto(`${site.srv.url}#/scenarios`);
  await page.reload();
  await ready(page);
  const first = page.locator(".case-item").first();
  assert.match(await first.textContent(), /Played to an end/);
  assert.equal(await first.getByRole("link", { name: "Resume" }).count(), 0);
  assert.equal(await first.getByRole("link", { name: "Play again" }).count(), 1);
  assert.deepEqual(problems(), []);
  await context.close();
});
