// For teachers: the lesson plan, and the worksheet and answer key generated
// from the self-check, on screen (both themes, axe) and printed to PDF by
// Chromium on A4 and US Letter: each part alone, no question split across
// pages, a sane page count.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage, ready, useSite, loadContent, axe } from "./harness.mjs";

const data = loadContent();
const site = useSite();
const pages = (pdf) => (pdf.toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

for (const scheme of ["light", "dark"]) {
  test(`the teacher's pack on screen (${scheme}): plan, worksheet and key from the data`, async () => {
    const { context, page, problems } = await openPage(site.browser, site.srv.origin, { colorScheme: scheme });
    await page.goto(`${site.srv.url}#/teachers`);
    await ready(page);
    assert.equal(await page.locator("main:not(.pre-main) h1").textContent(), "For teachers");
    assert.equal(await page.locator(".plan-step").count(), data.lesson.steps.length);
    assert.equal(data.lesson.steps.reduce((s, x) => s + x.minutes, 0), 45);
    assert.equal(await page.locator(".ws-item").count(), data.questions.length);
    assert.equal(await page.locator(".key-item").count(), data.questions.length);
    // a choice question: lettered options, and the key gives the right letter
    const q = data.questions.find((x) => x.answer.type === "choice");
    const n = await page.locator(".ws-prompt").allTextContents().then((t) => t.indexOf(q.prompt));
    assert.ok(n >= 0, "the question is on the worksheet");
    const letters = await page.locator(".ws-item").nth(n).locator(".ws-letter").allTextContents();
    assert.deepEqual(letters, q.answer.options.map((_, k) => `${String.fromCharCode(65 + k)}.`));
    assert.equal(await page.locator(".key-item").nth(n).locator(".key-answer").textContent(), String.fromCharCode(65 + q.answer.correct));
    // an order question: blanks to fill, never printed already in order
    const o = data.questions.find((x) => x.answer.type === "order");
    const m = await page.locator(".ws-prompt").allTextContents().then((t) => t.indexOf(o.prompt));
    const shown = await page.locator(".ws-item").nth(m).locator(".ws-order li").allTextContents();
    const right = o.answer.events.map((id) => data.events.find((e) => e.id === id).title);
    assert.equal(shown.length, right.length);
    assert.ok(shown.every((t) => t.startsWith("____")));
    assert.notDeepEqual(shown.map((t) => t.replace(/^_+\s*/, "")), right);
    // every step, prompt and task names its cards, titles kept apart (with
    // a space alone, two titles read as one, and on paper links have no
    // underline): "Cards: A · B", each title a link to its card
    const refs = await page.locator(".lesson-plan .ref").evaluateAll((rs) =>
      rs.map((r) => ({ text: r.textContent.trim(), links: [...r.querySelectorAll("a")].map((a) => [a.textContent, a.getAttribute("href")]) })),
    );
    const cited = data.lesson.steps.length + data.lesson.prompts.length + data.lesson.homework.length;
    assert.equal(refs.length, cited);
    assert.ok(refs.some((r) => r.links.length > 1), "some part cites two cards or more");
    for (const r of refs) {
      assert.ok(r.links.length > 0, `${r.text}: no card`);
      assert.equal(r.text, `Cards: ${r.links.map(([t]) => t).join("\u00a0· ")}`);
      for (const [t, href] of r.links) assert.match(href, /^#\/cards\?card=[a-z0-9-]+$/, t);
    }
    // the handouts: every event by era, every node on the flat map
    assert.equal(await page.locator(".timeline-handout li").count(), data.events.length);
    assert.equal(await page.locator(".map-handout .mh-node").count(), data.actors.length + data.instruments.length);
    assert.deepEqual(await axe(page), []);
    assert.deepEqual(problems(), []);
    await context.close();
  });
}

test("the Self-check and the footer link to the teacher's pack", async () => {
  const { context, page } = await openPage(site.browser, site.srv.origin);
  await page.goto(`${site.srv.url}#/self-check`);
  await ready(page);
  await page.getByRole("link", { name: "printable worksheet with an answer key" }).click();
  await page.waitForFunction(() => location.hash.startsWith("#/teachers"));
  assert.equal(await page.locator(".site-footer a", { hasText: "For teachers" }).count(), 1);
  await context.close();
});

test("printing: each part alone on A4 and Letter, no question split across pages", async () => {
  const { context, page } = await openPage(site.browser, site.srv.origin);
  await page.goto(`${site.srv.url}#/teachers`);
  await ready(page);
  await page.emulateMedia({ media: "print" });
  const counts = {};
  for (const part of ["plan", "worksheet", "key", "timeline", "map"]) {
    await page.evaluate((p) => document.documentElement.setAttribute("data-print", p), part);
    const shown = await page.evaluate(() =>
      [...document.querySelectorAll(".teachers-view > section")].filter((s) => getComputedStyle(s).display !== "none").map((s) => s.className),
    );
    const cls = { plan: "lesson-plan", worksheet: "worksheet", key: "answer-key", timeline: "handout timeline-handout", map: "handout map-handout" }[part];
    assert.deepEqual(shown, [cls], `${part}: only that part prints`);
    // every question is kept whole, and fits a page (A4 or Letter less margins)
    const blocks = await page.evaluate(() =>
      [...document.querySelectorAll(".ws-item, .key-item, .plan-step")]
        .filter((b) => b.offsetParent)
        .map((b) => ({ avoid: getComputedStyle(b).breakInside, h: b.getBoundingClientRect().height })),
    );
    assert.ok(blocks.length > 0 || part === "timeline" || part === "map");
    for (const b of blocks) {
      assert.equal(b.avoid, "avoid", `${part}: a block may split`);
      assert.ok(b.h < 900, `${part}: a block ${b.h}px tall cannot fit a page`);
    }
    for (const format of ["A4", "Letter"]) {
      const pdf = await page.pdf({ format, printBackground: false });
      counts[`${part} ${format}`] = pages(pdf);
    }
  }
  // the plan fits a few pages; worksheet and key a handful each; the
  // timeline handout one or two pages, the map one
  assert.ok(counts["plan A4"] >= 1 && counts["plan A4"] <= 4, JSON.stringify(counts));
  for (const f of ["A4", "Letter"]) {
    assert.ok(counts[`timeline ${f}`] >= 1 && counts[`timeline ${f}`] <= 2, JSON.stringify(counts));
    assert.equal(counts[`map ${f}`], 1, JSON.stringify(counts));
  }
  for (const part of ["worksheet", "key"]) {
    for (const f of ["A4", "Letter"]) assert.ok(counts[`${part} ${f}`] >= 3 && counts[`${part} ${f}`] <= 16, JSON.stringify(counts));
  }
  // the map handout prints in black and white
  const strokes = await page.evaluate(() => [...document.querySelectorAll(".mh-node .shape")].map((e) => getComputedStyle(e).stroke));
  assert.equal(strokes.length, data.actors.length + data.instruments.length);
  assert.ok(strokes.every((c) => c === "rgb(0, 0, 0)"), [...new Set(strokes)].join(" "));
  console.log("pages", JSON.stringify(counts));
  await context.close();
});

// At 320 px the name line, one preformatted run, scrolled the page
// sideways; wrapped as text, "Date:" ended a line and its blank began the next.
test("the worksheet's Name and Date: side by side on a laptop, Date under Name on a small phone, each blank beside its word", async () => {
  for (const [width, rows] of [[1280, 1], [320, 2]]) {
    const { context, page, problems } = await openPage(site.browser, site.srv.origin, { viewport: { width, height: 800 } });
    await page.goto(`${site.srv.url}#/teachers`);
    await ready(page);
    const fields = await page.locator(".worksheet .ws-name span").evaluateAll((ss) =>
      ss.map((s) => ({ text: s.textContent, top: s.getBoundingClientRect().top, lines: s.getClientRects().length, h: s.getBoundingClientRect().height, line: parseFloat(getComputedStyle(s).lineHeight) })),
    );
    assert.deepEqual(fields.map((f) => f.text.replace(/_+/, "_")), ["Name: _", "Date: _"]);
    for (const f of fields) assert.ok(f.h <= f.line * 1.1, `${width}px: “${f.text}” on one line (${f.h} px high)`);
    assert.equal(new Set(fields.map((f) => Math.round(f.top))).size, rows, `${width}px: ${rows} row(s)`);
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth), `${width}px: no sideways scroll`);
    assert.deepEqual(problems(), []);
    await context.close();
  }
});

