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
export function splitTop(s, sep) {
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

/** Minified `css` with only the style rules' selectors `keep` says yes to,
 *  asked in the sheet's order (`keep(selector, body)`); group rules keep
 *  what is kept inside them, other at-rules stay whole. */
function filterRules(css, keep) {
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
      const inner = filterRules(body, keep);
      if (inner) out += `${head}{${inner}}`;
    } else if (head.startsWith("@")) {
      throw new Error(`css-critical: unknown at-rule ${head}`);
    } else {
      const kept = splitTop(head, ",").filter((sel) => keep(sel.trim(), body));
      if (kept.length) out += `${kept.join(",")}{${body}}`;
    }
    i = end + 1;
  }
  return out;
}

/** The rules of minified `css` that may match an element of `html`, in
 *  their order. Group rules keep what is kept inside them. */
export function criticalCss(css, html, names = namesIn(html)) {
  return filterRules(css, (sel) => mayMatch(sel, names));
}

// ---- the sheet that comes with the app ----
// The page's <style> stays in the document when the app takes over, so the
// sheet the app loads after it needs only the rest: every selector the
// page's <style> lacks, and those it has that would now lose to a rule it
// lacks. Moving a rule ahead of others changes the cascade only where an
// earlier rule of equal specificity sets the same property, so such a rule
// is kept in the later sheet too, in its place. The test is generous: two
// selectors may match one element unless what they ask of it is plainly
// apart (another element name or pseudo-element, another value of one
// attribute); media queries are not read; and a property conflicts with
// its shorthands and longhands (the name's first word: `margin-top` with
// `margin`), and a few pairs more.

/** The (id, class, type) specificity of one complex selector. */
export function specificity(selector) {
  let [a, b, c] = [0, 0, 0];
  const s = selector;
  // a name runs over ASCII letters, digits, `-`, `_`, any non-ASCII
  // character, and escapes (`\\31 ` is a hex escape and the space ending it)
  const identEnd = (i) => {
    while (i < s.length) {
      if (s[i] === "\\") {
        const hex = /^[0-9a-fA-F]{1,6} ?/.exec(s.slice(i + 1, i + 8));
        i += hex ? 1 + hex[0].length : 2;
      } else if (/[\w-]/.test(s[i]) || s.charCodeAt(i) >= 0x80) i++;
      else break;
    }
    return i;
  };
  const closing = (i, open, close) => {
    let depth = 0;
    for (let j = i; j < s.length; j++) {
      if (s[j] === '"' || s[j] === "'") j = stringEnd(s, j);
      else if (s[j] === open) depth++;
      else if (s[j] === close && --depth === 0) return j;
    }
    throw new Error(`css-critical: unbalanced ${open} in ${selector}`);
  };
  const most = (list) => splitTop(list, ",").map((x) => specificity(x.trim())).reduce((m, x) => (compare(x, m) > 0 ? x : m), [0, 0, 0]);
  for (let i = 0; i < s.length; ) {
    const ch = s[i];
    if (ch === "#") (a++, (i = identEnd(i + 1)));
    else if (ch === ".") (b++, (i = identEnd(i + 1)));
    else if (ch === "[") (b++, (i = closing(i, "[", "]") + 1));
    else if (ch === ":") {
      const element = s[i + 1] === ":";
      const from = i + (element ? 2 : 1);
      const to = identEnd(from);
      const name = s.slice(from, to).toLowerCase();
      let args = null;
      i = to;
      if (s[i] === "(") {
        const end = closing(i, "(", ")");
        args = s.slice(i + 1, end);
        i = end + 1;
      }
      if (element || ["before", "after", "first-line", "first-letter"].includes(name)) c++;
      else if (name === "where") continue;
      else if (["is", "not", "has", "matches", "-webkit-any", "-moz-any"].includes(name)) {
        const m = most(args ?? "");
        (a += m[0]), (b += m[1]), (c += m[2]);
      } else {
        b++;
        const of = /^(?:nth-child|nth-last-child)$/.test(name) && args ? / of (.+)$/.exec(args) : null;
        if (of) {
          const m = most(of[1]);
          (a += m[0]), (b += m[1]), (c += m[2]);
        }
      }
    } else if (/[a-zA-Z_\\-]/.test(ch) || ch.charCodeAt(0) >= 0x80) (c++, (i = identEnd(i)));
    else i++; // `*`, combinators
  }
  return [a, b, c];
}

/** -1, 0 or 1 as specificity `x` is lower, equal or higher than `y`. */
function compare(x, y) {
  for (let k = 0; k < 3; k++) if (x[k] !== y[k]) return x[k] < y[k] ? -1 : 1;
  return 0;
}

// Properties whose names' first words differ, but which set one another
// (after any vendor prefix: `-webkit-logical-width` is `logical-width`).
const ALSO = {
  top: ["inset"], right: ["inset"], bottom: ["inset"], left: ["inset"],
  width: ["size"], height: ["size"], inline: ["size"], block: ["size"], logical: ["size"],
  word: ["overflow"], white: ["text"], columns: ["column"], line: ["font"],
  row: ["gap"], column: ["gap", "break"], grid: ["gap"], place: ["align", "justify"],
  page: ["break"], print: ["color"],
};

/** The property families a block's declarations set (`*` for `all`). */
export function familiesOf(body) {
  const out = new Set();
  for (const d of splitTop(body, ";")) {
    const colon = d.indexOf(":");
    if (colon < 0) continue;
    const prop = d.slice(0, colon).trim().toLowerCase().replace(/^-[a-z]+-/, "");
    if (prop.startsWith("--")) {
      out.add(prop);
      continue;
    }
    const first = prop.split("-")[0];
    out.add(prop === "all" ? "*" : first);
    for (const f of ALSO[first] ?? []) out.add(f);
    if (prop.endsWith("-gap")) out.add("gap");
  }
  return out;
}

