#!/usr/bin/env bash
# Insights benchmark (issue 7): fills Contoso with N usage rows (default 1,000,000) in a file H2 (or
# PostgreSQL) and measures grid first pages, the 12-month summary and the 1M x 14 export beside bare
# baselines, in one JVM capped at 256 MB. Not part of the test suite.
#
#   bench/insights/insights-bench.sh h2        [rows=1000000]
#   bench/insights/insights-bench.sh postgres  [rows=1000000]   # database insights_bench (PG_DB=… for another)
#
# The H2 file stays in /tmp/insights-bench (DATA_DIR) and the PostgreSQL database is kept, so a
# second run skips the fill (FRESH=true re-creates the database). EXPORT=false skips the (long)
# export part; LIBRARIES=false leaves out the other libraries' baselines (Commons CSV, POI, fastexcel).
set -euo pipefail
cd "$(dirname "$0")/../.."
DB="${1:-h2}"
ROWS="${2:-1000000}"
DATA_DIR="${DATA_DIR:-/tmp/insights-bench}"
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
# NO_BUILD=true runs what the last build left (for example under a lock that keeps other builds away).
[ "${NO_BUILD:-false}" = true ] || flock /tmp/maven.lock ./mvnw -B -q -o test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
PG_DB="${PG_DB:-insights_bench}"
if [ "$DB" = postgres ]; then
  # Kept between runs like the H2 file, so a second run skips the fill; FRESH=true starts over.
  if [ "${FRESH:-false}" = true ]; then
    psql -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS $PG_DB"
  fi
  psql -h 127.0.0.1 -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$PG_DB'" | grep -q 1 \
    || psql -h 127.0.0.1 -U postgres -c "CREATE DATABASE $PG_DB"
  export SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$PG_DB?reWriteBatchedInserts=true"
fi
# FIRST="bare-csv product-csv" (any of bare-csv, product-csv, bare-read, product-xlsx), RUNS=3: each
# export alone, as the first of a fresh JVM, RUNS times in turn (the first export after a start).
if [ -n "${FIRST:-}" ]; then
  for _ in $(seq 1 "${RUNS:-3}"); do
    for which in $FIRST; do
      "$JAVA_HOME/bin/java" -Xmx256m -Drows="$ROWS" -Ddb="$DB" -DdataDir="$DATA_DIR" -Dfirst="$which" \
          -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
          com.publisherportal.insights.InsightBenchmark 2>&1 | grep -E '^ +first: '
    done
  done
  exit 0
fi
exec "$JAVA_HOME/bin/java" -Xmx256m ${BENCH_JAVA_OPTS:-} -Drows="$ROWS" -Ddb="$DB" -DdataDir="$DATA_DIR" -Dexport="${EXPORT:-true}" -Dlibraries="${LIBRARIES:-true}" \
    -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
    com.publisherportal.insights.InsightBenchmark
