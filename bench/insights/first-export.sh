#!/usr/bin/env bash
# The first export after a start (issue 20, part 3), as a publisher gets it: the production portal
# (extracted, with its ahead-of-time cache, the README's run command) starts on the insights bench's
# PostgreSQL database, and its first export is the 12-month usage report as CSV over the reports API
# (Contoso's demo key), timed from the request to the last byte. Interleaved with the bare hand-rolled
# CSV writer as the first export of a fresh JVM (insights-bench.sh FIRST=bare-csv), RUNS times each.
#
#   bench/insights/insights-bench.sh postgres        # once: fills the database insights_bench
#   ./mvnw -Pproduction package -DskipTests           # writes target/portal/ (jar extracted + cache)
#   bench/insights/first-export.sh [runs=3]           # APP="dir1 dir2": other extracted portals, in turn
#                                                     # IDLE=30: the portal idles 30 s after /login before the export
set -euo pipefail
cd "$(dirname "$0")/../.."
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
RUNS="${1:-3}"
APP="${APP:-target/portal}"
PG_DB="${PG_DB:-insights_bench}"
PORT=8114
MGMT=8194
KEY=ppk_contosodemo01_ContosoDemoKeyAllScopes2026
for app in $APP; do
  [ -f "$app/portal.aot" ] || { echo "no $app/portal.aot: run the production build first" >&2; exit 1; }
done
WORK="$(mktemp -d /tmp/first-export.XXXXXX)"
trap 'kill "${pid:-0}" 2>/dev/null || true; rm -rf "$WORK"' EXIT

product() {  # $1: the extracted portal
  local main_jar started
  main_jar="$(ls "$1"/publisher-portal-*.jar | head -n 1)"
  started=$(date +%s%N)
  SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$PG_DB" "$JAVA_HOME/bin/java" -XX:AOTCache="$1/portal.aot" \
      -Dspring.aot.enabled=true -jar "$main_jar" --spring.profiles.active=postgres --server.port=$PORT --management.server.port=$MGMT \
      --portal.data-dir="$WORK/data" >"$WORK/portal.log" 2>&1 &
  pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/login")" = 200 ]; do
    kill -0 "$pid" 2>/dev/null || { cat "$WORK/portal.log" >&2; exit 1; }
    sleep 0.2
  done
  local seconds login
  login=$(( ($(date +%s%N) - started) / 1000000 ))
  sleep "${IDLE:-0}"
  seconds=$(curl -s -f -H "X-Api-Key: $KEY" -o "$WORK/usage.csv" -w '%{time_total}' \
      "http://127.0.0.1:$PORT/api/reports/usage?range=12&format=csv")
  printf '   first: product CSV over HTTP (%s)   %5.1f s   %s rows   (/login served after %d ms)\n' "$1" "$seconds" \
      "$(($(wc -l <"$WORK/usage.csv") - 1))" "$login"
  kill -TERM "$pid"
  wait "$pid" || true
}

for _ in $(seq 1 "$RUNS"); do
  for app in $APP; do
    product "$app"
  done
  NO_BUILD=true FIRST=bare-csv RUNS=1 bench/insights/insights-bench.sh postgres
done
