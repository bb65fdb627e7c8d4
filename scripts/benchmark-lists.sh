#!/usr/bin/env bash
# Deep pages of GET /api/v1/budgets over 100,000 budgets (figures in docs/benchmarks.md, "Deep pages"):
# the query plans of the list's statements (EXPLAIN (ANALYZE, BUFFERS)) at page 1 and at the end of the list,
# and wrk latencies of page 1 against a page near the end, by cursor and by offset, through the production jar.
# Needs the production jar (./mvnw package -Dprod -DskipTests), wrk (apt install wrk), psql and a PostgreSQL
# server (PGHOST/PGPORT/PGUSER, default 127.0.0.1:5432 postgres). DURATION (default 15s), CONNECTIONS (16) and
# THREADS (2) tune wrk; the database (perf_targets_list_bench) is created and dropped.
set -euo pipefail
cd "$(dirname "$0")/.."
db="${BENCH_DB:-perf_targets_list_bench}"
duration="${DURATION:-15s}"; connections="${CONNECTIONS:-16}"; threads="${THREADS:-2}"
source scripts/bench-lib.sh
require wrk wrk; require pgbench postgresql-client
trap 'cleanup; psql -q -d postgres -c "DROP DATABASE IF EXISTS $db" 2>/dev/null || true' EXIT
fresh_database "$db"
start_service

insert_list_budgets "$db"
echo "budgets in the database: $(psql -tA -d "$db" -c 'SELECT count(*) FROM budget'); load average: $(cut -d' ' -f1-3 /proc/loadavg)"

reader="Authorization: Bearer $(token reader)"
# A cursor near the end of the default order: walk the list by pages of 100 (the cursor does not depend on size).
walked=$(python3 - "$base" "$reader" <<'PY'
import json, sys, urllib.request
base, header = sys.argv[1], sys.argv[2].split(": ", 1)
url, cursors, pages = base + "/budgets?size=100", [], 0
while url:
    req = urllib.request.Request(url, headers={header[0]: header[1]})
    page = json.load(urllib.request.urlopen(req))
    pages += 1
    if page.get("nextCursor"):
        cursors.append(page["nextCursor"])
    nxt = page["links"]["next"]
    url = base.rsplit("/api/v1", 1)[0] + nxt if nxt else None
print(pages, cursors[-2])
PY
)
echo "walked the whole list by cursor: ${walked%% *} pages of 100"
deep_cursor="${walked#* }"

explain() {
  echo; echo "### $1"; echo '```'
  psql -q -d "$db" -c "EXPLAIN (${3:-ANALYZE, BUFFERS, COSTS OFF}) $2" | sed -e '/^$/d'
  echo '```'
}
# The statement the budget list sends for the default order (-fiscalYear,createdAt,id), with BudgetList's columns,
# values inlined.
select_page='SELECT b.id, d.id AS department_id, d.code, d.name, b.fiscal_year, b.period_start_year, b.period_end_year,
       b.status, b.framework_code, b.approved_revision, b.created_at, b.updated_at, b.basic_expenditure,
       b.project_expenditure, b.fiscal_appropriation, b.other_funds, b.special_funds, b.other_development_expenditure,
       b.city_level_funds, b.transfer_payment_funds,
       (SELECT sum(t.planned_funds) FROM budget_task t WHERE t.budget_id = b.id AND t.kind = '"'KEY'"') AS key_task_funds,
       (SELECT sum(t.planned_funds) FROM budget_task t WHERE t.budget_id = b.id AND t.kind = '"'OTHER'"') AS other_task_funds
  FROM'
join_page='JOIN budget b ON b.id = p.id JOIN department d ON d.id = b.department_id
 ORDER BY p.k0 DESC, p.k1, p.id'
page_keys='SELECT b.fiscal_year AS k0, b.created_at AS k1, b.id AS id FROM budget b'
order='ORDER BY b.fiscal_year DESC, b.created_at, b.id'
last=$(psql -tA -F' ' -d "$db" -c "SELECT fiscal_year, created_at, id FROM budget ORDER BY fiscal_year DESC, created_at, id OFFSET 99979 LIMIT 1")
read -r year created_date created_time id <<<"$last"
created="$created_date $created_time"
page1_sql="$select_page ($page_keys $order LIMIT 21) p $join_page"
explain "page 1 (keys from the index, then 21 rows)" "$page1_sql"
explain "a page by cursor at item 99,980 of 100,000" \
  "$select_page (SELECT * FROM (($page_keys WHERE b.fiscal_year = $year AND (b.created_at, b.id) > ('$created', '$id') $order LIMIT 21)
   UNION ALL ($page_keys WHERE b.fiscal_year < $year $order LIMIT 21)) ranges ORDER BY ranges.k0 DESC, ranges.k1, ranges.id LIMIT 21) p $join_page"
