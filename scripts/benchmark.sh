#!/usr/bin/env bash
# Load benchmark of the production jar, each service figure next to pgbench running the SQL the service
# itself issued for the same request, in the same run (figures in docs/benchmarks.md).
#
# 1. A fresh database logs every statement (log_statement = 'all') while the service runs once: the Dongguan
#    table is created through the API, 10,000 more budgets are inserted with SQL, and one request of each kind
#    is sent; the statements it caused are cut from the PostgreSQL log (scripts/bench/captured-sql.py) into a
#    pgbench script with the logged parameter values.
# 2. Logging off, the service is started again and each request is loaded with wrk; pgbench replays that
#    request's statements with as many clients; the ratio is service requests/s over pgbench transactions/s.
#
# Needs the production jar (./mvnw package -Dprod -DskipTests), wrk, pgbench, psql and a local PostgreSQL whose
# log this user can read (PG_LOG, default Debian's). DURATION (default 20s), CONNECTIONS (16), THREADS (2), WARMUP (15s:
# each request is loaded that long, unmeasured, before any is measured, so the JIT has compiled what it runs).
set -euo pipefail
cd "$(dirname "$0")/.."
db="perf_targets_bench"
duration="${DURATION:-20s}"; connections="${CONNECTIONS:-16}"; threads="${THREADS:-2}"; warmup="${WARMUP:-15s}"
pg_log="${PG_LOG:-/var/log/postgresql/postgresql-15-main.log}"
work="$(mktemp -d)"
source scripts/bench-lib.sh
trap 'cleanup; rm -rf "$work"' EXIT
[ -r "$pg_log" ] || { echo "cannot read the PostgreSQL log $pg_log (set PG_LOG)" >&2; exit 1; }
require wrk wrk; require pgbench postgresql-client; require pgrep procps
fresh_database "$db"
psql -q -d postgres -c "ALTER DATABASE $db SET log_statement = 'all'"

echo "# first start (creates the schema; statements logged)"; start_service
reader="Authorization: Bearer $(token reader)"
editor="Authorization: Bearer $(token department-editor BENCH-DG BENCH-BIG)"
dept=$(create_department BENCH-DG)
budget=$(python3 - "$dept" <<'PY' | curl -sf -X POST "$base/budgets" -H "$editor" \
  -H 'Content-Type: application/json' --data-binary @- | python3 -c 'import sys,json;print(json.load(sys.stdin)["id"])'
import json, sys
b = json.load(open("src/main/resources/sample/dongguan-2024.json", encoding="utf-8"))["budget"]
b["departmentId"] = sys.argv[1]
print(json.dumps(b, ensure_ascii=False))
PY
)
indicator=$(curl -sf -H "$reader" "$base/budgets/$budget/indicators" | python3 -c 'import sys,json;print(json.load(sys.stdin)["items"][0]["id"])')

# 10,000 more budgets: 2,000 departments x 5 fiscal years, written straight into the schema.
insert_budgets "$db"
echo "budgets in the database: $(psql -tA -d "$db" -c 'SELECT count(*) FROM budget')"

# The requests measured: NAME, wrk arguments, URL.
cat > "$work/patch.lua" <<'LUA'
wrk.method = "PATCH"
wrk.headers["Content-Type"] = "application/merge-patch+json"
wrk.headers["If-Match"] = "*"
local n = 0
request = function()
  n = n + 1
  return wrk.format(nil, nil, nil, '{"annualValue":"≥' .. (900 + n % 97) .. '篇"}')
end
LUA
names=(table page patch)
declare -A url=([live]="http://127.0.0.1:$port/q/health/live" [me]="$base/me" [table]="$base/budgets/$budget" [page]="$base/budgets?page=100&size=20" [patch]="$base/budgets/$budget/indicators/$indicator")
declare -A auth=([live]="" [me]="$reader" [table]="$reader" [page]="$reader" [patch]="$editor")
declare -A lua=([live]="" [me]="" [table]="" [page]="" [patch]="$work/patch.lua")
declare -A label=([table]="GET /budgets/{id}: Dongguan table, document cached" [page]="GET /budgets?page=100&size=20 of 10,001"
  [patch]="PATCH /budgets/{id}/indicators/{id}: one indicator, If-Match *, audited")

