#!/usr/bin/env bash
# Time from `java -jar` to ready, for the production jar (issue 15): the readiness probe on the
# management port answering UP, and the web port serving /login. Three cases, RUNS times each:
#   h2-empty   an empty H2 file, no demo data (what a production install starts with)
#   h2-demo    an empty H2 file with the demo data (the README's run)
#   pg-demo    an empty PostgreSQL database with the demo data
# Usage: bench/operations/start-to-ready.sh [jar] [runs]   (default jar: the CI artifact, else target/)
set -euo pipefail
cd "$(dirname "$0")/../.."
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAR="${1:-/tmp/portal-ci-artifacts/portal.jar}"
[ -f "$JAR" ] || JAR="$(ls target/publisher-portal-*.jar 2>/dev/null | head -n 1 || true)"
[ -f "$JAR" ] || { echo "No production jar: ./mvnw -Pproduction package -DskipTests" >&2; exit 1; }
RUNS="${2:-3}"
PORT=8111
MGMT=8191
WORK=/tmp/start-to-ready
PG_DB=start_to_ready

now_ms() { date +%s%3N; }

one_run() {  # $1 case
  rm -rf "$WORK" && mkdir -p "$WORK"
  local args=(--server.port=$PORT --management.server.port=$MGMT --portal.data-dir="$WORK/data")
  case "$1" in
    h2-empty) ;;
    h2-demo) args+=(--portal.demo-data.enabled=true) ;;
    pg-demo)
      psql -h 127.0.0.1 -U postgres -qtAc "DROP DATABASE IF EXISTS $PG_DB" -c "CREATE DATABASE $PG_DB" >/dev/null
      args+=(--portal.demo-data.enabled=true --spring.profiles.active=postgres
             --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/$PG_DB
             --spring.datasource.username=postgres --spring.datasource.password=) ;;
  esac
  local t0 login="" ready=""
  t0=$(now_ms)
  "$JAVA_HOME/bin/java" -jar "$JAR" "${args[@]}" >"$WORK/portal.log" 2>&1 &
  local pid=$! answered
  # One polling process without forks (see await-http.py: a curl loop took CPU from the start).
  answered=$(bench/operations/await-http.py "$t0" "$pid" "http://127.0.0.1:$PORT/login" \
    "http://127.0.0.1:$MGMT/actuator/health/readiness") \
    || { echo "the portal exited; see $WORK/portal.log" >&2; exit 1; }
  login=$(awk '/\/login /{ print $2 }' <<<"$answered")
  ready=$(awk '/readiness /{ print $2 }' <<<"$answered")
  local started
  started=$(grep -o 'Started Application in [0-9.]* seconds' "$WORK/portal.log" | grep -o '[0-9.]*' || echo '?')
  kill "$pid"; wait "$pid" 2>/dev/null || true
  awk -v c="$1" -v r="$ready" -v l="$login" -v s="$started" \
    'BEGIN { printf "%-9s ready %6.2f s   /login 200 %6.2f s   (\"Started\" %s s)\n", c, r / 1000, l / 1000, s }'
}

echo "== $JAR, $RUNS runs per case, $(nproc) cores"
for c in h2-empty h2-demo pg-demo; do
  for _ in $(seq 1 "$RUNS"); do one_run "$c"; done
done
psql -h 127.0.0.1 -U postgres -qtAc "DROP DATABASE IF EXISTS $PG_DB" >/dev/null
