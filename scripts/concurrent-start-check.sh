#!/usr/bin/env bash
# Several replicas starting at once migrate one database once: creates an empty database on the standalone
# PostgreSQL, starts two production jars at the same moment on different ports, waits until both are ready and
# checks there is one schema: every Liquibase changeset recorded exactly once, the lock released, no ERROR logged.
#
# Liquibase takes the DATABASECHANGELOGLOCK row before it migrates (quarkus.liquibase.migrate-at-start): the
# second replica waits for the first to finish, then finds every changeset applied and only validates.
# OPS_SKIP_BUILD=1 reuses target/quarkus-app (a production build) instead of building it.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/prod-lib.sh

if [ "${OPS_SKIP_BUILD:-}" = 1 ]; then prod_check_jar; else prod_build; fi
PROD_PORT="${CHECK_PORT:-18090}"
prod_setup
port_a=$PROD_PORT port_b=$((PROD_PORT + 1))
cleanup() {
  for r in a b; do
    if [ -f "$PROD_STATE/pid-$r" ]; then kill -9 "$(cat "$PROD_STATE/pid-$r")" 2>/dev/null || true; fi
  done
  prod_cleanup
}
trap cleanup EXIT

tables=$(psql -At -d "$PROD_DB" -c "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")
[ "$tables" = 0 ] || { echo "the database is not empty ($tables tables)" >&2; exit 1; }

start=$(date +%s%N)
prod_launch "$port_a" "$PROD_STATE/a.log" "$PROD_STATE/pid-a"
prod_launch "$port_b" "$PROD_STATE/b.log" "$PROD_STATE/pid-b"
prod_wait_ready "$port_a" "$PROD_STATE/a.log" "$PROD_STATE/pid-a"
prod_wait_ready "$port_b" "$PROD_STATE/b.log" "$PROD_STATE/pid-b"
echo "both replicas ready after $(( ($(date +%s%N) - start) / 1000000 )) ms"

changesets=$(psql -At -d "$PROD_DB" -c "SELECT count(*) FROM databasechangelog")
distinct=$(psql -At -d "$PROD_DB" -c "SELECT count(DISTINCT (id, author, filename)) FROM databasechangelog")
locked=$(psql -At -d "$PROD_DB" -c "SELECT count(*) FROM databasechangeloglock WHERE locked")
expected=$(grep -rh '^--changeset' src/main/resources/db/changelog/changes | wc -l)
echo "changesets recorded: $changesets (distinct $distinct, changeSet entries in the changelog files: $expected)"
[ "$changesets" -gt 0 ] || { echo "no changeset recorded" >&2; exit 1; }
[ "$changesets" = "$distinct" ] || { echo "a changeset was applied twice" >&2; exit 1; }
if [ "$expected" -gt 0 ] && [ "$changesets" != "$expected" ]; then
  echo "expected $expected changesets, found $changesets" >&2; exit 1
fi
[ "$locked" = 0 ] || { echo "the Liquibase lock is still held" >&2; exit 1; }
for r in a b; do
  if grep -E '"level":"(ERROR|FATAL)"' "$PROD_STATE/$r.log" >/dev/null; then
    grep -E '"level":"(ERROR|FATAL)"' "$PROD_STATE/$r.log" | head -5 >&2
    echo "replica $r logged an error while starting" >&2; exit 1
  fi
done
migrated=$(grep -l -i 'ChangeSet .* ran successfully\|Running Changeset' "$PROD_STATE/a.log" "$PROD_STATE/b.log" | wc -l || true)
waited=$(grep -l -i 'Waiting for changelog lock' "$PROD_STATE/a.log" "$PROD_STATE/b.log" | wc -l || true)
echo "replicas that ran changesets: $migrated; replicas that waited for the lock: $waited"
[ "$migrated" -le 1 ] || { echo "both replicas ran changesets" >&2; exit 1; }

# Both serve the one schema.
reader=$(prod_token reader)
for port in "$port_a" "$port_b"; do
  code=$(curl -s -o "$PROD_STATE/answer" -w '%{http_code}' -H "Authorization: Bearer $reader" \
    "http://127.0.0.1:$port/api/v1/departments")
  [ "$code" = 200 ] || { echo "replica on $port answered $code: $(cat "$PROD_STATE/answer")" >&2; exit 1; }
done
echo "concurrent start check passed"
