// The two halves of the stylesheet a page that runs the app uses: its own
// <style> (criticalCss) and the rest that comes with the app (lateCss).
// The page's half stays, so the rest goes after it; a rule that would then
// lose to one it used to beat must come again in the rest, in its place.
// (The browser test "each page's own styles and the rest…" in
// ahead.test.mjs checks the real sheet against every view.)
import { test } from "node:test";
import assert from "node:assert/strict";
import { criticalCss, lateCss, specificity, familiesOf, subjectOf, apart } from "../../scripts/css-critical.mjs";

test("specificity counts ids, classes and names as the cascade does", () => {
  assert.deepEqual(specificity(".a"), [0, 1, 0]);
  assert.deepEqual(specificity("#x .a > p"), [1, 1, 1]);
  assert.deepEqual(specificity('a[href="#/cards"]:hover::before'), [0, 2, 2]);
  assert.deepEqual(specificity("html:not([data-pre]) .pre"), [0, 2, 1]);
  // :is and :not count their most specific argument, :where nothing
  assert.deepEqual(specificity(".x :is(.a, #b, p)"), [1, 1, 0]);
  assert.deepEqual(specificity(":where(.a, #b) .c"), [0, 1, 0]);
  assert.deepEqual(specificity("li:nth-child(2n of .a)"), [0, 2, 1]);
  assert.deepEqual(specificity("p::after"), specificity("p:after"));
});

test("a declaration conflicts with its shorthands and longhands", () => {
  const meet = (a, b) => [...familiesOf(a)].some((f) => familiesOf(b).has(f) || f === "*");
  assert.ok(meet("margin-top: 0", "margin: 0 auto"));
  assert.ok(meet("top: 0", "inset: 0"));
  assert.ok(meet("row-gap: 1px", "gap: 2px"));
  assert.ok(meet("line-height: 1", "font: 1em/2 serif"));
  assert.ok(meet("inline-size: 3em", "width: 2em"));
  assert.ok(meet("all: unset", "color: red"));
  assert.ok(meet("--accent: red", "--accent: blue"));
  assert.ok(!meet("color: red", "margin: 0"));
  assert.ok(!meet("--a: 1", "--b: 1"));
});

test("selectors plainly apart: another element, pseudo-element or attribute value", () => {
  const a = (x, y) => apart(subjectOf(x), subjectOf(y));
  assert.ok(a("p.x", "li.y"));
  assert.ok(a(".x::before", ".y"));
  assert.ok(a('html[data-pre="cards"] .a', 'html .b[data-s="1"]') === false);
  assert.ok(a('.b[data-s="1"]', '.c[data-s="2"]'));
  assert.ok(a(".b:not([hidden])", ".c[hidden]"));
  assert.ok(!a(".a", ".b"));
  assert.ok(!a("p", ".b"));
  assert.ok(!a(".a .b", ".c"));
});

test("the rest of the sheet: what the page lacks, and what would lose its place", () => {
  const html = '<p class="a b">x</p>';
  const css = ".z{display:none}.a{display:block}.b{color:red}.y{color:blue}.c{margin:0}";
  // .a is in the page, but .z (not in the page, as specific, before it)
  // also sets display: moved ahead of .z, .a would lose to it
  assert.equal(criticalCss(css, html), ".a{display:block}.b{color:red}");
  assert.equal(lateCss(css, html), ".z{display:none}.a{display:block}.y{color:blue}.c{margin:0}");
  // a rule kept in the rest keeps those after it that it would beat in turn
  const chain = ".z{display:none}.a{display:block}.b{display:flex}";
  assert.equal(lateCss(chain, html), chain);
  // more specific, or apart, or another property: no conflict
  assert.equal(lateCss(".z{display:none}p.a{display:block}", html), ".z{display:none}");
  assert.equal(lateCss("li.z{display:none}p.a{display:block}", html), "li.z{display:none}");
  assert.equal(lateCss(".z{color:red}.a{display:block}", html), ".z{color:red}");
  // group rules keep what is kept inside them; others stay whole
  assert.equal(
    lateCss("@media print{.a{display:none}.z{color:red}}@keyframes k{to{opacity:0}}", html),
    "@media print{.z{color:red}}@keyframes k{to{opacity:0}}",
  );
  // a selector list is cut by selector
  assert.equal(lateCss(".a,.z{color:red}", html), ".z{color:red}");
  // layers and scopes order rules otherwise: refused, not guessed
  assert.throws(() => lateCss("@layer a{.z{color:red}}.a{color:blue}", html), /@layer/);
});

// Cases a review found where the reading of a selector or a property was
// too bold: each would have left a rule out that must come again.
test("what is not plainly apart is not called apart", () => {
  const a = (x, y) => apart(subjectOf(x), subjectOf(y));
  // a pseudo-class whose name starts like a pseudo-element's
  assert.ok(!a("input:placeholder-shown", ".late input"));
  // a vendor's name for a pseudo-element is not another pseudo-element
  assert.ok(!a(".late::-webkit-input-placeholder", ".x::placeholder"));
  // a string is not a pseudo-element
  assert.ok(!a('[title="a::before"]', ".b"));
  // HTML reads `type` in any case
  assert.ok(!a('[type="text"]', '[type="TEXT"]'));
  // a namespace prefix is not read as an element name
  assert.ok(!a("svg|a", "a"));
  // names: non-ASCII characters and escapes are part of a name
  assert.deepEqual(specificity(".éa"), [0, 1, 0]);
  assert.deepEqual(specificity(".\\31 a"), [0, 1, 0]);
  assert.deepEqual(specificity("li:nth-child(2n of .a)"), [0, 2, 1]);
  // properties that set each other under other first words
  const meet = (x, y) => [...familiesOf(x)].some((f) => familiesOf(y).has(f));
  assert.ok(meet("page-break-before: always", "break-before: page"));
  assert.ok(meet("-webkit-column-break-inside: avoid", "break-inside: avoid"));
  assert.ok(meet("-webkit-logical-width: 1px", "inline-size: 2px"));
  assert.ok(meet("color-adjust: exact", "print-color-adjust: exact"));
  assert.ok(meet("-epub-word-break: keep-all", "word-break: normal"));
  // and @import is refused, as @layer is
  assert.throws(() => lateCss('@import "x.css";.a{color:red}', "<p class=a>"), /@import/);
  // the first case end to end: the pseudo-class rule comes again
  assert.equal(
    lateCss(".late input{color:red}input:placeholder-shown{color:blue}", "<input>"),
    ".late input{color:red}input:placeholder-shown{color:blue}",
  );
});
