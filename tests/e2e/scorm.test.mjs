// The SCORM packages in a real SCORM runtime (scorm-again, 1.2 and 2004):
// manifests validated against the zips, then each package launched from an
// LMS-like parent page, the tour and questions done, what the runtime
// recorded checked, and a relaunch resumed from suspend_data.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, copyFileSync, existsSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve, launch, openPage, DIST, SHIPPED, loadContent } from "./harness.mjs";

const ROOT = new URL("../../", import.meta.url).pathname;
const data = loadContent();
let dir, srv, browser;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), "ct-scorm-"));
  execFileSync("node", [join(ROOT, "scripts/package.mjs"), DIST, join(dir, "out")], {
    env: { ...process.env, EXPLAINER_URL: "https://example.org/explainer/" },
  });
  for (const v of ["12", "2004"]) {
    execFileSync("python3", ["-m", "zipfile", "-e", join(dir, "out", `scorm${v}.zip`), join(dir, `pkg${v}`)]);
  }
  mkdirSync(join(dir, "lms"));
  copyFileSync(join(ROOT, "node_modules/scorm-again/dist/scorm-again.min.js"), join(dir, "lms/scorm-again.min.js"));
  // an LMS-like launch page: a real SCORM runtime, then the package's SCO
  writeFileSync(
    join(dir, "lms/index.html"),
    `<!doctype html><html lang="en"><title>LMS</title><link rel="icon" href="data:,"><script src="scorm-again.min.js"></script>
<script>
  const q = new URLSearchParams(location.search);
  const v = q.get("v"), resume = q.get("resume"), launch = q.get("launch");
  const api = v === "12" ? new Scorm12API({ autocommit: false, logLevel: 5 }) : new Scorm2004API({ autocommit: false, logLevel: 5 });
  // as an LMS does: launch data from the manifest, suspend data from last time
  api.loadFromJSON({ ...(launch ? { launch_data: launch } : {}), ...(resume ? { suspend_data: resume } : {}) });
  // every SetValue the course makes, with what the runtime answered; with
  // ?refuse=1 the runtime refuses interactions until window.healed is set
  window.calls = [];
  for (const name of ["LMSSetValue", "SetValue"]) {
    if (typeof api[name] !== "function") continue;
    const f = api[name].bind(api);
    api[name] = (k, val) => {
      const r = q.get("refuse") && !window.healed && k.startsWith("cmi.interactions.") ? "false" : f(k, val);
      window.calls.push([k, String(val), String(r)]);
      return r;
    };
  }
  if (v === "12") window.API = api; else window.API_1484_11 = api;
  window.lmsApi = api;
</script>
<iframe id="sco" title="Course" width="1280" height="900"></iframe>
<script>document.getElementById("sco").src = "../pkg" + v + "/index.html";</script>`,
  );
  srv = await serve(dir + "/", "/");
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await srv?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The launch data a package's manifest gives its SCO, as an LMS reads it. */
function launchData(v) {
  const m = readFileSync(join(dir, `pkg${v}`, "imsmanifest.xml"), "utf8").match(/<adlcp:data[fF]rom(?:lms|LMS)>([^<]*)</);
  return m ? m[1].replace(/&amp;/g, "&") : "";
}

const xmlOk = (path) => execFileSync("python3", ["-c", "import sys, xml.etree.ElementTree as E; E.parse(sys.argv[1])", path]);
const zipNames = (zip) =>
  execFileSync("python3", ["-c", "import sys, zipfile; print('\\n'.join(zipfile.ZipFile(sys.argv[1]).namelist()))", zip]).toString().trim().split("\n");

