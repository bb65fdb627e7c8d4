#!/usr/bin/env bash
# Memory of one replica under load with the container's JVM settings: starts the production jar with the JAVA_OPTS
# of deploy/kubernetes/configmap.yaml, loads it for DURATION (default 60s) with wrk (GET of a whole table and of a
# page, 16 connections) while a loop imports a large table (4,000 indicators) over and over, samples the RSS every
# second and compares the peak with the Deployment's memory limit. Figures in docs/benchmarks.md.
# Needs wrk (apt install wrk), curl, jq, psql, python3; OPS_SKIP_BUILD=1 reuses target/quarkus-app.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/prod-lib.sh
duration="${DURATION:-60s}"
if [ "${OPS_SKIP_BUILD:-}" = 1 ]; then prod_check_jar; else prod_build; fi
PROD_JAVA_OPTS="$(python3 -c '
import re
text = open("deploy/kubernetes/configmap.yaml", encoding="utf-8").read()
print(" ".join(re.search(r"JAVA_OPTS: >-\n((?:    .*\n)+)", text).group(1).split()))')"
limit_mi=$(awk '/limits:/{l=1} l && /memory:/{gsub(/[^0-9]/,"",$2); print $2; exit}' deploy/kubernetes/deployment.yaml)
export PROD_JAVA_OPTS RATE_LIMIT_ENABLED=false
PROD_PORT="${CHECK_PORT:-18120}"
trap prod_cleanup EXIT
prod_setup
prod_start
pid=$(cat "$PROD_STATE/pid")
echo "JAVA_OPTS: $PROD_JAVA_OPTS"
echo "memory limit: ${limit_mi} MiB; RSS after start: $(( $(ps -o rss= -p "$pid") / 1024 )) MiB"

base="$PROD_BASE/api/v1"
admin=$(prod_token admin); editor=$(prod_token department-editor MEM-DG MEM-IMP)
dept=$(curl -sf -X POST "$base/departments" -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
  -d '{"code":"MEM-DG","name":"东莞市归国华侨联合会","staffCount":0,"subordinateUnitCount":1}' | jq -r .id)
curl -sf -X POST "$base/departments" -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
  -d '{"code":"MEM-IMP","name":"东莞市归国华侨联合会","staffCount":0,"subordinateUnitCount":1}' >/dev/null
budget=$(jq --arg d "$dept" '.budget | .departmentId = $d' src/main/resources/sample/dongguan-2024.json \
  | curl -sf -X POST "$base/budgets" -H "Authorization: Bearer $editor" -H 'Content-Type: application/json' \
    --data-binary @- | jq -r .id)
large="$PROD_STATE/large.tsv"
python3 - "$large" <<'PY'
import sys
lines = open("src/test/resources/real/dongguan-2024-overseas-chinese-federation.txt", encoding="utf-8").read().split("\n")
at = next(i for i, l in enumerate(lines) if l.startswith("\t" * 5))
extra = ["\t" * 5 + f"开展交流联谊活动次数（第{n}批）\t≥15次\t≥5次\t" for n in range(4000)]
open(sys.argv[1], "w", encoding="utf-8").write("\n".join(lines[: at + 1] + extra + lines[at + 1 :]))
PY

peak=0 samples="$PROD_STATE/rss"
( while prod_alive "$pid"; do ps -o rss= -p "$pid" >>"$samples" || true; sleep 1; done ) &
sampler=$!
( end=$(( $(date +%s) + ${duration%s} )); n=0
  while [ "$(date +%s)" -lt "$end" ]; do
    curl -s -o /dev/null -X POST "$base/budget-imports?departmentCode=MEM-IMP&replace=true" \
      -H "Authorization: Bearer $editor" -H 'Content-Type: text/tab-separated-values' --data-binary @"$large" || true
    n=$((n + 1))
  done; echo "imports of 4,000 indicators during the load: $n" ) &
importer=$!
wrk -t2 -c16 -d"$duration" --latency -H "Authorization: Bearer $editor" "$base/budgets/$budget" | grep -E 'Requests/sec|99%|50%|Non-2xx' || true
wait "$importer" || echo "importer exited with $?"
kill "$sampler" 2>/dev/null || true
peak=$(sort -n "$samples" | tail -1)
peak_mi=$(( peak / 1024 ))
echo "peak RSS under load: ${peak_mi} MiB of a ${limit_mi} MiB limit; after: $(( $(ps -o rss= -p "$pid") / 1024 )) MiB"
prod_alive "$pid" || { echo "the service died under load" >&2; exit 1; }
curl -s "$PROD_BASE/q/metrics" | awk '/^jvm_memory_used_bytes\{/ {v = $NF; sub(/ [^ ]*$/, ""); printf "  %s %.0f MiB\n", $0, v / 1048576}'
echo "  live threads: $(curl -s "$PROD_BASE/q/metrics" | awk '/^jvm_threads_live_threads/ {print $2}')"
[ "$peak_mi" -lt "$limit_mi" ] || { echo "RSS exceeded the container's memory limit" >&2; exit 1; }
echo "memory check passed"