explain "the same depth by offset (page=4999&size=20)" \
  "$select_page ($page_keys $order LIMIT 21 OFFSET 99980) p $join_page"
explain "the estimate of a page with a next page: planned, never run (rows= is totalItems)" \
  "SELECT 1 FROM budget b" "SUMMARY ON"
explain "a sync page: sort=updatedAt&updatedSince=… by cursor" \
  "$select_page (SELECT b.updated_at AS k0, b.id AS id FROM budget b WHERE b.updated_at >= now() - interval '30 days'
   AND (b.updated_at, b.id) > (now() - interval '20 days', '00000000-0000-0000-0000-000000000000') ORDER BY b.updated_at, b.id LIMIT 21) p
   JOIN budget b ON b.id = p.id JOIN department d ON d.id = b.department_id ORDER BY p.k0, p.id"

# The database's own speed for page 1's statement, as the service sends it (its estimate is reused for ten
# seconds, so a page in a steady load is this one statement; its LIMIT is a literal, so it has no parameter):
# pgbench, prepared, at the same concurrency.
echo "$page1_sql;" > "$keys/page1.sql"
echo; echo "## pgbench: page 1's statement, prepared, $connections clients"
# wrk takes 10s or 1m; pgbench wants seconds.
seconds=$(awk -v d="$duration" 'BEGIN { n = d + 0; if (d ~ /m$/) n *= 60; if (d ~ /h$/) n *= 3600; print n }')
pgbench_out=$(pgbench -n -M prepared -c "$connections" -j "$threads" -T "$seconds" -f "$keys/page1.sql" "$db" 2>&1)
grep -E "^tps|latency average" <<<"$pgbench_out"
pg_tps=$(awk '/^tps/ {print $3}' <<<"$pgbench_out")
[ -n "$pg_tps" ] || { echo "pgbench failed: $pgbench_out" >&2; exit 1; }
pg_connections=$connections

run() {
  local header="${3:-$reader}"
  echo; echo "## $1"; curl -sf -o /dev/null -H "$header" "$2"
  # Warm-up (JIT, connection pool, caches), not measured.
  wrk -t"$threads" -c"$connections" -d5s -H "$header" "$2" >/dev/null
  local out
  out=$(wrk -t"$threads" -c"$connections" -d"$duration" --latency -H "$header" "$2")
  grep -E "Requests/sec|Latency |99%|50%|requests in|Non-2xx" <<<"$out"
  # A ratio only at pgbench's own concurrency: one connection measures latency, not throughput.
  [ "$connections" = "$pg_connections" ] && awk -v pg="$pg_tps" \
    '/Requests\/sec/ {printf "ratio to pgbench of page 1'"'"'s statement: %.3f\n", $2 / pg}' <<<"$out"
  return 0
}
# The floor of any authenticated request in this run: the same token check, security, filters and JAX-RS, no SQL.
run "floor: GET /me" "$base/me"
run "page 1 (size 20)" "$base/budgets?size=20"
run "a page by cursor at item 99,900 of 100,000 (size 20)" "$base/budgets?size=20&cursor=$deep_cursor"
run "the same depth by offset (page=4995&size=20)" "$base/budgets?page=4995&size=20"
run "page 1 with its exact total (includeTotal=true)" "$base/budgets?size=20&includeTotal=true"
run "a sync page: sort=updatedAt&updatedSince (last 30 days)" \
  "$base/budgets?size=20&sort=updatedAt&updatedSince=$(date -u -d '30 days ago' +%Y-%m-%dT%H:%M:%SZ)"
run "the review queue (20,000 submitted tables), page 1" "$base/review-queue?size=20" "Authorization: Bearer $(token finance-reviewer)"
# Latency without queueing: one connection, so a page's own time shows rather than the wait for a core.
connections=1 threads=1 run "page 1, one connection at a time" "$base/budgets?size=20"
connections=1 threads=1 run "by cursor at item 99,900, one connection at a time" "$base/budgets?size=20&cursor=$deep_cursor"
