// A small, safe CSS minifier for the styles put into the page
// (scripts/postbuild.mjs): comments go, runs of white space become one
// space, and the spaces beside `{`, `}` and `;` (never meaningful) go.
// Strings are kept as they are. Spaces elsewhere stay: in selectors they
// are the descendant combinator (`.pre :is(…)` is not `.pre:is(…)`).
// On a phone every kilobyte of index.html counts (see README, "Content
// before code"); this saves about 2 KB of its brotli.
export function minifyCss(css) {
  const squeeze = (s) => s.replace(/\s+/g, " ").replace(/ ?([{};]) ?/g, "$1");
  let out = "";
  let code = "";
  for (let i = 0; i < css.length; ) {
    if (css.startsWith("/*", i)) {
      const end = css.indexOf("*/", i + 2);
      i = end < 0 ? css.length : end + 2;
    } else if (css[i] === '"' || css[i] === "'") {
      let j = i + 1;
      while (j < css.length && css[j] !== css[i]) j += css[j] === "\\" ? 2 : 1;
      out += squeeze(code) + css.slice(i, j + 1);
      code = "";
      i = j + 1;
    } else {
      code += css[i++];
    }
  }
  return (out + squeeze(code)).replace(/;}/g, "}").trim();
}