/** How each swatch of a key looks without colour: its outline and its line. */
const looks = (page, sel) =>
  page.locator(sel).evaluateAll((shapes) =>
    shapes.map((s) => {
      const outline = s.tagName === "rect" ? (parseFloat(s.getAttribute("rx")) > 5 ? "pill" : "box") : s.getAttribute("d").replace(/[-\d.,\s]+/g, "");
      return `${outline} ${getComputedStyle(s).strokeDasharray}`;
    }),
  );

test("without colour, the map's key and the printed handout tell all eight kinds of node apart", async () => {
  const { context, page, problems } = await openPage(site.browser, site.srv.origin);
  await page.goto(`${site.srv.url}map.html#/map`);
  await ready(page);
  await page.locator(".map-legend summary").click();
  const key = await looks(page, ".map-legend .legend-shape .shape");
  assert.equal(key.length, 8);
  assert.equal(new Set(key).size, 8, `the map's key: ${key.join(" | ")}`);
  // a node draws as its key says
  const un = await looks(page, "#node-a-un .shape");
  assert.ok(key.includes(un[0]), `the UN's node (${un[0]}) is in the key`);
  await page.goto(`${site.srv.url}#/teachers`);
  await ready(page);
  await page.emulateMedia({ media: "print" });
  const printed = await looks(page, ".mh-key .shape");
  assert.equal(new Set(printed).size, 8, `the handout's key, printed: ${printed.join(" | ")}`);
  assert.deepEqual(await page.locator(".mh-key .shape").evaluateAll((s) => [...new Set(s.map((x) => getComputedStyle(x).stroke))]), ["rgb(0, 0, 0)"], "black on white");
  assert.deepEqual(problems(), []);
  await context.close();
});

