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

# Transitions name the table version they act on (If-Match).
etag_of() { curl -sfI -H "$H" "$base/budgets/$1" | awk -F': ' 'tolower($1)=="etag"{print $2}' | tr -d '\r'; }
curl -sf -o /dev/null -X POST "$base/budgets/$big/submit" -H "$H" -H "If-Match: $(etag_of "$big")"
curl -sf -o /dev/null -X POST "$base/budgets/$big/approve" -H "Authorization: Bearer $(token finance-reviewer)" \
  -H "If-Match: $(etag_of "$big")"
curl -sf -H "$H" "$base/budgets/$big/indicators?size=1000&page=0" >/dev/null
python3 - "$base" "$big" "$H" > /tmp/bench-eval.$$ <<'PY'
import json, sys, urllib.request
base, budget, header = sys.argv[1], sys.argv[2], sys.argv[3]
ids = []
for page in range(5):
    req = urllib.request.Request(f"{base}/budgets/{budget}/indicators?size=1000&page={page}", headers={"Authorization": header.split(": ", 1)[1]})
    ids += [(i["id"], i["annualTarget"]) for i in json.load(urllib.request.urlopen(req))["items"]]
actuals = [{"indicatorId": i, "actual": (t["number"] + (t["unit"] or "")) if t and t.get("number") else "达成",
            "qualitativeScorePercent": None if t and t.get("number") else "100"} for i, t in ids]
print(json.dumps({"amountUnit": "WAN_YUAN", "adjustedBudget": "72807.384975", "spent": "70000", "actuals": actuals}))
PY
curl -sf -o /dev/null -X POST "$base/budgets/$big/self-evaluations?preview=true" -H "$H" -H 'Content-Type: application/json' \
  --data-binary @/tmp/bench-eval.$$
timed "self-evaluation scored (preview, 5,000 actuals)" -X POST "$base/budgets/$big/self-evaluations?preview=true" -H "$H" \
  -H 'Content-Type: application/json' --data-binary @/tmp/bench-eval.$$
python3 -c 'import json;o=json.load(open("/tmp/bench-body.'$$'"));print("  total", o["total"], o["grade"], "indicators scored:", len(o["indicators"]))'
rm -f /tmp/bench-eval.$$

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
