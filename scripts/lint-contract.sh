#!/usr/bin/env bash
# Lints openapi/openapi.yaml with Spectral (spectral:oas) and Redocly (recommended); any error fails.
# The linters are installed from npm into a cache directory outside the project on first use.
set -euo pipefail
cd "$(dirname "$0")/.."
tools="${LINT_TOOLS_DIR:-$HOME/.cache/perf-targets-lint}"
if [ ! -x "$tools/node_modules/.bin/spectral" ] || [ ! -x "$tools/node_modules/.bin/redocly" ]; then
  mkdir -p "$tools"
  (cd "$tools" && { [ -f package.json ] || npm init -y >/dev/null; } \
    && npm install --no-audit --no-fund --loglevel=error @stoplight/spectral-cli@6.16.3 @redocly/cli@2.77.0 >/dev/null)
fi
"$tools/node_modules/.bin/spectral" lint openapi/openapi.yaml --ruleset openapi/.spectral.yaml --fail-severity error
(cd openapi && "$tools/node_modules/.bin/redocly" lint openapi.yaml --config redocly.yaml)
