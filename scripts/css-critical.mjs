// The rules a page can use before any script runs: each page that runs the
// app keeps in its <style> only the rules that may match an element of its
// own HTML (scripts/postbuild.mjs); the whole sheet comes with the app.
// On a phone the page then fits in fewer TCP windows (README, "Content
// before code").
//
// The test is generous, never strict: a selector is kept when every class,
// id and element name it names outside a functional pseudo-class (`:not`,
// `:is`, `:has`…) is somewhere in the page, and so is every attribute it
// asks for by exact value (`[data-s="3"]`), but for those the head script
// sets (`data-pre`, `data-theme`…). Other attribute tests, pseudo-classes
// and combinators are not checked, so a rule that could match is kept.
// Keyframes, font faces and page rules are kept whole. Input is minified
// CSS (scripts/css-min.mjs): no comments, no nesting.

/** Class names, ids and element names used anywhere in `html`. */
export function namesIn(html) {
  const classes = new Set();
  const ids = new Set();
  const tags = new Set(["html", "head", "body"]);
  for (const m of html.matchAll(/\sclass="([^"]*)"/g)) for (const c of m[1].split(/\s+/)) if (c) classes.add(c);
  for (const m of html.matchAll(/\sid="([^"]*)"/g)) ids.add(m[1]);
  for (const m of html.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)/g)) tags.add(m[1].toLowerCase());
  return { classes, ids, tags, html };
}

// Attributes the head script sets on <html> before the first paint; any
// other attribute a rule asks for by value is in the HTML as drawn, until
// the app (with the whole sheet) takes over.
const SET_BY_SCRIPT = new Set(["data-pre", "data-theme", "data-pre-embed"]);

/** The index of the quote closing the string that opens at `i`. */
function stringEnd(s, i) {
  let j = i + 1;
  while (j < s.length && s[j] !== s[i]) j += s[j] === "\\" ? 2 : 1;
  return j;
}

/** Drop what the test does not check: strings, attribute selectors, and
 *  functional pseudo-classes with their arguments (nested included). An
 *  attribute asked for by its exact value (`[data-s="3"]`) outside those
 *  is pushed onto `attrs` as it would be written in the HTML. */
function bare(selector, attrs = []) {
  let out = "";
  for (let i = 0; i < selector.length; ) {
    const c = selector[i];
    if (c === '"' || c === "'") {
      i = stringEnd(selector, i) + 1;
    } else if (c === "[" || c === "(") {
      // skip to the matching bracket; a `(` belongs to a pseudo-class,
      // whose name is then dropped too
      const close = c === "[" ? "]" : ")";
      let depth = 0;
      let j = i;
      for (; j < selector.length; j++) {
        if (selector[j] === c) depth++;
        else if (selector[j] === close && --depth === 0) break;
      }
      if (c === "(") out = out.replace(/::?[a-zA-Z-]+$/, "");
      else {
        const m = /^\[([\w-]+)="([^"&<]*)"\]$/.exec(selector.slice(i, j + 1));
        if (m && !SET_BY_SCRIPT.has(m[1])) attrs.push(` ${m[1]}="${m[2]}"`);
      }
      i = j + 1;
    } else {
      out += c;
      i++;
    }
  }
  return out.replace(/::?[a-zA-Z-]+/g, "");
}

/** May `selector` match an element of a page with these names? */
export function mayMatch(selector, { classes, ids, tags, html }) {
  const attrs = [];
  const s = bare(selector, attrs);
  if (html !== undefined && attrs.some((a) => !html.includes(a))) return false;
  for (const m of s.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)) if (!classes.has(m[1])) return false;
  for (const m of s.matchAll(/#(-?[_a-zA-Z][\w-]*)/g)) if (!ids.has(m[1])) return false;
  // element names: an identifier that starts a compound selector
  for (const m of s.matchAll(/(?:^|[\s>+~])([a-zA-Z][\w-]*)/g)) if (!tags.has(m[1].toLowerCase())) return false;
  return true;
}

/** Split at top-level occurrences of `sep` (outside brackets and strings). */
function splitTop(s, sep) {
  const parts = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '"' || c === "'") {
      i = stringEnd(s, i);
    } else if (c === "(" || c === "[") depth++;
    else if (c === ")" || c === "]") depth--;
    else if (c === sep && depth === 0) {
      parts.push(s.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(s.slice(start));
  return parts;
}

/** The end of the block whose `{` is at `open`. */
function blockEnd(css, open) {
  let depth = 0;
  for (let i = open; i < css.length; i++) {
    const c = css[i];
    if (c === '"' || c === "'") {
      i = stringEnd(css, i);
    } else if (c === "{") depth++;
    else if (c === "}" && --depth === 0) return i;
  }
  throw new Error("css-critical: unbalanced braces");
}

const WHOLE = /^@(?:-webkit-)?(?:keyframes|font-face|page|property|counter-style)\b/;
const GROUPS = /^@(?:media|supports|container|layer|scope)\b/;

/** The rules of minified `css` that may match an element of `html`, in
 *  their order. Group rules keep what is kept inside them. */
export function criticalCss(css, html, names = namesIn(html)) {
  let out = "";
  for (let i = 0; i < css.length; ) {
    const open = css.indexOf("{", i);
    const semi = css.indexOf(";", i);
    if (open < 0) break;
    if (semi >= 0 && semi < open && css[i] === "@") {
      // a statement at-rule (@import, @charset, @layer a,b;)
      out += css.slice(i, semi + 1);
      i = semi + 1;
      continue;
    }
    const head = css.slice(i, open).trim();
    const end = blockEnd(css, open);
    const body = css.slice(open + 1, end);
    if (WHOLE.test(head)) {
      out += `${head}{${body}}`;
    } else if (GROUPS.test(head)) {
      const inner = criticalCss(body, html, names);
      if (inner) out += `${head}{${inner}}`;
    } else if (head.startsWith("@")) {
      throw new Error(`css-critical: unknown at-rule ${head}`);
    } else {
      const kept = splitTop(head, ",").filter((sel) => mayMatch(sel.trim(), names));
      if (kept.length) out += `${kept.join(",")}{${body}}`;
    }
    i = end + 1;
  }
  return out;
}
