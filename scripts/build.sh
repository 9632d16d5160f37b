#!/usr/bin/env bash
# Release bundle into dist/ with pinned tools only (no downloads), then the
# CSP and the single-file build (scripts/postbuild.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
trunk build --release "$@"
node scripts/postbuild.mjs dist
