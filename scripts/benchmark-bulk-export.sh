#!/usr/bin/env bash
# Bulk export benchmark of the production jar (figures in docs/benchmarks.md, "Bulk export"):
# 1,000 tables (the Dongguan 2024 table: 8 tasks, 29 indicators) are created through the API in 10 departments,
# approved (status set in SQL: the lifecycle is not what is measured), then exported as xlsx-zip, tsv-zip and jsonl.
# For each export: wall time from the POST to SUCCEEDED (polled every 100 ms), the file size, and the service's RSS
# before, at its peak while the job ran (sampled every 100 ms) and after, with the growth ratio peak / before.
# Needs the production jar (./mvnw -B package -Dprod -DskipTests), psql and a PostgreSQL server (127.0.0.1:5432,
# trust auth); the database perf_targets_bench_bulk is created and dropped. TABLES=n changes the count, FORMATS the
# exports run (in order), JAVA_OPTS the service's JVM options (JAVA_OPTS=-Xmx256m: a bounded heap).
set -euo pipefail
cd "$(dirname "$0")/.."
db="perf_targets_bench_bulk"
tables="${TABLES:-1000}"
source scripts/bench-lib.sh
trap 'cleanup; psql -q -d postgres -c "DROP DATABASE IF EXISTS $db" 2>/dev/null || true' EXIT
fresh_database "$db"
start_service
rss() { echo $(( $(ps -o rss= -p "$pid") / 1024 )); }

codes=()
for d in $(seq 0 9); do
  code="BULK-$d"; codes+=("$code")
  create_department "$code" > "/tmp/bench-bulk-dept-$d.$$"
done
editor="$(token department-editor "${codes[@]}")"
python3 - "$base" "$editor" "$tables" /tmp/bench-bulk-dept-*.$$ <<'PY'
import json, sys, time, urllib.request
from concurrent.futures import ThreadPoolExecutor
base, token, count, files = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4:]
departments = [open(f).read().strip() for f in sorted(files)]
sample = json.load(open("src/main/resources/sample/dongguan-2024.json"))["budget"]
def create(i):
    body = dict(sample, departmentId=departments[i % len(departments)], fiscalYear=2000 + i // len(departments),
                periodStartYear=None, periodEndYear=None)
    req = urllib.request.Request(f"{base}/budgets", data=json.dumps(body).encode(), method="POST",
                                 headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
    with urllib.request.urlopen(req) as r:
        assert r.status == 201
started = time.time()
with ThreadPoolExecutor(4) as pool:
    list(pool.map(create, range(count)))
print(f"created {count} tables through the API in {time.time() - started:.1f} s")
PY
rm -f /tmp/bench-bulk-dept-*.$$
psql -q -d "$db" -c "UPDATE budget SET status = 'APPROVED'" -c "ANALYZE"
echo "tables: $(psql -tA -d "$db" -c "SELECT count(*) FROM budget WHERE status = 'APPROVED'") approved; RSS $(rss) MB"

reviewer="Authorization: Bearer $(token finance-reviewer)"
echo "| format | tables | wall time | file size | RSS before | RSS peak | RSS after | peak / before |"
echo "|---|---|---|---|---|---|---|---|"
for format in ${FORMATS:-xlsx-zip tsv-zip jsonl}; do
  before=$(rss); peak=$before
  started=$(date +%s%N)
  id=$(curl -sf -X POST "$base/exports" -H "$reviewer" -H 'Content-Type: application/json' -d "{\"format\": \"$format\"}" \
    | python3 -c 'import sys,json;print(json.load(sys.stdin)["id"])')
  while :; do
    now=$(rss); [ "$now" -gt "$peak" ] && peak=$now
    state=$(curl -sf -H "$reviewer" "$base/exports/$id" | tee /tmp/bench-bulk-job.$$ | python3 -c 'import sys,json;print(json.load(sys.stdin)["state"])')
    [ "$state" = SUCCEEDED ] || [ "$state" = FAILED ] && break
    sleep 0.1
  done
  ms=$(( ($(date +%s%N) - started) / 1000000 ))
  [ "$state" = SUCCEEDED ] || { cat /tmp/bench-bulk-job.$$; exit 1; }
  exported=$(python3 -c 'import json;print(json.load(open("/tmp/bench-bulk-job.'$$'"))["exportedCount"])')
  curl -sf -H "$reviewer" "$base/exports/$id/file" -o /tmp/bench-bulk-file.$$
  size=$(stat -c %s /tmp/bench-bulk-file.$$)
  after=$(rss)
  echo "| $format | $exported | $ms ms | $(( size / 1024 )) KiB | $before MB | $peak MB | $after MB | $(python3 -c "print(f'{$peak / $before:.2f}')") |"
done
rm -f /tmp/bench-bulk-job.$$ /tmp/bench-bulk-file.$$
