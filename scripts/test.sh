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
if [ -x ../shared/tools/copycheck ]; then
  say "own words (copycheck)"
  ../shared/tools/copycheck .
fi
say "release build"
scripts/build.sh
say "bundle sizes (each language within 10% of English)"
node scripts/sizes.mjs dist $(for d in dist/*/; do [ -f "$d/index.html" ] && printf '%s ' "${d%/}"; done)
say "browser tests (headless Chromium)"
npm run --silent e2e