test("manifests are well-formed and name only files that are in the zip", () => {
  for (const name of ["scorm12.zip", "scorm2004.zip", "explainer.imscc"]) {
    const zip = join(dir, "out", name);
    const names = zipNames(zip);
    assert.equal(names[0], "imsmanifest.xml", `${name}: manifest at the root`);
    const x = join(dir, `x-${name}`);
    execFileSync("python3", ["-m", "zipfile", "-e", zip, x]);
    xmlOk(join(x, "imsmanifest.xml"));
    const manifest = readFileSync(join(x, "imsmanifest.xml"), "utf8");
    const hrefs = [...manifest.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
    assert.ok(hrefs.length > 0);
    for (const h of hrefs) {
      assert.ok(!h.startsWith("/") && !h.includes("..") && !/^[a-z]+:/.test(h), `${name}: relative path ${h}`);
      assert.ok(names.includes(h), `${name}: ${h} is in the zip`);
    }
    if (name.startsWith("scorm")) {
      assert.equal((manifest.match(/scorm[tT]ype="sco"/g) ?? []).length, 1, "one launchable SCO");
      // the default completion rule rides as launch data, the pass mark in step
      assert.match(manifest, /<adlcp:data[fF]rom(lms|LMS)>tour=1&amp;pass=70&amp;scenarios=1</);
      assert.match(manifest, name === "scorm12.zip" ? /<adlcp:masteryscore>70</ : /<imsss:minNormalizedMeasure>0\.70</);
      assert.ok(existsSync(join(x, "index.html")));
    } else {
      xmlOk(join(x, "weblink.xml"));
      assert.match(readFileSync(join(x, "weblink.xml"), "utf8"), /href="https:\/\/example\.org\/explainer\/"/);
    }
  }
});

async function doTourAndQuestions(frame) {
  await frame.getByRole("button", { name: /Guided tour|Resume tour/ }).click();
  for (let i = 1; i < data.tour.length; i++) {
    await frame.locator(".tour-step", { hasText: `stop ${i} of` }).waitFor();
    // the tour's own Next: at the timeline stops the current-event panel has a "Next event" button too
    await frame.locator(".tour-bar").getByRole("button", { name: "Next", exact: true }).click();
  }
  await frame.getByRole("button", { name: /Finish/ }).click();
  await frame.locator("main:not(.pre-main) h1", { hasText: "Self-check" }).waitFor();
  for (const q of data.questions) {
    const item = frame.locator(`#q-${q.id}`);
    if (q.answer.type === "choice") {
      await item.getByLabel(q.answer.options[q.answer.correct], { exact: true }).check();
      await item.getByRole("button", { name: "Check answer" }).click();
    } else {
      const want = q.answer.events.map((id) => data.events.find((e) => e.id === id).title);
      for (let k = 0; k < want.length; k++) {
        for (let guard = 0; guard < 6; guard++) {
          const now = await item.locator(".order-title").allTextContents();
          const at = now.indexOf(want[k]);
          if (at === k) break;
          await item.getByRole("button", { name: `Move “${want[k]}” earlier` }).click();
        }
      }
      await item.getByRole("button", { name: "Check order" }).click();
    }
    await item.locator(".verdict.right").waitFor();
  }
}

/** Plays a case along `letters` (one per decision); returns the decisions. */
async function playCase(frame, sc, letters) {
  await frame.locator(".site-nav").getByRole("link", { name: "Scenarios" }).click();
  await frame.locator(".case-item", { hasText: sc.title }).getByRole("link", { name: /Start|Play again/ }).click();
  const taken = [];
  let key = sc.steps[0].key;
  for (const [n, l] of [...letters].entries()) {
    const step = sc.steps.find((s) => s.key === key);
    const k = l.charCodeAt(0) - 97;
    const choice = step.choices[k];
    const now = frame.locator(".case-now");
    await now.locator("legend", { hasText: step.question }).waitFor();
    await now.getByLabel(choice.label, { exact: true }).check();
    await now.getByRole("button", { name: "Decide" }).click();
    await frame.locator(".case-decision").nth(n).locator(".case-chosen", { hasText: choice.label }).waitFor();
    taken.push({ step, k, choice });
    if (choice.next.type === "end") break;
    key = choice.next.key;
  }
  await frame.locator(".case-ending").waitFor();
  return taken;
}

/** A path through a case that meets a verdict of every kind it can. */
function mixedPath(sc) {
  let out = "", key = sc.steps[0].key;
  const met = new Set();
  for (let n = 0; n < 8; n++) {
    const step = sc.steps.find((s) => s.key === key);
    const want = ["arguable", "unsound", "sound"].find((v) => !met.has(v) && step.choices.some((c) => c.verdict === v));
    const k = Math.max(0, step.choices.findIndex((c) => c.verdict === want));
    met.add(step.choices[k].verdict);
    out += String.fromCharCode(97 + k);
    if (step.choices[k].next.type === "end") return out;
    key = step.choices[k].next.key;
  }
  throw new Error(`${sc.id}: no end within 8 decisions`);
}

const RESULT = { "12": { sound: "correct", arguable: "neutral", unsound: "wrong" }, "2004": { sound: "correct", arguable: "neutral", unsound: "incorrect" } };

for (const v of ["12", "2004"]) {
  test(`SCORM ${v}: tour, questions and a case are recorded, and a relaunch resumes`, async () => {
    const { context, page, problems } = await openPage(browser, srv.origin);
    const launch = launchData(v);
    assert.equal(launch, "tour=1&pass=70&scenarios=1");
    await page.goto(`${srv.url}lms/index.html?v=${v}&launch=${encodeURIComponent(launch)}`);
    const frame = page.frameLocator("#sco");
    await frame.locator("main:not(.pre-main) h1").waitFor();
    await doTourAndQuestions(frame);
    await page.waitForFunction(() => /^p2\./.test(window.lmsApi.cmi.suspend_data));
    // the teacher's rule asks for a case as well: not complete yet
    const before = await page.evaluate(() => JSON.parse(JSON.stringify(window.lmsApi.cmi)));
    if (v === "12") assert.equal(before.core.lesson_status, "incomplete");
    else assert.deepEqual([before.completion_status, before.success_status], ["incomplete", "passed"]);
    await frame.locator(".completion", { hasText: "play a case scenario to its end" }).waitFor();
    const sc = data.scenarios[0];
    const taken = await playCase(frame, sc, mixedPath(sc));
    await page.waitForFunction((n) => window.calls.some((c) => c[0] === `cmi.interactions.${n}.result`), data.questions.length + taken.length - 1);
    const cmi = await page.evaluate(() => JSON.parse(JSON.stringify(window.lmsApi.cmi)));
    if (v === "12") {
      assert.equal(cmi.core.lesson_status, "passed");
      assert.equal(cmi.core.score.raw, "100");
    } else {
      assert.equal(cmi.completion_status, "completed");
      assert.equal(cmi.success_status, "passed");
      assert.equal(Number(cmi.score.scaled), 1);
    }
    const suspend = cmi.suspend_data;
    assert.match(suspend, /^p2\./);
    assert.ok(suspend.length < 4096);
    // every answer is an interaction, written once, and the runtime's
    // validators accepted every value the course set
    const calls = await page.evaluate(() => window.calls);
    assert.deepEqual(calls.filter((c) => c[2] !== "true"), [], "values the runtime refused");
    const interactions = interactionsOf(calls);
    assert.deepEqual(
      interactions.map((i) => i.id),
      [...data.questions.map((q) => `q-${q.id}`), ...taken.map((t) => `sc-${sc.id}-${t.step.key}`)],
    );
    const resp = v === "12" ? "student_response" : "learner_response";
    // each decision: a choice, the letter taken, one pattern per well-founded option
    assert.equal(new Set(taken.map((t) => t.choice.verdict)).size, 3, "the path meets every verdict");
    for (const [n, t] of taken.entries()) {
      const i = interactions[data.questions.length + n];
      assert.equal(i.type, "choice");
      assert.equal(i[resp], String.fromCharCode(97 + t.k));
      assert.equal(i.result, RESULT[v][t.choice.verdict], `${i.id}: result`);
      const sound = t.step.choices.flatMap((c, k) => (c.verdict === "sound" ? [String.fromCharCode(97 + k)] : []));
      assert.deepEqual(sound.map((_, k) => i[`correct_responses.${k}.pattern`]), sound, `${i.id}: patterns`);
      if (v === "2004") assert.ok(i.description.startsWith(sc.title), `${i.id}: description`);
    }
    for (const [n, q] of data.questions.entries()) {
      const i = interactions[n];
      assert.equal(i["correct_responses.1.pattern"], undefined, `${i.id}: one pattern`);
      assert.equal(i.type, q.answer.type === "choice" ? "choice" : "sequencing", `${i.id}: type`);
      assert.equal(i.result, "correct", `${i.id}: result`);
      assert.equal(i[resp], i["correct_responses.0.pattern"], `${i.id}: the right response matches the pattern`);
      if (v === "12") {
        assert.match(i.time, /^\d\d:\d\d:\d\d$/);
        assert.match(i.latency, /^\d{4}:\d\d:\d\d\.\d\d$/);
      } else {
        assert.match(i.timestamp, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.0Z$/);
        assert.match(i.latency, /^PT(\d+H)?(\d+M)?\d+(\.\d\d)?S$/);
        assert.equal(i.description, q.prompt.slice(0, 250));
      }
    }
    // leaving the course ends the session with its time and exit
    await page.evaluate(() => { document.getElementById("sco").src = "about:blank"; });
    const prefix = v === "12" ? "cmi.core." : "cmi.";
    await page.waitForFunction((k) => window.calls.some((c) => c[0] === k), `${prefix}session_time`);
    const end = await page.evaluate(() => window.calls);
    const last = (k) => end.filter((c) => c[0] === k).at(-1);
    assert.deepEqual(last(`${prefix}exit`).slice(1), ["suspend", "true"]);
    assert.match(last(`${prefix}session_time`)[1], v === "12" ? /^\d{4}:\d\d:\d\d\.\d\d$/ : /^PT/);
    await context.close();

    // relaunch with what the LMS stored
    const again = await openPage(browser, srv.origin);
    await again.page.goto(`${srv.url}lms/index.html?v=${v}&launch=${encodeURIComponent(launch)}&resume=${encodeURIComponent(suspend)}`);
    const f2 = again.page.frameLocator("#sco");
    await f2.locator("main:not(.pre-main) h1").waitFor();
    await f2.locator(".progress-badge").getByText(/Progress \d+%/).waitFor();
    await f2.getByRole("link", { name: /Progress/ }).click();
    await f2.locator(".completion", { hasText: "Complete" }).waitFor();
    assert.match(await f2.locator(".progress-summary").textContent(), new RegExp(`Tour stops seen: ${data.tour.length} of ${data.tour.length}`));
    assert.match(await f2.locator(".progress-summary").textContent(), new RegExp(`Case scenarios played to an end: 1 of ${data.scenarios.length}`));
    // the relaunch writes no interaction again; a new answer adds exactly one
    assert.deepEqual(interactionsOf(await again.page.evaluate(() => window.calls)), []);
    const q0 = data.questions.find((q) => q.answer.type === "choice");
    const item = f2.locator(`#q-${q0.id}`);
    await item.getByLabel(q0.answer.options[(q0.answer.correct + 1) % q0.answer.options.length], { exact: true }).check();
    await item.getByRole("button", { name: "Check answer" }).click();
    await again.page.waitForFunction(() => window.calls.some((c) => c[0].startsWith("cmi.interactions.")));
    const one = interactionsOf(await again.page.evaluate(() => window.calls));
    assert.equal(one.length, 1);
    assert.equal(one[0].id, `q-${q0.id}`);
    assert.equal(one[0].result, v === "12" ? "wrong" : "incorrect");
    assert.deepEqual(problems().filter((p) => !p.startsWith("external")), []);
    await again.context.close();
  });

  test(`SCORM ${v}: when the LMS refuses, the learner goes on, is told, and nothing is lost`, async () => {
    const { context, page } = await openPage(browser, srv.origin);
    await page.goto(`${srv.url}lms/index.html?v=${v}&refuse=1`);
    const frame = page.frameLocator("#sco");
    await frame.locator("main:not(.pre-main) h1").waitFor();
    await frame.getByRole("link", { name: /Progress/ }).click();
    const choice = data.questions.filter((q) => q.answer.type === "choice").slice(0, 2);
    const answer = async (q) => {
      const item = frame.locator(`#q-${q.id}`);
      await item.getByLabel(q.answer.options[q.answer.correct], { exact: true }).check();
      await item.getByRole("button", { name: "Check answer" }).click();
      await item.locator(".verdict.right").waitFor();
    };
    await answer(choice[0]);
    await frame.locator(".lms-notice[role=alert]").waitFor();
    assert.deepEqual(interactionsOf(await page.evaluate(() => window.calls.filter((c) => c[2] === "true"))), []);
    await page.evaluate(() => { window.healed = true; });
    await answer(choice[1]);
    await frame.locator(".lms-notice").waitFor({ state: "detached" });
    const written = interactionsOf(await page.evaluate(() => window.calls.filter((c) => c[2] === "true")));
    assert.deepEqual(written.map((i) => i.id), choice.map((q) => `q-${q.id}`), "the refused answer went with the next one");
    await context.close();
  });
}

/** The interactions a list of SetValue calls wrote: index -> { field: value }. */
function interactionsOf(calls) {
  const out = [];
  for (const [k, val] of calls) {
    const m = k.match(/^cmi\.interactions\.(\d+)\.(.+)$/);
    if (m) (out[Number(m[1])] ??= {})[m[2]] = val;
  }
  return out;
}

test("each language has its own packages: title in that language, launch page in that language", () => {
  for (const lang of SHIPPED) {
    const bundle = join(DIST, lang);
    const out = join(dir, `out-${lang}`);
    execFileSync("node", [join(ROOT, "scripts/package.mjs"), bundle, out]);
    const title = readFileSync(join(bundle, "index.html"), "utf8").match(/<title>([^<]*)<\/title>/)[1];
    for (const v of ["12", "2004"]) {
      const to = join(dir, `pkg-${lang}-${v}`);
      execFileSync("python3", ["-m", "zipfile", "-e", join(out, `scorm${v}.zip`), to]);
      const manifest = readFileSync(join(to, "imsmanifest.xml"), "utf8");
      assert.ok(manifest.includes(`<title>${title}</title>`), `${lang} ${v}: manifest titled “${title}”`);
      assert.match(readFileSync(join(to, "index.html"), "utf8"), new RegExp(`<html lang="${lang}"`), `${lang} ${v}: launch page`);
    }
  }
});
