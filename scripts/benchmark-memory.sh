#!/usr/bin/env bash
# Memory under load (figures in docs/benchmarks.md): the production jar under 60 s of mixed load (table reads,
# pages of budgets, an indicator's PATCH), started once with the JVM's default ergonomics and once with the
# JVM settings of the container image (JAVA_OPTS of deploy/Dockerfile.jvm, or IMAGE_JAVA_OPTS), in one run.
# Prints requests/s and RSS for each and the throughput ratio. DURATION (default 60s), CONNECTIONS (16), ROUNDS (2).
set -euo pipefail
cd "$(dirname "$0")/.."
db="perf_targets_bench_memory"
duration="${DURATION:-60s}"; connections="${CONNECTIONS:-16}"
image_opts="${IMAGE_JAVA_OPTS:-$(sed -n 's/.*JAVA_OPTS="\([^"]*\)".*/\1/p' deploy/Dockerfile.jvm | head -1)}"
work="$(mktemp -d)"
source scripts/bench-lib.sh
trap 'cleanup; rm -rf "$work"' EXIT
require wrk wrk
fresh_database "$db"
start_service
editor="Authorization: Bearer $(token department-editor BENCH-M)"
dept=$(create_department BENCH-M)
generated_table "$dept" 50 500 > "$work/table.json"
budget=$(curl -sf -X POST "$base/budgets" -H "$editor" -H 'Content-Type: application/json' --data-binary @"$work/table.json" \
  | python3 -c 'import sys,json;print(json.load(sys.stdin)["id"])')
indicator=$(curl -sf -H "$editor" "$base/budgets/$budget/indicators" | python3 -c 'import sys,json;print(json.load(sys.stdin)["items"][0]["id"])')
insert_budgets "$db"
kill "$pid"; wait "$pid" 2>/dev/null || true

# Seven reads of the 500-indicator table, two pages of budgets, one PATCH, in turn.
cat > "$work/mixed.lua" <<LUA
local n = 0
request = function()
  n = n + 1
  local k = n % 10
  if k == 0 then
    return wrk.format("PATCH", "/api/v1/budgets/$budget/indicators/$indicator",
      {["Content-Type"] = "application/merge-patch+json", ["If-Match"] = "*"},
      '{"annualValue":"≥' .. (n % 997) .. '次"}')
  elseif k < 3 then
    return wrk.format("GET", "/api/v1/budgets?page=" .. (n % 400) .. "&size=20")
  end
  return wrk.format("GET", "/api/v1/budgets/$budget")
end
LUA
measure() { # LABEL JAVA_OPTS
  JAVA_OPTS="$2"; export JAVA_TOOL_OPTIONS="$2"
  start_service >&2; unset JAVA_TOOL_OPTIONS
  local after_start; after_start=$(( $(ps -o rss= -p "$pid") / 1024 ))
  wrk -t2 -c"$connections" -d"$duration" --latency -H "$editor" -s "$work/mixed.lua" "http://127.0.0.1:$port" > "$work/$1.wrk"
  local rps; rps=$(awk '/Requests\/sec/ {print $2}' "$work/$1.wrk")
  local p99; p99=$(awk '$1 == "99%" {print $2}' "$work/$1.wrk")
  local rss; rss=$(( $(ps -o rss= -p "$pid") / 1024 ))
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$rps $p99 $after_start $rss" > "$work/$1.result"
}
# Alternating rounds (defaults, image, defaults, image, ...): on a shared machine the speed drifts over minutes, and
# alternating lets the drift fall on both settings alike.
rounds="${ROUNDS:-2}"
echo "| round | JVM settings | requests/s | p99 | RSS after start | RSS after $duration of mixed load |"
echo "|---|---|---|---|---|---|"
for round in $(seq 1 "$rounds"); do
  for setting in defaults image; do
    opts=""; [ "$setting" = image ] && opts="$image_opts"
    measure "$setting-$round" "$opts"; read -r rps p99 started rss < "$work/$setting-$round.result"
    label="defaults (no options)"; [ "$setting" = image ] && label="image: \`$image_opts\`"
    echo "| $round | $label | $rps | $p99 | $started MB | $rss MB |"
    echo "$rps" >> "$work/$setting.rps"; echo "$rss" >> "$work/$setting.rss"
  done
done
python3 - "$work" <<'PY'
import sys
w = sys.argv[1]
def read(name): return [float(x) for x in open(f"{w}/{name}").read().split()]
d, i = read("defaults.rps"), read("image.rps")
print(f"mean requests/s: defaults {sum(d) / len(d):.0f}, image {sum(i) / len(i):.0f}; "
      f"throughput with the image's settings / defaults: {sum(i) / sum(d):.3f}; "
      f"largest RSS with the image's settings: {max(read('image.rss')):.0f} MB")
PY
psql -q -d postgres -c "DROP DATABASE IF EXISTS $db" 2>/dev/null || true
