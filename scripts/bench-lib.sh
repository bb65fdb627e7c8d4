# Shared by the benchmark scripts: a fresh database, a production-style key pair and the production jar.
# Source it; then call start_service and use $base, token, cleanup.
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
port="${BENCH_PORT:-18090}"
base="http://127.0.0.1:$port/api/v1"
log="$(mktemp)"
keys="$(mktemp -d)"
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$keys/private.pem" 2>/dev/null
openssl rsa -in "$keys/private.pem" -pubout -out "$keys/public.pem" 2>/dev/null
issuer="https://idp.bench.example"
token() { KEY="$keys/private.pem" ISSUER="$issuer" scripts/dev-token.sh "$@"; }
cleanup() { [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true; rm -rf "$log" "$keys"; }
trap cleanup EXIT

# require COMMAND DEBIAN-PACKAGE: installs the package when the command is missing and this user may (root)
require() {
  command -v "$1" >/dev/null && return
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then apt-get install -y -q "$2" >/dev/null; fi
  command -v "$1" >/dev/null || { echo "needs $1 (Debian package $2)" >&2; exit 1; }
}

fresh_database() {
  psql -q -d postgres -c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1"
}

# start_service: the jar (BENCH_JAR, default the packaged one) with JAVA_OPTS (e.g. -Xmx256m) if set
start_service() {
  local started
  started=$(date +%s%N)
  # Load measurements: the rate limits would refuse most of the load.
  DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db" DB_USER="$PGUSER" PORT="$port" RATE_LIMIT_ENABLED=false \
    JWT_ISSUER="$issuer" JWT_PUBLIC_KEY_LOCATION="$keys/public.pem" java ${JAVA_OPTS:-} -jar "${BENCH_JAR:-target/quarkus-app/quarkus-run.jar}" >"$log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null; do sleep 0.05; done
  echo "ready after $(( ($(date +%s%N) - started) / 1000000 )) ms; RSS $(( $(ps -o rss= -p "$pid") / 1024 )) MB"
}

# CPU accounting. Throughput on a shared machine swings several-fold within an hour; the CPU a request costs, split by
# process, moves far less and shows where the rest goes. Clock ticks (user + system) of one process, of the whole
# machine (busy: user, nice, system, irq, softirq), and of a command run in the foreground.
ticks_of() { awk '{print $14 + $15}' "/proc/$1/stat"; }
machine_ticks() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8}' /proc/stat; }
tick_us=$((1000000 / $(getconf CLK_TCK)))
# The benchmark's PostgreSQL server: its postmaster and the backends and helpers it started, with the backends that
# have exited meanwhile (pgbench's connections: their time is added to the postmaster's children's when it reaps
# them). 0 when that server is not on this machine or its data directory is not readable here.
postmaster_pid() {
  local dir
  dir=$(psql -tA -d postgres -c 'SHOW data_directory' 2>/dev/null) || return 0
  [ -r "$dir/postmaster.pid" ] && head -1 "$dir/postmaster.pid"
  return 0
}
postgres_ticks() {
  local main="${postmaster:-}"
  [ -n "$main" ] && [ -r "/proc/$main/stat" ] || { echo 0; return; }
  { awk '{print $14 + $15 + $16 + $17}' "/proc/$main/stat"
    for p in $(pgrep -P "$main"); do awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null; done; } \
    | awk '{s += $1} END {print s + 0}'
}
# accounted OUT COMMAND...: runs COMMAND with its stdout in OUT and sets, in ticks, cpu_machine (everything the
# machine ran meanwhile), cpu_service (the service's JVM, $pid), cpu_database (PostgreSQL's processes) and cpu_client
# (COMMAND itself, e.g. wrk or pgbench). What the machine ran beyond those is the kernel's work charged to no process
# (interrupts, softirq) and whatever else was running. COMMAND may be a shell function: its children are timed too.
accounted() {
  local out="$1" machine0 service0 database0 times
  shift
  postmaster="${postmaster:-$(postmaster_pid)}"
  machine0=$(machine_ticks); service0=$(ticks_of "$pid"); database0=$(postgres_ticks)
  times=$( { TIMEFORMAT='%3U %3S'; time "$@" > "$out" 2>&1; } 2>&1 )
  cpu_machine=$(( $(machine_ticks) - machine0 )); cpu_service=$(( $(ticks_of "$pid") - service0 ))
  cpu_database=$(( $(postgres_ticks) - database0 ))
  cpu_client=$(awk -v tick="$tick_us" '{printf "%d", ($1 + $2) * 1000000 / tick}' <<<"$times")
}

# per_request TICKS COUNT: core-µs per request
per_request() { awk -v t="$1" -v n="$2" -v tick="$tick_us" 'BEGIN {printf "%.0f", n ? t * tick / n : 0}'; }

