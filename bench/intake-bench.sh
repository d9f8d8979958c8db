#!/usr/bin/env bash
# Lead-intake benchmark (issue 6): runs the production jar on H2 or PostgreSQL, seeds a publisher with
# a known intake token (bench/seed-bench-account.sql), drives it with bench/IntakeLoadClient.java over
# loopback, and prints throughput, latency percentiles and the row count afterwards.
#
#   flock /tmp/maven.lock ./mvnw -B -Pproduction clean package -DskipTests   # once
#   bench/intake-bench.sh h2        [leads] [concurrency]
#   bench/intake-bench.sh postgres  [leads] [concurrency]
#
# PostgreSQL: 127.0.0.1:5432, user postgres (PGPASSWORD if needed); the database leads_bench is
# dropped and re-created. The per-token rate limit is raised for the run (it guards a real
# publisher's endpoint at 20 leads/s); everything else is the production configuration.
set -euo pipefail
cd "$(dirname "$0")/.."

DB="${1:-h2}"
LEADS="${2:-60000}"
CONCURRENCY="${3:-16}"
CLIENT="${CLIENT:-socket}"
WARMUP="${WARMUP:-20000}"
PORT="${PORT:-8093}"
DATA_DIR="${DATA_DIR:-/tmp/leads-bench}"
TOKEN=bench-intake-token-0123456789abcdef
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA="$JAVA_HOME/bin/java"
JAR="$(ls target/publisher-portal-*.jar 2>/dev/null | grep -v '\.original$' | head -n 1 || true)"
[ -n "$JAR" ] || { echo "No jar: build it with ./mvnw -Pproduction clean package -DskipTests" >&2; exit 1; }
unzip -l "$JAR" | grep -q 'application.properties' || true
if unzip -p "$JAR" BOOT-INF/classes/application.properties | grep -q '^portal.demo-data.enabled=true'; then
  echo "Warning: $JAR is not the production build (demo data enabled)" >&2
fi

SERVER_ARGS=(--server.port="$PORT" --portal.data-dir="$DATA_DIR"
  --portal.leads.intake.rate-per-second=1000000 --portal.leads.intake.burst=1000000)
# EXTRA_ARGS: more portal arguments, e.g. a datasource URL with other H2 settings (split on spaces).
read -r -a EXTRA <<< "${EXTRA_ARGS:-}"
SERVER_ARGS+=("${EXTRA[@]}")
PG_URL=jdbc:postgresql://127.0.0.1:5432/leads_bench
PID=""

start_server() {
  if [ "$DB" = postgres ]; then
    SPRING_DATASOURCE_URL="$PG_URL" SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD="${PGPASSWORD:-}" \
      "$JAVA" -jar "$JAR" "${SERVER_ARGS[@]}" --spring.profiles.active=postgres > "$DATA_DIR/server.log" 2>&1 &
  else
    "$JAVA" -jar "$JAR" "${SERVER_ARGS[@]}" > "$DATA_DIR/server.log" 2>&1 &
  fi
  PID=$!
  for _ in $(seq 1 120); do
    # An empty POST to the intake path answers 415 once the server is up.
    code=$(curl -s -o /dev/null -w '%{http_code}' -X POST "http://127.0.0.1:$PORT/intake/leads/x" || true)
    [ "$code" = 415 ] && return 0
    kill -0 "$PID" 2>/dev/null || { echo "Server exited; see $DATA_DIR/server.log" >&2; exit 1; }
    sleep 1
  done
  echo "Server did not start; see $DATA_DIR/server.log" >&2
  exit 1
}

stop_server() {
  if [ -n "$PID" ]; then
    kill "$PID" 2>/dev/null || true
    wait "$PID" 2>/dev/null || true
    PID=""
  fi
}
trap stop_server EXIT

h2_sql() {
  local h2jar="$DATA_DIR/h2.jar"
  [ -f "$h2jar" ] || unzip -p "$JAR" "$(unzip -l "$JAR" | grep -o 'BOOT-INF/lib/h2-[0-9.]*\.jar')" > "$h2jar"
  "$JAVA" -cp "$h2jar" org.h2.tools.Shell -url "jdbc:h2:file:$DATA_DIR/portal" -user sa -password "" "$@"
}

pg_sql() {
  psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qtA "$@"
}

rm -rf "$DATA_DIR"
mkdir -p "$DATA_DIR"
echo "== $DB: $JAR"
if [ "$DB" = postgres ]; then
  pg_sql -d postgres -c "DROP DATABASE IF EXISTS leads_bench" -c "CREATE DATABASE leads_bench"
  start_server
  pg_sql -d leads_bench -f bench/seed-bench-account.sql
else
  # H2 in file mode is locked by the running portal: migrate, stop, seed, start again.
  start_server
  stop_server
  h2_sql -sql "RUNSCRIPT FROM 'bench/seed-bench-account.sql'"
  start_server
fi

"$JAVA" bench/IntakeLoadClient.java --url "http://127.0.0.1:$PORT/intake/leads/$TOKEN" \
  --leads "$LEADS" --warmup "$WARMUP" --concurrency "$CONCURRENCY" --client "$CLIENT"

if [ "$DB" = postgres ]; then
  echo "Rows in sales_lead: $(pg_sql -d leads_bench -c 'SELECT COUNT(*) FROM sales_lead')"
  stop_server
else
  stop_server
  echo "Rows in sales_lead: $(h2_sql -sql 'SELECT COUNT(*) FROM sales_lead' | tail -n 2 | head -n 1)"
fi
