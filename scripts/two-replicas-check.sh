#!/usr/bin/env bash
# Two replicas, one database: starts two production jars on different ports against one fresh database on the
# standalone PostgreSQL and checks, alternating requests between them, what running several replicas must not
# break: optimistic locking (20 concurrent PATCHes with one ETag: one 200, the rest 412), Idempotency-Key across
# replicas (one create), read-your-write across replicas (no stale document or ETag from a replica's cache), one
# event feed, a lifecycle story across replicas; then graceful shutdown (SIGTERM: readiness DOWN first, an
# in-flight import still answered) and a crash (kill -9 in the middle of a large import: nothing partial stored,
# the other replica keeps serving). Needs curl, jq, psql, python3. OPS_SKIP_BUILD=1 reuses target/quarkus-app.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/prod-lib.sh

if [ "${OPS_SKIP_BUILD:-}" = 1 ]; then prod_check_jar; else prod_build; fi
PROD_PORT="${CHECK_PORT:-18100}"
# The graceful-shutdown part needs a delay long enough to observe readiness DOWN while still serving.
export SHUTDOWN_DELAY="${SHUTDOWN_DELAY:-3S}" SHUTDOWN_TIMEOUT="${SHUTDOWN_TIMEOUT:-20S}"
prod_setup
port_a=$PROD_PORT port_b=$((PROD_PORT + 1))
A="http://127.0.0.1:$port_a/api/v1" B="http://127.0.0.1:$port_b/api/v1"
work="$PROD_STATE/work"; mkdir -p "$work"
cleanup() {
  for r in a b; do
    if [ -f "$PROD_STATE/pid-$r" ]; then kill -9 "$(cat "$PROD_STATE/pid-$r")" 2>/dev/null || true; fi
  done
  prod_cleanup
}
trap cleanup EXIT
fail() { echo "FAILED: $*" >&2; for r in a b; do echo "--- replica $r (last lines)" >&2; tail -5 "$PROD_STATE/$r.log" >&2 || true; done; exit 1; }
pass() { echo "ok: $*"; passed=$((passed + 1)); }
passed=0

start_replica() { prod_launch "$2" "$PROD_STATE/$1.log" "$PROD_STATE/pid-$1"; }
prod_launch "$port_a" "$PROD_STATE/a.log" "$PROD_STATE/pid-a"
# The second starts once the first has migrated: concurrent migration has its own check (concurrent-start-check.sh).
prod_wait_ready "$port_a" "$PROD_STATE/a.log" "$PROD_STATE/pid-a"
start_replica b "$port_b"
prod_wait_ready "$port_b" "$PROD_STATE/b.log" "$PROD_STATE/pid-b"
echo "replicas ready: A on $port_a, B on $port_b"

ADMIN=$(prod_token admin)
EDITOR=$(prod_token department-editor CI-2R CI-2R-STORY CI-2R-IMPORT)
REVIEWER=$(prod_token finance-reviewer)
READER=$(prod_token reader)

# call NAME METHOD URL TOKEN [curl args…]: the status on stdout; body in $work/NAME.body, headers in $work/NAME.h.
call() {
  local name=$1 method=$2 url=$3 token=$4; shift 4
  curl -s -m 60 -X "$method" -o "$work/$name.body" -D "$work/$name.h" -w '%{http_code}\n' \
    -H "Authorization: Bearer $token" "$@" "$url" || true
}
header() { awk -v h="$(echo "$2" | tr 'A-Z' 'a-z')" -F': ' 'tolower($1)==h {print $2}' "$work/$1.h" | tr -d '\r'; }
json() { jq -r "$2" "$work/$1.body"; }
sample_for() { jq --arg d "$1" '.budget | .departmentId = $d' src/main/resources/sample/dongguan-2024.json; }

