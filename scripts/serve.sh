#!/usr/bin/env bash
# Build the release bundle (installing what is missing) and serve it at
# http://127.0.0.1:8080/ exactly as a static host would.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
exec node scripts/serve.mjs
