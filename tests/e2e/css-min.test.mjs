// The minifier of the styles in the page: what it removes, and what it
// must never touch (strings, and the space that is a descendant combinator).
import { test } from "node:test";
import assert from "node:assert/strict";
import { minifyCss } from "../../scripts/css-min.mjs";

test("the styles in the page lose comments and needless spaces, never meaning", () => {
  assert.equal(minifyCss("/* the \"why\" */\n.a  .b :is(.c) {\n  color: red;\n  margin: 0 auto;\n}\n"), ".a .b :is(.c){color: red;margin: 0 auto}");
  assert.equal(minifyCss('.q::before { content: "a ; } /* b */"; }'), '.q::before{content: "a ; } /* b */"}');
  assert.equal(minifyCss("@media (max-width: 639px) {\n  .x > .y { display: none; }\n}"), "@media (max-width: 639px){.x > .y{display: none}}");
  assert.equal(minifyCss(".u { background: url('a b.svg'); } .v{}"), ".u{background: url('a b.svg')}.v{}");
  assert.equal(minifyCss('.e::after { content: "\\"" ; }'), '.e::after{content: "\\""}');
});