/** Relative luminance of a computed colour: rgb(…) or color(srgb …). */
const luminance = (c) => {
  const m = c.match(/color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)/);
  const v = m ? m.slice(1).map(Number) : c.match(/[\d.]+/g).slice(0, 3).map((x) => Number(x) / 255);
  const [r, g, b] = v.map((x) => (x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a, b) => { const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };

test("dark theme: each kind's outline reads against its fill (3:1), and the handout still prints black on white", async () => {
  const { context, page, problems } = await openPage(site.browser, site.srv.origin, { colorScheme: "dark" });
  await page.goto(`${site.srv.url}map.html#/map`);
  await ready(page);
  await page.locator(".map-legend summary").click();
  const pairs = await page.locator(".map-legend .legend-shape .shape").evaluateAll((s) => s.map((x) => [getComputedStyle(x).stroke, getComputedStyle(x).fill]));
  for (const [stroke, fill] of pairs) assert.ok(contrast(stroke, fill) >= 3, `outline ${stroke} on ${fill}: ${contrast(stroke, fill).toFixed(2)}:1`);
  await page.goto(`${site.srv.url}#/teachers`);
  await ready(page);
  await page.emulateMedia({ media: "print" });
  const ink = await page.locator(".mh-node .shape, .mh-key .shape").evaluateAll((s) => [...new Set(s.map((x) => `${getComputedStyle(x).fill} ${getComputedStyle(x).stroke}`))]);
  assert.deepEqual(ink, ["rgb(255, 255, 255) rgb(0, 0, 0)"], "the handout's nodes print white with black lines");
  assert.equal(await page.locator(".mh-node text").first().evaluate((t) => getComputedStyle(t).fill), "rgb(0, 0, 0)");
  assert.equal(await page.locator(".teachers-view h1").evaluate((h) => getComputedStyle(h).color), "rgb(0, 0, 0)", "the pack's text prints black");
  assert.deepEqual(problems(), []);
  await context.close();
});
