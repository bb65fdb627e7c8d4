# Sourced by the contract scripts: puts Spectral and Redocly CLI, pinned, in a cache directory outside the
# project (installed from npm on first use) and sets $spectral and $redocly to them.
tools="${LINT_TOOLS_DIR:-$HOME/.cache/perf-targets-lint}"
if [ ! -x "$tools/node_modules/.bin/spectral" ] || [ ! -x "$tools/node_modules/.bin/redocly" ]; then
  mkdir -p "$tools"
  (cd "$tools" && { [ -f package.json ] || npm init -y >/dev/null; } \
    && npm install --no-audit --no-fund --loglevel=error @stoplight/spectral-cli@6.16.3 @redocly/cli@2.77.0 >/dev/null)
fi
spectral="$tools/node_modules/.bin/spectral"
redocly="$tools/node_modules/.bin/redocly"
# Redocly's banners (telemetry, Node.js deprecation) say nothing about the contract.
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true
