#!/usr/bin/env bash
# Installs whatever is missing for building, serving and testing, and
# nothing else. Idempotent: a second run only checks versions (seconds).
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
export PATH="$HOME/.cargo/bin:$PATH"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32 target"
  rustup target add wasm32-unknown-unknown
fi
for c in clippy rustfmt; do
  if ! rustup component list --installed | grep -q "^$c"; then
    say "adding rustup component $c"
    rustup component add "$c"
  fi
done

if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (several minutes the first time)"
  # 0.22 needs a newer rustc than this machine has: keep the pin.
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  # Not --locked: its lockfile pins a crate version the registry no longer serves.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# The wasm splitter (scripts/split.mjs): the CLI of the crate that Leptos's
# own build tool uses for code splitting, pinned.
WASM_SPLIT_VERSION=0.2.4
if [ "$(cat "$HOME/.cargo/wasm-split-cli.version" 2>/dev/null || true)" != "$WASM_SPLIT_VERSION" ] || ! command -v wasm-split-cli >/dev/null; then
  say "installing wasm-split-cli $WASM_SPLIT_VERSION"
  cargo install wasm_split_cli_support --version "=$WASM_SPLIT_VERSION" --features build-binary --locked --force
  echo "$WASM_SPLIT_VERSION" > "$HOME/.cargo/wasm-split-cli.version"
fi

# Real browsers for the tests: Debian's Chromium (driven by playwright-core)
# and Firefox ESR (driven by puppeteer-core over WebDriver BiDi).
# Chinese glyphs (Noto CJK), so that the Chinese bundle is measured and
# shown with real characters, not empty boxes.
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/firefox-esr ] || [ ! -d /usr/share/fonts/opentype/noto ]; then
  say "installing Debian's chromium, firefox-esr and CJK fonts for the browser tests"
  SUDO=""
  if [ "$(id -u)" != 0 ]; then SUDO=sudo; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver firefox-esr fonts-noto-cjk >/dev/null
fi

# npm packages (wasm-opt from binaryen@132, playwright-core, axe): reinstall
# only when the lockfile changed since the last install.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages"
  npm ci --no-audit --no-fund
fi
