#!/usr/bin/env bash
# Release bundle into dist/ with pinned tools only (no downloads), then the
# CSP and the single-file build (scripts/postbuild.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
trunk build --release "$@"
# every view drawn ahead of time into index.html (src/shell/static_page.rs)
cargo run --quiet --bin prerender -- dist/index.html
node scripts/postbuild.mjs dist
