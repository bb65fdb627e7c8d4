#!/usr/bin/env bash
# Before and after in one run: two production builds of the service side by side against one database of 100,000
# budgets (as scripts/benchmark-lists.sh loads it), each URL warmed up on both, then wrk on each URL and build in
# alternation, ROUNDS times, so the machine's drift falls on both alike. Prints req/s, p50 and p99 per run, the CPU
# each request cost the build's JVM and PostgreSQL (core-µs, see accounted in bench-lib.sh), and the after/before
# ratio of req/s.
#   BEFORE_JAR=/path/to/old/quarkus-app/quarkus-run.jar AFTER_JAR=target/quarkus-app/quarkus-run.jar \
#     scripts/benchmark-lists-ab.sh
# (build the old one from a worktree of the earlier commit: ./mvnw -B package -Dprod -DskipTests). WARMUP (10s), DURATION (10s),
# ROUNDS (2), CONNECTIONS (16); needs wrk, psql and a PostgreSQL server (PGHOST/PGPORT/PGUSER).
set -euo pipefail
cd "$(dirname "$0")/.."
: "${BEFORE_JAR:?set BEFORE_JAR to the quarkus-run.jar of the earlier build}" "${AFTER_JAR:=target/quarkus-app/quarkus-run.jar}"
db="${BENCH_DB:-perf_targets_list_ab}"
duration="${DURATION:-10s}"; rounds="${ROUNDS:-2}"; connections="${CONNECTIONS:-16}"
source scripts/bench-lib.sh
require wrk wrk; require pgrep procps
fresh_database "$db"
pids=(); logs=(); work=$(mktemp)
trap 'kill "${pids[@]}" 2>/dev/null; wait 2>/dev/null; rm -f "${logs[@]}" "$work"; cleanup; psql -q -d postgres -c "DROP DATABASE IF EXISTS $db" || true' EXIT
# The later build first: its migrations are a superset of the earlier one's.
for jar in "$AFTER_JAR" "$BEFORE_JAR"; do
  port=$((port + 1)); log=$(mktemp); logs+=("$log")
  BENCH_JAR="$jar" start_service; pids+=("$pid"); pid=
done
after_port=$((port - 1)); before_port=$port
declare -A jvm=([$after_port]="${pids[0]}" [$before_port]="${pids[1]}")
insert_list_budgets "$db"
reader="Authorization: Bearer $(token reader)"
reviewer="Authorization: Bearer $(token finance-reviewer)"
cursor=$(curl -sf -H "$reader" "http://127.0.0.1:$after_port/api/v1/budgets?size=20&page=4995" \
  | python3 -c 'import sys, json; print(json.load(sys.stdin)["nextCursor"])')
urls=("budgets?size=20" "budgets?size=20&cursor=$cursor" "review-queue?size=20" "me")
names=("page 1" "by cursor near the end" "review queue, page 1" "GET /me (floor)")
header() { [ "${1%%\?*}" = review-queue ] && echo "$reviewer" || echo "$reader"; }
for u in "${urls[@]}"; do for p in $before_port $after_port; do
  wrk -t2 -c"$connections" -d"${WARMUP:-10s}" -H "$(header "$u")" "http://127.0.0.1:$p/api/v1/$u" >/dev/null
done; done
echo "| round | request | before: req/s, p50, p99; CPU µs JVM + PostgreSQL | after: the same | after / before |"
echo "|---|---|---|---|---|"
for round in $(seq "$rounds"); do
  for i in "${!urls[@]}"; do
    # Which build goes first alternates from round to round, so neither always meets the machine as the other left it.
    order=($before_port $after_port); [ $((round % 2)) = 0 ] && order=($after_port $before_port)
    declare -A rate=() shown=()
    for p in "${order[@]}"; do
      pid="${jvm[$p]}"
      accounted "$work" wrk -t2 -c"$connections" -d"$duration" --latency -H "$(header "${urls[$i]}")" \
        "http://127.0.0.1:$p/api/v1/${urls[$i]}"
      out=$(cat "$work")
      grep -q Non-2xx <<<"$out" && { echo "non-2xx answers from port $p for ${urls[$i]}" >&2; exit 1; }
      rate[$p]=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
      n=$(awk '/requests in/ {print $1}' <<<"$out")
      shown[$p]="${rate[$p]}, $(awk '$1 == "50%" {print $2}' <<<"$out"), $(awk '$1 == "99%" {print $2}' <<<"$out");"
      shown[$p]+=" $(per_request "$cpu_service" "$n") + $(per_request "$cpu_database" "$n")"
    done
    echo "| $round | ${names[$i]} | ${shown[$before_port]} | ${shown[$after_port]} |" \
      "$(awk -v a="${rate[$after_port]}" -v b="${rate[$before_port]}" 'BEGIN {printf "%.2f", a / b}') |"
  done
done
