#!/usr/bin/env bash
# Release bundles with pinned tools only (no downloads): English in dist/,
# each other shipped language (content/languages.toml) in dist/<lang>/, each
# drawn ahead of time (src/shell/static_page.rs), then given its CSP and
# single-file build (scripts/postbuild.mjs). Extra arguments go to trunk.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
langs=$(scripts/shipped-langs.sh)
# English first: trunk empties dist/ before writing it.
for lang in en $langs; do
  out=dist
  [ "$lang" = en ] || out="dist/$lang"
  echo "==> bundle: $lang -> $out"
  EXPLAINER_LANG=$lang trunk build --release --dist "$out" "$@"
  EXPLAINER_LANG=$lang cargo run --quiet --bin prerender -- "$out/index.html"
  node scripts/postbuild.mjs "$out"
done