dept() {
  [ "$(call dept POST "$A/departments" "$ADMIN" -H 'Content-Type: application/json' \
    -d "{\"code\":\"$1\",\"name\":\"东莞市归国华侨联合会\",\"staffCount\":0,\"subordinateUnitCount\":1}")" = 201 ] \
    || fail "creating department $1: $(cat "$work/dept.body")"
  json dept .id
}
DEPT=$(dept CI-2R)
sample_for "$DEPT" >"$work/sample.json"
[ "$(call budget POST "$A/budgets" "$EDITOR" -H 'Content-Type: application/json' --data-binary @"$work/sample.json")" = 201 ] \
  || fail "creating the table: $(cat "$work/budget.body")"
BUDGET=$(json budget .id)

# 1. Twenty concurrent PATCHes of one indicator with the same ETag, alternating replicas: exactly one wins.
[ "$(call doc GET "$B/budgets/$BUDGET" "$EDITOR")" = 200 ] || fail "reading the table on B"
IND=$(json doc '.indicators[0].id'); VER=$(json doc '.indicators[0].version')
for i in $(seq 1 20); do
  base=$A; [ $((i % 2)) = 0 ] && base=$B
  (call "patch$i" PATCH "$base/budgets/$BUDGET/indicators/$IND" "$EDITOR" -H "If-Match: $VER" \
    -H 'Content-Type: application/merge-patch+json' -d "{\"annualValue\": \"≥$((300 + i))篇\"}" >"$work/patch$i.status") &
done
wait
ok=$(cat "$work"/patch*.status | grep -c '^200$' || true)
stale=$(cat "$work"/patch*.status | grep -c '^412$' || true)
[ "$ok" = 1 ] && [ "$stale" = 19 ] || fail "concurrent PATCHes: $ok × 200, $stale × 412 ($(cat "$work"/patch*.status | sort | uniq -c | tr '\n' ' '))"
pass "20 concurrent PATCHes with one ETag across both replicas: 1 × 200, 19 × 412"

# 2. One Idempotency-Key sent to both replicas creates one table: one after the other, then at the same moment.
count_year() {
  call count GET "$B/budgets?departmentId=$DEPT&fiscalYear=$1" "$READER" >/dev/null; json count .totalItems
}
KEY="ci-two-replicas-$$-1"
body="{\"departmentId\":\"$DEPT\",\"fiscalYear\":2030}"
s1=$(call idem1 POST "$A/budgets" "$EDITOR" -H "Idempotency-Key: $KEY" -H 'Content-Type: application/json' -d "$body")
s2=$(call idem2 POST "$B/budgets" "$EDITOR" -H "Idempotency-Key: $KEY" -H 'Content-Type: application/json' -d "$body")
[ "$s1" = 201 ] && [ "$s2" = 201 ] && [ "$(header idem2 Idempotent-Replayed)" = true ] \
  && [ "$(json idem1 .id)" = "$(json idem2 .id)" ] || fail "Idempotency-Key across replicas: $s1, $s2"
[ "$(count_year 2030)" = 1 ] || fail "the replayed POST created a second table"
KEY="ci-two-replicas-$$-2"
body="{\"departmentId\":\"$DEPT\",\"fiscalYear\":2031}"
(call idem3 POST "$A/budgets" "$EDITOR" -H "Idempotency-Key: $KEY" -H 'Content-Type: application/json' -d "$body" >"$work/idem3.status") &
(call idem4 POST "$B/budgets" "$EDITOR" -H "Idempotency-Key: $KEY" -H 'Content-Type: application/json' -d "$body" >"$work/idem4.status") &
wait
statuses="$(cat "$work/idem3.status") $(cat "$work/idem4.status")"
case "$statuses" in "201 201" | "201 409" | "409 201") ;; *) fail "simultaneous Idempotency-Key POSTs answered $statuses" ;; esac
[ "$(count_year 2031)" = 1 ] || fail "simultaneous Idempotency-Key POSTs created $(count_year 2031) tables"
pass "one Idempotency-Key sent to both replicas (in turn: 201 + replayed 201; at once: $statuses): one table each time"