const meets = (x, y) => x.has("*") || y.has("*") || [...x].some((f) => y.has(f));

/** What one complex selector asks of the element it styles, where that is
 *  plain to read: its last compound's element name, pseudo-element, and
 *  attributes (as `name=value`, `name` for presence, `!name` for
 *  `:not([name])`). Functional pseudo-classes are not read. */
export function subjectOf(selector) {
  let start = 0;
  let depth = 0;
  for (let i = 0; i < selector.length; i++) {
    const c = selector[i];
    if (c === '"' || c === "'") i = stringEnd(selector, i);
    else if (c === "(" || c === "[") depth++;
    else if (c === ")" || c === "]") depth--;
    else if (depth === 0 && (c === " " || c === ">" || c === "+" || c === "~")) start = i + 1;
  }
  const last = selector.slice(start);
  // (a namespace prefix, `svg|a`, is not read: no element name then)
  const tag = last.includes("|") ? null : /^[a-zA-Z][\w-]*/.exec(last)?.[0].toLowerCase() ?? null;
  // `::x`, or the four that may take one colon; any other `::x` (a vendor
  // alias among them: `::-webkit-input-placeholder` is `::placeholder`)
  // is "?", which is apart from nothing
  // (read once strings, attribute tests and functional pseudo-classes are
  // out of the way, below)
  const KNOWN = ["before", "after", "first-line", "first-letter", "marker", "placeholder", "selection", "backdrop", "file-selector-button"];
  const attrs = new Set();
  let bare = "";
  for (let i = 0; i < last.length; ) {
    const c = last[i];
    if (c === '"' || c === "'") {
      const j = stringEnd(last, i);
      bare += last.slice(i, j + 1);
      i = j + 1;
    } else if (c === "(") {
      // a functional pseudo-class: only `:not([name])` is read
      let d = 0;
      let j = i;
      for (; j < last.length; j++) {
        if (last[j] === "(") d++;
        else if (last[j] === ")" && --d === 0) break;
      }
      const not = /:not$/.test(bare) ? /^\[([\w-]+)\]$/.exec(last.slice(i + 1, j)) : null;
      if (not) attrs.add(`!${not[1]}`);
      bare = bare.replace(/::?[\w-]+$/, "");
      i = j + 1;
    } else if (c === "[") {
      const j = last.indexOf("]", i);
      // (values lower-cased: HTML reads some, `type` or `dir`, either way)
      const m = /^\[([\w-]+)(?:="([^"]*)")?/.exec(last.slice(i, j + 1).toLowerCase());
      const any = /^\[([\w-]+)/.exec(last.slice(i, j + 1));
      if (m && /^\[[\w-]+(?:="[^"]*")?\]$/.test(last.slice(i, j + 1))) attrs.add(m[2] === undefined ? m[1] : `${m[1]}=${m[2]}`);
      else if (any) attrs.add(any[1]);
      i = j + 1;
    } else {
      bare += c;
      i++;
    }
  }
  const element = /::([\w-]+)|:(before|after|first-line|first-letter)(?![\w-])/.exec(bare.replace(/"[^"]*"|'[^']*'/g, ""));
  const name = element ? (element[1] ?? element[2]).toLowerCase() : null;
  const pseudo = name === null ? null : KNOWN.includes(name) ? name : "?";
  return { tag, pseudo, attrs };
}

/** Can no one element (or pseudo-element) match both subjects? */
export function apart(x, y) {
  if (x.pseudo === "?" || y.pseudo === "?") return false;
  if (x.pseudo !== y.pseudo) return true;
  if (x.tag && y.tag && x.tag !== y.tag) return true;
  for (const a of x.attrs) {
    const eq = a.indexOf("=");
    if (a.startsWith("!")) {
      const name = a.slice(1);
      if ([...y.attrs].some((b) => b === name || b.startsWith(`${name}=`))) return true;
    } else if (eq > 0) {
      const name = a.slice(0, eq);
      if ([...y.attrs].some((b) => b.startsWith(`${name}=`) && b !== a) || y.attrs.has(`!${name}`)) return true;
    } else if (y.attrs.has(`!${a}`)) return true;
  }
  return false;
}

/** The sheet the app loads after a page whose <style> holds
 *  `criticalCss(css, html)`: together, they draw as `css` alone does. */
export function lateCss(css, html, names = namesIn(html)) {
  // cascade layers and scopes order rules by more than their place
  // (and an @import would land after every rule of the page's <style>)
  if (/@(?:layer|scope|import)\b/.test(css)) throw new Error("css-critical: lateCss does not know the cascade of @layer, @scope or @import");
  const rules = [];
  filterRules(css, (sel, body) => {
    rules.push({ spec: specificity(sel), families: familiesOf(body), subject: subjectOf(sel), inPage: mayMatch(sel, names) });
    return true;
  });
  // in order: whether a rule stays depends only on those before it
  for (let i = 0; i < rules.length; i++) {
    const r = rules[i];
    if (!r.inPage) continue;
    for (let j = 0; j < i; j++) {
      const e = rules[j];
      if (!e.inPage && compare(e.spec, r.spec) === 0 && meets(e.families, r.families) && !apart(e.subject, r.subject)) {
        r.inPage = false; // kept in the later sheet, in its place
        break;
      }
    }
  }
  let k = 0;
  return filterRules(css, () => !rules[k++].inPage);
}
