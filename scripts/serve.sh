#!/usr/bin/env bash
# Build the release bundle and serve it at http://127.0.0.1:8080/ (rebuilds
# on change).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
echo "Serving the explainer at http://127.0.0.1:8080/"
exec trunk serve --release
