#!/usr/bin/env bash
# Load benchmark of the production jar (figures in docs/benchmarks.md): start-up, GET of one table and
# pages of budgets with 10,000 budgets in the database, next to a trivial endpoint, with wrk.
# Needs the production jar (./mvnw package -Dprod -DskipTests), wrk (apt install wrk), psql and a
# PostgreSQL server. DURATION (default 20s), CONNECTIONS (16) and THREADS (2) tune wrk.
set -euo pipefail
cd "$(dirname "$0")/.."
db="perf_targets_bench"
duration="${DURATION:-20s}"; connections="${CONNECTIONS:-16}"; threads="${THREADS:-2}"
source scripts/bench-lib.sh
fresh_database "$db"

echo "# first start (creates the schema)"; start_service
kill "$pid"; wait "$pid" 2>/dev/null || true
echo "# second start (schema up to date)"; start_service

reader="Authorization: Bearer $(token reader)"
dept=$(create_department BENCH-DG)
budget=$(python3 - "$dept" <<'PY' | curl -sf -X POST "$base/budgets" -H "Authorization: Bearer $(token department-editor BENCH-DG)" \
  -H 'Content-Type: application/json' --data-binary @- | python3 -c 'import sys,json;print(json.load(sys.stdin)["id"])'
import json, sys
b = json.load(open("src/main/resources/sample/dongguan-2024.json", encoding="utf-8"))["budget"]
b["departmentId"] = sys.argv[1]
print(json.dumps(b, ensure_ascii=False))
PY
)

# 10,000 more budgets: 2,000 departments x 5 fiscal years, written straight into the schema.
psql -q -d "$db" <<'SQL'
INSERT INTO department (id, code, name, version, created_at, updated_at)
SELECT md5('d' || g)::uuid, 'BENCH-' || g, '部门' || g, 0, now(), now() FROM generate_series(1, 2000) g;
INSERT INTO budget (id, department_id, fiscal_year, status, framework_code, basic_expenditure, version, created_at, updated_at)
SELECT md5('b' || g || '-' || y)::uuid, md5('d' || g)::uuid, y, 'DRAFT', 'guangdong-city-2024', 1000.00, 0, now(), now()
FROM generate_series(1, 2000) g, generate_series(2020, 2024) y;
ANALYZE;
SQL
echo "budgets in the database: $(psql -tA -d "$db" -c 'SELECT count(*) FROM budget')"

run() {
  echo; echo "## $1"; curl -sf -o /dev/null -H "$reader" "$2"
  wrk -t"$threads" -c"$connections" -d"$duration" --latency -H "$reader" "$2" | grep -E "Requests/sec|Latency |99%|50%|requests in|Non-2xx"
}
run "trivial endpoint: GET /q/health/live" "http://127.0.0.1:$port/q/health/live"
run "GET one Dongguan table (25 indicators, 7 tasks)" "$base/budgets/$budget"
run "GET a page of budgets (page 100 of 10,001, size 20)" "$base/budgets?page=100&size=20"
run "GET a filtered page of budgets (fiscalYear=2023)" "$base/budgets?fiscalYear=2023&page=10&size=20"
echo; echo "RSS after load: $(( $(ps -o rss= -p "$pid") / 1024 )) MB"
psql -q -d postgres -c "DROP DATABASE IF EXISTS $db" 2>/dev/null || true