# 3. A write on A is read at once on B, whose document cache held the previous version: never stale.
for i in 1 2 3 4 5; do
  call warm GET "$B/budgets/$BUDGET" "$EDITOR" >/dev/null   # B caches the current version
  etag=$(header warm ETag)
  [ "$(call write PATCH "$A/budgets/$BUDGET" "$EDITOR" -H "If-Match: $etag" \
    -H 'Content-Type: application/merge-patch+json' -d "{\"overallGoal\": \"<p>第${i}次修改的总体目标</p>\"}")" = 200 ] \
    || fail "PATCH on A: $(cat "$work/write.body")"
  written=$(header write ETag)
  [ "$(call read GET "$B/budgets/$BUDGET" "$EDITOR")" = 200 ] || fail "read on B"
  [ "$(header read ETag)" = "$written" ] || fail "B answered ETag $(header read ETag) right after A wrote $written"
  json read .overallGoal | grep -q "第${i}次修改" || fail "B served a stale goal: $(json read .overallGoal)"
  [ "$written" != "$etag" ] || fail "the write did not change the ETag"
done
pass "5 writes on A each read at once on B with A's new ETag and content (B's cache held the old version)"

# 4. A lifecycle story across replicas: create on B, submit on A, approve on B, read on A (If-Match each time).
STORY_DEPT=$(dept CI-2R-STORY)
sample_for "$STORY_DEPT" >"$work/story.json"
[ "$(call story POST "$B/budgets" "$EDITOR" -H 'Content-Type: application/json' --data-binary @"$work/story.json")" = 201 ] \
  || fail "creating the story's table"
STORY=$(json story .id)
call etag GET "$A/budgets/$STORY" "$EDITOR" >/dev/null
[ "$(call submit POST "$A/budgets/$STORY/submit" "$EDITOR" -H "If-Match: $(header etag ETag)")" = 200 ] \
  || fail "submit on A: $(cat "$work/submit.body")"
call etag GET "$B/budgets/$STORY" "$REVIEWER" >/dev/null
[ "$(json etag .status)" = SUBMITTED ] || fail "B reads $(json etag .status) after A's submit"
[ "$(call approve POST "$B/budgets/$STORY/approve" "$REVIEWER" -H "If-Match: $(header etag ETag)")" = 200 ] \
  || fail "approve on B: $(cat "$work/approve.body")"
call final GET "$A/budgets/$STORY" "$EDITOR" >/dev/null
[ "$(json final .status)" = APPROVED ] || fail "A reads $(json final .status) after B's approval"
pass "lifecycle across replicas: created on B, submitted on A, approved on B, read APPROVED on A"

# 5. The event feed reads the same, in the same order, from both.
[ "$(call events_a GET "$A/events?limit=100" "$READER")" = 200 ] || fail "events on A"
[ "$(call events_b GET "$B/events?limit=100" "$READER")" = 200 ] || fail "events on B"
jq -S .items "$work/events_a.body" >"$work/ea.json"; jq -S .items "$work/events_b.body" >"$work/eb.json"
cmp -s "$work/ea.json" "$work/eb.json" || fail "the replicas' event feeds differ"
n=$(jq --arg b "$STORY" '[.items[] | select(tostring | contains($b))] | length' "$work/events_a.body")
[ "$n" -ge 2 ] || fail "the feed lacks the story's submit and approve ($n events)"
pass "event feed identical on both replicas ($(jq '.items | length' "$work/events_a.body") events, the story's $n in order)"

# A large import (many indicator rows) takes long enough to be interrupted.
python3 - "$work/large.tsv" <<'PY'
import sys
src = "src/test/resources/real/dongguan-2024-overseas-chinese-federation.txt"
lines = open(src, encoding="utf-8").read().split("\n")
at = next(i for i, l in enumerate(lines) if l.startswith("\t" * 5))
extra = ["\t" * 5 + f"开展交流联谊活动次数（第{n}批）\t≥15次\t≥5次\t" for n in range(4000)]
open(sys.argv[1], "w", encoding="utf-8").write("\n".join(lines[: at + 1] + extra + lines[at + 1 :]))
PY
IMPORT_DEPT=$(dept CI-2R-IMPORT)
import_to() { # import_to BASE NAME [replace]: the status
  call "$2" POST "$1/budget-imports?departmentCode=CI-2R-IMPORT${3:+&replace=true}" "$EDITOR" \
    -H 'Content-Type: text/tab-separated-values' --data-binary @"$work/large.tsv"
}
stored() { psql -At -d "$PROD_DB" -c "SELECT (SELECT count(*) FROM budget), (SELECT count(*) FROM indicator), (SELECT count(*) FROM budget b JOIN department d ON d.id = b.department_id WHERE d.code = 'CI-2R-IMPORT')"; }

# 6. Graceful shutdown of B: an import in flight when SIGTERM arrives is answered 201; readiness goes DOWN first.
t0=$(date +%s%N)
[ "$(import_to "$B" timing)" = 201 ] || fail "the large import on B: $(head -c 300 "$work/timing.body")"
import_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
echo "large import ($(wc -l <"$work/large.tsv") lines, $(jq '.table.indicators | length' "$work/timing.body" 2>/dev/null || echo '?') indicators): $import_ms ms"
(import_to "$B" graceful replace >"$work/graceful.status") &
inflight=$!
sleep 0.3
pid_b=$(cat "$PROD_STATE/pid-b")
kill -TERM "$pid_b"
ready=""
for _ in $(seq 1 20); do
  ready=$(curl -s -o /dev/null -m 1 -w '%{http_code}' "http://127.0.0.1:$port_b/q/health/ready" || true)
  [ "$ready" = 503 ] && break
  sleep 0.1
done
[ "$ready" = 503 ] || fail "readiness of B after SIGTERM: $ready (expected 503, DOWN)"
wait "$inflight"
[ "$(cat "$work/graceful.status")" = 201 ] || fail "the import in flight at SIGTERM answered $(cat "$work/graceful.status")"
for _ in $(seq 1 120); do prod_alive "$pid_b" || break; sleep 0.25; done
if prod_alive "$pid_b"; then
  # What keeps a stopped service's JVM from exiting: its threads, printed by the JVM itself (SIGQUIT) into its log.
  kill -QUIT "$pid_b" 2>/dev/null || true
  sleep 1
  { echo "--- threads of B, 30 s after SIGTERM"; sed -n '/^Full thread dump/,$p' "$PROD_STATE/b.log" | head -400; } >&2
  fail "B still running 30 s after SIGTERM"
fi
grep -q '"level":"ERROR"' "$PROD_STATE/b.log" && fail "B logged an error while shutting down"
pass "SIGTERM on B: readiness DOWN at once, the import in flight answered 201, B stopped cleanly"
start_replica b "$port_b"
prod_wait_ready "$port_b" "$PROD_STATE/b.log" "$PROD_STATE/pid-b"

# 7. kill -9 of A in the middle of a large import: nothing of it is stored, and B keeps serving.
before=$(stored)
(import_to "$A" crashed replace >"$work/crashed.status") &
inflight=$!
sleep "$(python3 -c "print(max(0.2, $import_ms / 2000))")"
kill -9 "$(cat "$PROD_STATE/pid-a")"
wait "$inflight" || true
crashed=$(cat "$work/crashed.status")
[ "$crashed" != 201 ] || fail "the import finished before the kill ($import_ms ms): make it larger"
after=$(stored)
[ "$before" = "$after" ] || fail "a killed import left rows behind: $before -> $after (budgets, indicators, the department's budgets)"
[ "$(call alive GET "$B/budgets/$BUDGET" "$READER")" = 200 ] || fail "B stopped serving after A died"
[ "$(import_to "$B" again replace)" = 201 ] || fail "B could not import after A died mid-import: $(head -c 300 "$work/again.body")"
pass "kill -9 of A mid-import (HTTP $crashed): stored rows unchanged ($before), B kept serving and imported the same file"

echo "$passed passed, 0 failed"
echo "two replicas check passed"
