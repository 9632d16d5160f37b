#!/usr/bin/env bash
# Everything that must pass: format, lints, native tests, own-words check,
# the release build, its sizes, and the real-browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

say "cargo fmt --check"
cargo fmt --check
say "cargo clippy"
cargo clippy --all-targets -- -D warnings
say "cargo test"
cargo test
# the native tests see English; each other language's map layout is baked
# from its own labels (src/graph/baked/<lang>.rs) and checked here
langs=$(scripts/shipped-langs.sh)
for lang in $langs; do
  say "map layout baked for $lang"
  EXPLAINER_LANG=$lang cargo run --quiet --bin bake-layout -- --check
done
if [ -x ../shared/tools/copycheck ]; then
  say "own words (copycheck)"
  ../shared/tools/copycheck .
fi
say "release build"
scripts/build.sh
say "bundle sizes (English under its ceiling, each language within 10% of English)"
node scripts/sizes.mjs dist $(for d in dist/*/; do [ -f "$d/index.html" ] && printf '%s ' "${d%/}"; done)
say "browser tests (headless Chromium)"
npm run --silent e2e