send() { # NAME: one request as wrk would send it (a PATCH sets a value of its own each time)
  case "$1" in
    patch) curl -sf -o /dev/null -X PATCH -H "${auth[$1]}" -H 'Content-Type: application/merge-patch+json' -H 'If-Match: *' \
             --data "{\"annualValue\":\"≥$((RANDOM % 1000))篇\"}" "${url[$1]}" ;;
    live) curl -sf -o /dev/null "${url[$1]}" ;;
    *) curl -sf -o /dev/null -H "${auth[$1]}" "${url[$1]}" ;;
  esac
}
for name in "${names[@]}"; do
  send "$name"   # warm: caches filled, statements prepared
  # An idle window as long as the request's: what the service runs on its own there is not the request's.
  offset=$(stat -c %s "$pg_log"); sleep 1.5; tail -c +"$((offset + 1))" "$pg_log" > "$work/idle.log"
  offset=$(stat -c %s "$pg_log"); send "$name"; sleep 0.5
  tail -c +"$((offset + 1))" "$pg_log" | scripts/bench/captured-sql.py "$db" "$work/idle.log" > "$work/$name.sql"
  echo; echo "## SQL of one '$name' request ($(wc -l < "$work/$name.sql") statements)"; cut -c1-160 "$work/$name.sql"
done

# Tables of 200 tasks and 2,000 indicators that are never read before they are measured (nothing cached): one right
# after the second start (the JVM has not compiled the building path yet), one in the running service after the load
# runs and after seven other such tables were created and read (as in a service that has been up for a while).
big_dept=$(create_department BENCH-BIG)
generated_table "$big_dept" 200 2000 > "$work/big.json"
create_big() { # FISCAL-YEAR: prints the new table's id
  python3 -c 'import json,sys; b=json.load(open(sys.argv[1])); b["fiscalYear"]=int(sys.argv[2]); print(json.dumps(b,ensure_ascii=False))' \
    "$work/big.json" "$1" | curl -sf -X POST "$base/budgets" -H "$editor" -H 'Content-Type: application/json' --data-binary @- \
    | python3 -c 'import sys,json;print(json.load(sys.stdin)["id"])'
}
first_big=$(create_big 2024)

kill "$pid"; wait "$pid" 2>/dev/null || true
psql -q -d postgres -c "ALTER DATABASE $db RESET log_statement"
echo; echo "# second start (schema up to date, statements not logged)"; start_service
read_time() { curl -s -o /dev/null -w '%{time_total}' -H "$reader" "$base/budgets/$1"; }
cold_start=$(read_time "$first_big")
warm=$(read_time "$first_big")

wrk_for() { # NAME DURATION [WRK-OPTION...]: wrk on the request, with its token and its script
  local name="$1" length="$2"
  shift 2
  local args=(-t"$threads" -c"$connections" -d"$length" "$@")
  [ -n "${auth[$name]}" ] && args+=(-H "${auth[$name]}")
  [ -n "${lua[$name]}" ] && args+=(-s "${lua[$name]}")
  wrk "${args[@]}" "${url[$name]}"
}
load() { # NAME: prints "requests/s p99 service-µs database-µs rest-µs wrk-µs" (CPU per request, see accounted)
  send "$1"
  accounted "$work/$1.wrk" wrk_for "$1" "$duration" --latency
  if grep -q "Non-2xx" "$work/$1.wrk"; then grep "Non-2xx" "$work/$1.wrk" >&2; fi
  local n
  n=$(awk '/requests in/ {print $1}' "$work/$1.wrk")
  echo "$(awk '/Requests\/sec/ {print $2}' "$work/$1.wrk") $(awk '$1 == "99%" {print $2}' "$work/$1.wrk")" \
    "$(per_request "$cpu_service" "$n") $(per_request "$cpu_database" "$n")" \
    "$(per_request $((cpu_machine - cpu_service - cpu_database - cpu_client)) "$n") $(per_request "$cpu_client" "$n")"
}
pgbench_tps() { # NAME: prints "transactions/s database-µs rest-µs pgbench-µs" replaying the request's statements
  # pgbench reads ":name" as one of its variables even inside a quoted literal (a captured time such as '14:18:12'),
  # which a prepared statement cannot take; such a script runs with the simple protocol, where unknown names stay text.
  local protocol=prepared n
  grep -q ':[A-Za-z0-9_]' "$work/$1.sql" && protocol=simple
  accounted "$work/$1.pgbench" pgbench -n -M "$protocol" -c "$connections" -j "$threads" -T "${duration%s}" \
    -f "$work/$1.sql" "$db" || true
  if ! grep -q '^tps' "$work/$1.pgbench"; then
    { echo "pgbench failed on $1:"; grep -m3 -i "error" "$work/$1.pgbench" || tail -3 "$work/$1.pgbench"; } >&2
    echo "0 0 0 0"; return
  fi
  n=$(awk '/transactions actually processed/ {print $NF}' "$work/$1.pgbench")
  echo "$(awk '/^tps/ {print $3; exit}' "$work/$1.pgbench")" \
    "$(per_request "$cpu_database" "$n") $(per_request $((cpu_machine - cpu_service - cpu_database - cpu_client)) "$n")" \
    "$(per_request "$cpu_client" "$n")"
}
# A freshly started JVM interprets before it compiles: measured cold, GET /me cost five times its CPU of a minute later.
echo; echo "# warm-up: $warmup of each request"
for name in live me "${names[@]}"; do wrk_for "$name" "$warmup" > /dev/null; done
echo; echo "## trivial endpoint GET /q/health/live (no token, no database)"
declare -A rps p99 tps cpu_svc cpu_db cpu_rest cpu_wrk pg_db pg_rest pg_client
for name in live me; do
  read -r rps[$name] p99[$name] cpu_svc[$name] cpu_db[$name] cpu_rest[$name] cpu_wrk[$name] < <(load "$name")
