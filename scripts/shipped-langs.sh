#!/usr/bin/env bash
# The shipped languages besides English (content/languages.toml), space
# separated: what scripts/build.sh bundles and scripts/test.sh checks.
set -euo pipefail
cd "$(dirname "$0")/.."
sed -n 's/^shipped *= *\[\(.*\)\]/\1/p' content/languages.toml | tr -d '" ' | tr ',' ' '
