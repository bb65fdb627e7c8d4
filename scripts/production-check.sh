#!/usr/bin/env bash
# Production path: builds the production jar (no embedded database), creates a fresh database on the
# standalone PostgreSQL, starts the jar configured only through environment variables, and checks
# readiness and a create-then-read round trip. PGHOST/PGPORT/PGUSER select the server.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/prod-lib.sh
PROD_PORT="${CHECK_PORT:-18080}"

prod_build
trap prod_cleanup EXIT
prod_setup
prod_start
if grep -qi "embedded postgres" "$PROD_LOG"; then echo "embedded PostgreSQL started in production" >&2; exit 1; fi

port="$PROD_PORT"
base="http://127.0.0.1:$port/api/v1"
status() { curl -s -o /dev/null -w '%{http_code}' "$@"; }
[ "$(status "$base/budgets")" = 401 ] || { echo "unauthenticated request not refused" >&2; exit 1; }
dev_token=$(scripts/dev-token.sh admin)
[ "$(status -H "Authorization: Bearer $dev_token" "$base/budgets")" = 401 ] \
  || { echo "a token signed with the development key was accepted in production" >&2; exit 1; }
echo "development key refused in production"
if curl -s -D - -o /dev/null -X OPTIONS -H "Origin: https://elsewhere.example" \
    -H "Access-Control-Request-Method: GET" "$base/budgets" | grep -qi '^access-control-allow-origin'; then
  echo "a foreign origin was allowed by CORS without CORS_ORIGINS" >&2; exit 1
fi
echo "no CORS origin allowed unless configured"
admin=$(prod_token admin)
editor=$(prod_token department-editor CI-DG)
dept=$(curl -sf -X POST "$base/departments" -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
  -d '{"code":"CI-DG","name":"东莞市归国华侨联合会","staffCount":0,"subordinateUnitCount":1}' \
  | python3 -c 'import sys, json; print(json.load(sys.stdin)["id"])')
python3 - "$dept" > /tmp/ci-budget-$$.json <<'PY'
import json, sys
sample = json.load(open("src/main/resources/sample/dongguan-2024.json", encoding="utf-8"))
budget = sample["budget"]
budget["departmentId"] = sys.argv[1]
print(json.dumps(budget, ensure_ascii=False))
PY
budget=$(curl -sf -X POST "$base/budgets" -H "Authorization: Bearer $editor" -H 'Content-Type: application/json' \
  --data-binary @/tmp/ci-budget-$$.json \
  | python3 -c 'import sys, json; print(json.load(sys.stdin)["id"])')
rm -f /tmp/ci-budget-$$.json
curl -sf -H "Authorization: Bearer $(prod_token reader)" "$base/budgets/$budget" | python3 -c '
import sys, json
b = json.load(sys.stdin)
assert b["amounts"]["basicExpenditure"] == "5505100.00", b["amounts"]
assert b["amounts"]["cityLevelFunds"] is None
assert len(b["tasks"]) == 7 and len(b["indicators"]) == 25
assert b["totals"]["keyTaskFunds"] == "1884000.00"
print("round trip ok:", b["department"]["name"], b["fiscalYear"], len(b["indicators"]), "indicators")'
curl -sf "http://127.0.0.1:$port/q/openapi" >/dev/null
curl -sf "http://127.0.0.1:$port/q/swagger-ui/" >/dev/null
echo "production check passed"
