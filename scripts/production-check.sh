#!/usr/bin/env bash
# Production path: builds the production jar (no embedded database), creates a fresh database on the
# standalone PostgreSQL, starts the jar configured only through environment variables, and checks
# readiness and a create-then-read round trip. PGHOST/PGPORT/PGUSER select the server.
set -euo pipefail
cd "$(dirname "$0")/.."
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
db="perf_targets_ci_$$"
port="${CHECK_PORT:-18080}"
log="$(mktemp)"

./mvnw -B -q package -Dprod -DskipTests
if ls target/quarkus-app/lib/main | grep -qi -e embedded-postgres -e zonky; then
  echo "production build contains the embedded PostgreSQL" >&2; exit 1
fi

psql -q -d postgres -c "CREATE DATABASE $db"
cleanup() {
  [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  psql -q -d postgres -c "DROP DATABASE IF EXISTS $db" || true
  rm -rf "$log" "${keys:-}"
}
trap cleanup EXIT

# A production key pair standing in for the bureau's identity provider.
keys="$(mktemp -d)"
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$keys/private.pem" 2>/dev/null
openssl rsa -in "$keys/private.pem" -pubout -out "$keys/public.pem" 2>/dev/null
issuer="https://idp.ci.example/realms/finance"
prod_token() { KEY="$keys/private.pem" ISSUER="$issuer" scripts/dev-token.sh "$@"; }

start=$(date +%s%N)
env -i PATH="$PATH" HOME="$HOME" JAVA_HOME="${JAVA_HOME:-}" \
  DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db" DB_USER="$PGUSER" DB_PASSWORD="" PORT="$port" \
  JWT_ISSUER="$issuer" JWT_PUBLIC_KEY_LOCATION="$keys/public.pem" \
  java -jar target/quarkus-app/quarkus-run.jar >"$log" 2>&1 &
pid=$!
for _ in $(seq 1 120); do
  if curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null; then break; fi
  if ! kill -0 "$pid" 2>/dev/null; then cat "$log"; echo "service died" >&2; exit 1; fi
  sleep 0.25
done
curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null || { cat "$log"; echo "not ready" >&2; exit 1; }
echo "ready after $(( ($(date +%s%N) - start) / 1000000 )) ms"
if grep -qi "embedded postgres" "$log"; then echo "embedded PostgreSQL started in production" >&2; exit 1; fi

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