# create_department CODE: prints the new department's id
create_department() {
  curl -sf -X POST "$base/departments" -H "Authorization: Bearer $(token admin)" -H 'Content-Type: application/json' \
    -d "{\"code\":\"$1\",\"name\":\"东莞市归国华侨联合会\"}" | python3 -c 'import sys,json;print(json.load(sys.stdin)["id"])'
}

# generated_table DEPARTMENT_ID TASKS INDICATORS: prints a budget request with that many rows
generated_table() {
  python3 - "$@" <<'PY'
import json, sys
department, tasks, indicators = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
pairs = [("产出指标", "数量指标"), ("产出指标", "质量指标"), ("效益指标", "社会效益指标"), ("满意度指标", "服务对象满意度指标")]
body = {"departmentId": department, "fiscalYear": 2024, "amountUnit": "WAN_YUAN",
        "amounts": {"basicExpenditure": "10891.615675", "projectExpenditure": "61915.7693",
                    "fiscalAppropriation": "72807.384975", "otherFunds": "0.00"},
        "overallGoal": "<p>目标一:全面完成年度任务。</p>",
        "tasks": [{"kind": "KEY", "name": f"任务{i + 1}: 重点工作{i + 1}", "content": "主要实施内容" * 5,
                   "plannedFunds": "1000.00", "expectedOutcome": "期望达到的目标" * 5} for i in range(tasks)],
        "indicators": [{"level1": pairs[i % 4][0], "level2": pairs[i % 4][1], "name": f"指标{i + 1}",
                        "annualValue": "≥95%" if i % 4 == 3 else f"≥{i + 1}次", "taskIndex": i % tasks} for i in range(indicators)]}
print(json.dumps(body, ensure_ascii=False))
PY
}

# timed LABEL CURL-ARGS...: runs curl, prints status and total time
timed() {
  local label="$1"; shift
  curl -s -o /tmp/bench-body.$$ -w "%{http_code} %{time_total}" "$@" | awk -v l="$label" '{printf "%-58s HTTP %s  %.0f ms\n", l, $1, $2 * 1000}'
}

# insert_budgets DATABASE: 10,000 more budgets (2,000 departments x 5 fiscal years) written straight into the schema
insert_budgets() {
  psql -q -d "$1" <<'SQL'
INSERT INTO department (id, code, name, version, created_at, updated_at)
SELECT md5('d' || g)::uuid, 'BENCH-' || g, '部门' || g, 0, now(), now() FROM generate_series(1, 2000) g;
INSERT INTO budget (id, department_id, fiscal_year, status, framework_code, basic_expenditure, version, created_at, updated_at)
SELECT md5('b' || g || '-' || y)::uuid, md5('d' || g)::uuid, y, 'DRAFT', 'guangdong-city-2024', 1000.00, 0, now(), now()
FROM generate_series(1, 2000) g, generate_series(2020, 2024) y;
ANALYZE;
SQL
}

# insert_list_budgets DATABASE: 100,000 budgets (20,000 departments x 5 fiscal years), each with a KEY and an
# OTHER task, written straight into the schema (after the service created it); creation and update times spread over
# a year, statuses mixed, submitted tables with their submission time.
insert_list_budgets() {
psql -q -d "$1" <<'SQL'
INSERT INTO department (id, code, name, version, created_at, updated_at)
SELECT md5('d' || g)::uuid, 'BENCH-' || lpad(g::text, 5, '0'), '部门' || g, 0, now(), now()
  FROM generate_series(1, 20000) g;
INSERT INTO budget (id, department_id, fiscal_year, status, framework_code, basic_expenditure, project_expenditure,
                    fiscal_appropriation, other_funds, version, created_at, updated_at, submitted_at)
SELECT md5('b' || g || '-' || y)::uuid, md5('d' || g)::uuid, y,
       (ARRAY['DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'ADJUSTING'])[1 + (g + y) % 5], 'guangdong-city-2024',
       1000.00, 500.00, 1500.00, 0.00, 0,
       now() - interval '365 days' + (g * 5 + y - 2020) * interval '315 seconds',
       now() - interval '365 days' + ((g * 7919 + y * 104729) % 100000) * interval '315 seconds',
       CASE WHEN (g + y) % 5 = 1 THEN now() - interval '365 days' + (g * 5 + y - 2020) * interval '315 seconds' END
  FROM generate_series(1, 20000) g, generate_series(2020, 2024) y;
INSERT INTO budget_task (id, budget_id, kind, position, name, planned_funds, version, created_at, updated_at)
SELECT md5('t' || b.id || k)::uuid, b.id, k, 0, '任务', 100.00, 0, now(), now()
  FROM budget b, unnest(ARRAY['KEY', 'OTHER']) k;
VACUUM ANALYZE;
SQL
}
