#!/usr/bin/env bash
# Large-table benchmark of the production jar (figures in docs/benchmarks.md):
#  - import and export of a table with 200 tasks and 2,000 indicators, xlsx and tab-separated text;
#  - reconciliation and review of a table with 1,000 tasks and 5,000 indicators;
#  - listing a table's recorded runs with 10,000 runs in the database.
# Needs the production jar (./mvnw package -Dprod -DskipTests), psql and a PostgreSQL server.
# Each timing is one request measured by curl on loopback, after one warm-up of the same request.
set -euo pipefail
cd "$(dirname "$0")/.."
db="perf_targets_bench_tables"
source scripts/bench-lib.sh
fresh_database "$db"
start_service

editor_of() { echo "Authorization: Bearer $(token department-editor "$@")"; }
department=$(create_department BENCH-T)
H=$(editor_of BENCH-T BENCH-X BENCH-S BENCH-R)
generated_table "$department" 200 2000 > /tmp/bench-table.$$
echo "## 200 tasks, 2,000 indicators"
timed "create through the JSON API" -X POST "$base/budgets" -H "$H" -H 'Content-Type: application/json' --data-binary @/tmp/bench-table.$$
budget=$(python3 -c 'import json;print(json.load(open("/tmp/bench-body.'$$'"))["id"])')
for type in application/vnd.openxmlformats-officedocument.spreadsheetml.sheet text/tab-separated-values; do
  short=$([ "$type" = text/tab-separated-values ] && echo tsv || echo xlsx)
  curl -sf -H "$H" -H "Accept: $type" "$base/budgets/$budget" -o /tmp/bench-export.$$.$short
  timed "export $short" -H "$H" -H "Accept: $type" "$base/budgets/$budget"
  echo "  file size $(stat -c %s /tmp/bench-export.$$.$short) bytes"
  code="BENCH-X"; [ "$short" = tsv ] && code="BENCH-S"
  [ "$short" = xlsx ] && create_department BENCH-X >/dev/null
  [ "$short" = tsv ] && create_department BENCH-S >/dev/null
  curl -sf -o /dev/null -X POST "$base/budget-imports?dryRun=true&departmentCode=$code" -H "$H" -H "Content-Type: $type" \
    --data-binary @/tmp/bench-export.$$.$short
  timed "import $short (dry run: read, validate, write, roll back)" -X POST "$base/budget-imports?dryRun=true&departmentCode=$code" \
    -H "$H" -H "Content-Type: $type" --data-binary @/tmp/bench-export.$$.$short
  timed "import $short (stored)" -X POST "$base/budget-imports?departmentCode=$code" -H "$H" -H "Content-Type: $type" \
    --data-binary @/tmp/bench-export.$$.$short
done

echo "## 1,000 tasks, 5,000 indicators"
big_department=$(create_department BENCH-R)
generated_table "$big_department" 1000 5000 > /tmp/bench-table.$$
timed "create through the JSON API" -X POST "$base/budgets" -H "$H" -H 'Content-Type: application/json' --data-binary @/tmp/bench-table.$$
big=$(python3 -c 'import json;print(json.load(open("/tmp/bench-body.'$$'"))["id"])')
curl -sf -o /dev/null -X POST "$base/budgets/$big/reconciliations" -H "$H"
timed "reconciliation, recorded" -X POST "$base/budgets/$big/reconciliations" -H "$H"
curl -sf -o /dev/null -X POST "$base/budgets/$big/reviews" -H "$H"
timed "review, recorded" -X POST "$base/budgets/$big/reviews" -H "$H"

echo "## 10,000 recorded runs of one table"
psql -q -d "$db" -c "INSERT INTO check_run (id, kind, budget_id, budget_version, rule_set_version, actor, recorded_at, outcome, result)
  SELECT gen_random_uuid(), 'RECONCILIATION', '$budget', 0, '2026.1', 'bench', now() - make_interval(secs => g), 'BALANCED', '{}'
  FROM generate_series(1, 10000) g" -c "ANALYZE check_run"
for page in 0 250 499; do
  curl -sf -o /dev/null -H "$H" "$base/budgets/$budget/reconciliations?page=$page&size=20"
  timed "list runs, page $page of 500 (size 20)" -H "$H" "$base/budgets/$budget/reconciliations?page=$page&size=20"
done
rm -f /tmp/bench-table.$$ /tmp/bench-body.$$ /tmp/bench-export.$$.*
psql -q -d postgres -c "DROP DATABASE IF EXISTS $db" 2>/dev/null || true