done
echo "${rps[live]} req/s, p99 ${p99[live]}"
# The floor of an authenticated request: token checked (cached), security identity, JAX-RS, a small JSON body, no SQL.
echo "GET /me: ${rps[me]} req/s, p99 ${p99[me]}"
for name in "${names[@]}"; do
  read -r rps[$name] p99[$name] cpu_svc[$name] cpu_db[$name] cpu_rest[$name] cpu_wrk[$name] < <(load "$name")
  read -r tps[$name] pg_db[$name] pg_rest[$name] pg_client[$name] < <(pgbench_tps "$name")
  echo "${label[$name]}: ${rps[$name]} req/s, p99 ${p99[$name]}; pgbench ${tps[$name]} tps"
done
rss=$(( $(ps -o rss= -p "$pid") / 1024 ))
others=(); for year in $(seq 2030 2037); do others+=("$(create_big "$year")"); done
for big in "${others[@]:0:7}"; do read_time "$big" > /dev/null; done
cold_running=$(read_time "${others[7]}")

echo; echo "## Summary ($(date -u +%F), $connections connections, $duration each, wrk and pgbench on the same cores)"
echo "| request | service req/s | p99 | pgbench tps, same SQL | ratio |"
echo "|---|---|---|---|---|"
for name in "${names[@]}"; do
  printf '| %s | %.0f | %s | %.0f | **%s** |\n' "${label[$name]}" "${rps[$name]}" "${p99[$name]}" "${tps[$name]}" \
    "$(python3 -c "t = ${tps[$name]}; print('%.3f' % (${rps[$name]} / t) if t else 'pgbench failed')")"
done
ceiling() { python3 -c "t = ${tps[table]}; print('%.3f' % ($1 / t) if t else '–')"; }
printf '| GET /me (token checked, no database): floor of an authenticated request | %.0f | %s | – | %s of the table read'"'"'s pgbench |\n' \
  "${rps[me]}" "${p99[me]}" "$(ceiling "${rps[me]}")"
printf '| GET /q/health/live (no token, no database): floor of any request | %.0f | %s | – | %s of the table read'"'"'s pgbench |\n' \
  "${rps[live]}" "${p99[live]}" "$(ceiling "${rps[live]}")"
printf '| first read of a never-read table, 200 tasks and 2,000 indicators, right after start | %.0f ms | | | |\n' "$(python3 -c "print($cold_start * 1000)")"
printf '| first read of another never-read table of that size in the running service | %.0f ms | | | |\n' "$(python3 -c "print($cold_running * 1000)")"
printf '| the same table read again (cached) | %.0f ms | | | |\n' "$(python3 -c "print($warm * 1000)")"
echo "RSS after the load: $rss MB"
echo
echo "CPU per request, core-µs, while each was loaded: the service's JVM, PostgreSQL's processes, the rest of the machine"
echo "(kernel work charged to no process, anything else running), the load generator; pgbench's transaction likewise."
echo "A request reaches 0.25 x pgbench only if its total is at most four times pgbench's."
echo "| request | service | PostgreSQL | rest | wrk | total | pgbench: PostgreSQL | rest | pgbench | total |"
echo "|---|---|---|---|---|---|---|---|---|---|"
for name in live me "${names[@]}"; do
  if [ -n "${pg_db[$name]:-}" ]; then
    pg_cells="${pg_db[$name]} | ${pg_rest[$name]} | ${pg_client[$name]} | $((pg_db[$name] + pg_rest[$name] + pg_client[$name]))"
  else
    pg_cells="– | – | – | –"
  fi
  echo "| $name | ${cpu_svc[$name]} | ${cpu_db[$name]} | ${cpu_rest[$name]} | ${cpu_wrk[$name]} |" \
    "$((cpu_svc[$name] + cpu_db[$name] + cpu_rest[$name] + cpu_wrk[$name])) | $pg_cells |"
done
psql -q -d postgres -c "DROP DATABASE IF EXISTS $db" 2>/dev/null || true
