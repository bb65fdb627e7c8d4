#!/usr/bin/env bash
# Contract fuzzing: sends thousands of mutated requests to every operation of the contract (its bundle,
# src/main/resources/META-INF/openapi.yaml)
# (scripts/fuzz/fuzz.mjs) against the production jar, started exactly as scripts/production-check.sh
# does (environment variables only, a fresh database on the standalone PostgreSQL, its own key pair),
# and fails on any finding: a 5xx, an error that is not a problem document with status and code, a Java
# class name or stack trace in a response, or an answer slower than 2 s. A hung request is recorded and
# the service restarted; the run is capped at FUZZ_MAX_SECONDS (600). The npm dependencies (pinned in
# scripts/fuzz/package-lock.json) are installed into a cache directory outside the project on first use.
#
#   FUZZ_SEED        seed of the mutations (default 20261202; printed at the start, so a run reproduces)
#   FUZZ_REQUESTS    how many requests (default 6000; never fewer than 5200; "all" sends every case)
#   FUZZ_SKIP_BUILD  1: use the production jar already in target/quarkus-app (CI builds it just before)
#   FUZZ_MAX_SECONDS cap of the fuzzing run (default 600)
#   FUZZ_PORT        HTTP port of the service (default 18090)
# Output: the findings on stdout, target/fuzz-report.json, and the service log in target/fuzz-service.log.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/prod-lib.sh
# Thousands of requests a minute from one address and caller: the rate limits would answer most with 429.
export RATE_LIMIT_ENABLED=false
PROD_PORT="${FUZZ_PORT:-18090}"

tools="${FUZZ_TOOLS_DIR:-$HOME/.cache/perf-targets-fuzz}"
if ! cmp -s scripts/fuzz/package-lock.json "$tools/package-lock.json" || [ ! -d "$tools/node_modules/yaml" ]; then
  mkdir -p "$tools"
  cp scripts/fuzz/package.json scripts/fuzz/package-lock.json "$tools/"
  (cd "$tools" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi

if [ "${FUZZ_SKIP_BUILD:-}" = 1 ]; then prod_check_jar; else prod_build; fi
mkdir -p target
trap 'cp "${PROD_LOG:-/nonexistent}" target/fuzz-service.log 2>/dev/null || true; prod_cleanup' EXIT
trap 'exit 130' INT TERM
prod_setup
prod_start

status=0
FUZZ_DEPS_DIR="$tools" node scripts/fuzz/fuzz.mjs \
  --base "$PROD_BASE" --jwt-key "$PROD_KEY" --jwt-issuer "$PROD_ISSUER" \
  --report target/fuzz-report.json --restart-cmd '. scripts/prod-lib.sh && prod_restart 0' || status=$?
exit "$status"
