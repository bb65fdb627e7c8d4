# Shared start-up of the production path, sourced by scripts/production-check.sh and
# scripts/fuzz-contract.sh (and by the fuzzer's restart hook): the production jar configured only by
# environment variables against a fresh database on the standalone PostgreSQL, with its own RSA key
# pair standing in for the bureau's identity provider. Run from the project root.
#
#   prod_build                 ./mvnw package -Dprod, refusing a jar that contains the embedded PostgreSQL
#   prod_check_jar             only that refusal, for a jar built earlier
#   prod_setup                 fresh database + key pair; exports PROD_* (state lives in $PROD_STATE)
#   prod_launch / prod_wait_ready  start one replica on a port without waiting / wait until it is ready
#   prod_start / prod_stop     start the jar in the background (pid in $PROD_STATE/pid) and wait until
#                              ready / stop it (prod_stop 0: kill at once); prod_restart does both
#   prod_token <role> [codes]  a token of the production key (scripts/dev-token.sh with KEY and ISSUER)
#   prod_cleanup               stop the jar, drop the database, remove the state directory
#
# PGHOST/PGPORT/PGUSER select the server; PROD_PORT (default 18080) the HTTP port.

export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"

prod_build() {
  ./mvnw -B -q package -Dprod -DskipTests
  prod_check_jar
}

# The packaged application is a production build: it exists and carries no embedded PostgreSQL.
prod_check_jar() {
  [ -f target/quarkus-app/quarkus-run.jar ] || { echo "no target/quarkus-app/quarkus-run.jar" >&2; return 1; }
  if ls target/quarkus-app/lib/main | grep -qi -e embedded-postgres -e zonky; then
    echo "production build contains the embedded PostgreSQL" >&2; return 1
  fi
}

prod_setup() {
  PROD_STATE="$(mktemp -d)"
  PROD_DB="${PROD_DB:-perf_targets_ci_$$}"
  PROD_PORT="${PROD_PORT:-18080}"
  PROD_LOG="$PROD_STATE/service.log"
  PROD_ISSUER="https://idp.ci.example/realms/finance"
  PROD_KEY="$PROD_STATE/private.pem"
  PROD_PUBLIC_KEY="$PROD_STATE/public.pem"
  PROD_BASE="http://127.0.0.1:$PROD_PORT"
  export PROD_STATE PROD_DB PROD_PORT PROD_LOG PROD_ISSUER PROD_KEY PROD_PUBLIC_KEY PROD_BASE
  psql -q -d postgres -c "CREATE DATABASE $PROD_DB"
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$PROD_KEY" 2>/dev/null
  openssl rsa -in "$PROD_KEY" -pubout -out "$PROD_PUBLIC_KEY" 2>/dev/null
}

prod_token() { KEY="$PROD_KEY" ISSUER="$PROD_ISSUER" scripts/dev-token.sh "$@"; }

# prod_launch PORT LOG PIDFILE: starts one replica of the jar in the background with environment variables only
# (PROD_JAVA_OPTS, if set, are its JVM options) and records its pid; it does not wait.
prod_launch() {
  local pid
  # shellcheck disable=SC2086
  env -i PATH="$PATH" HOME="$HOME" JAVA_HOME="${JAVA_HOME:-}" \
    DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$PROD_DB" DB_USER="$PGUSER" DB_PASSWORD="" PORT="$1" \
    JWT_ISSUER="$PROD_ISSUER" JWT_PUBLIC_KEY_LOCATION="$PROD_PUBLIC_KEY" \
    RATE_LIMIT_ENABLED="${RATE_LIMIT_ENABLED:-true}" \
    ${SHUTDOWN_DELAY:+SHUTDOWN_DELAY="$SHUTDOWN_DELAY"} ${SHUTDOWN_TIMEOUT:+SHUTDOWN_TIMEOUT="$SHUTDOWN_TIMEOUT"} \
    ${OTEL_EXPORTER_OTLP_ENDPOINT:+OTEL_EXPORTER_OTLP_ENDPOINT="$OTEL_EXPORTER_OTLP_ENDPOINT"} \
    java ${PROD_JAVA_OPTS:-} -jar target/quarkus-app/quarkus-run.jar >>"$2" 2>&1 &
  pid=$!
  disown "$pid" 2>/dev/null || true   # stopped by pid (possibly from another shell): no job report
  echo "$pid" >"$3"
}

# prod_wait_ready PORT LOG PIDFILE: waits (up to PROD_READY_TIMEOUT seconds, default 180: two JVMs starting at once
# on a busy 2-core machine take well over a minute) until the replica answers ready.
prod_wait_ready() {
  local pid
  pid=$(cat "$3")
  for _ in $(seq 1 $(( ${PROD_READY_TIMEOUT:-180} * 4 ))); do
    if curl -sf -m 2 "http://127.0.0.1:$1/q/health/ready" >/dev/null; then return 0; fi
    if ! kill -0 "$pid" 2>/dev/null; then cat "$2"; echo "service died" >&2; return 1; fi
    sleep 0.25
  done
  curl -sf -m 2 "http://127.0.0.1:$1/q/health/ready" >/dev/null || { cat "$2"; echo "not ready" >&2; return 1; }
}

# Starts the jar with environment variables only and waits until it is ready (prod_wait_ready).
prod_start() {
  local start
  start=$(date +%s%N)
  prod_launch "$PROD_PORT" "$PROD_LOG" "$PROD_STATE/pid"
  prod_wait_ready "$PROD_PORT" "$PROD_LOG" "$PROD_STATE/pid"
  echo "ready after $(( ($(date +%s%N) - start) / 1000000 )) ms"
}

# Whether the process is running (a zombie waiting to be reaped is not).
prod_alive() { [ -r "/proc/$1/stat" ] && ! grep -q '^[0-9]* (.*) Z ' "/proc/$1/stat" 2>/dev/null; }

# Stops the jar started by prod_start (by its recorded pid): TERM, then KILL after $1 seconds (default
# 10; 0 kills at once, as the fuzzer's restart does: a hung request keeps a graceful shutdown waiting).
prod_stop() {
  local pid grace="${1:-10}"
  [ -n "${PROD_STATE:-}" ] && [ -f "$PROD_STATE/pid" ] || return 0
  pid=$(cat "$PROD_STATE/pid")
  rm -f "$PROD_STATE/pid"
  if prod_alive "$pid"; then
    if [ "$grace" -gt 0 ]; then
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 $((grace * 4))); do prod_alive "$pid" || break; sleep 0.25; done
    fi
    if prod_alive "$pid"; then
      kill -9 "$pid" 2>/dev/null || true
      for _ in $(seq 1 20); do prod_alive "$pid" || break; sleep 0.25; done
    fi
  fi
}

prod_restart() { prod_stop "${1:-10}"; prod_start; }

prod_cleanup() {
  prod_stop
  if [ -n "${PROD_DB:-}" ]; then psql -q -d postgres -c "DROP DATABASE IF EXISTS $PROD_DB" || true; fi
  if [ -n "${PROD_STATE:-}" ]; then rm -rf "$PROD_STATE"; fi
}
