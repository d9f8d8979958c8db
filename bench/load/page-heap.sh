#!/usr/bin/env bash
# What an open page keeps in the session (issue 20, part 1), with real browsers: the production jar on
# a fresh PostgreSQL database with the demo data and LEADS more leads, SESSIONS headless-Chromium
# sessions as Contoso's owner each on PAGE (the lead inbox with its grid scrolled halfway, by default;
# PageSessions.java), a heap dump while they are open, and SessionHeap's reading of it. Not a test.
#
#   bench/load/page-heap.sh [JAR] [SESSIONS] [PAGE]   (default: target/publisher-portal-*.jar, 10, leads; / is the dashboard)
#
# Environment (defaults): LEADS=20000 PG_DB=page_heap PORT=8114 MGMT=8194 OUT=target/page-heap
# Prints what each session keeps with the views it holds (a browser's anonymous session before it
# signed in may show as a 2 KB one without a view); the whole reading is in $OUT/session-heap.txt
# (KEEP_DUMP=1 keeps the dump, $OUT/open.hprof; STRINGS_UNDER=<class name part> lists the texts held under it).
set -euo pipefail
cd "$(dirname "$0")/../.."
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
JAVA="$JAVA_HOME/bin/java"
JAR="${1:-$(ls target/publisher-portal-*.jar 2>/dev/null | head -n 1 || true)}"
[ -f "$JAR" ] || { echo "No production jar: ./mvnw -Pproduction package -DskipTests" >&2; exit 1; }
SESSIONS="${2:-10}"
PAGE="${3:-leads}"
LEADS="${LEADS:-20000}"
PG_DB="${PG_DB:-page_heap}"
PORT="${PORT:-8114}"
MGMT="${MGMT:-8194}"
OUT="${OUT:-target/page-heap}"
rm -rf "$OUT" && mkdir -p "$OUT"
[ -f target/bench-classpath.txt ] || flock /tmp/maven.lock ./mvnw -B -q -o \
    org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
CP="target/load-classes:$(cat target/bench-classpath.txt)"
mkdir -p target/load-classes
"$JAVA_HOME/bin/javac" -nowarn -d target/load-classes -cp "$CP" bench/load/*.java >"$OUT/javac.log" 2>&1 \
  || { cat "$OUT/javac.log" >&2; exit 1; }

source bench/load/portal-on-postgres.sh
start_portal "$JAR" 1g ""
psql -h 127.0.0.1 -U postgres -d "$PG_DB" -v ON_ERROR_STOP=1 -v leads="$LEADS" -qtA -f bench/load/bench-leads.sql >"$OUT/leads.log"

"$JAVA" -Xmx512m -cp "$CP" bench.load.PageSessions "$PORT" "$SESSIONS" "$OUT/open" "$OUT/release" "$PAGE" >"$OUT/client.log" 2>&1 &
CLIENT=$!
until [ -f "$OUT/open" ]; do
  kill -0 "$CLIENT" 2>/dev/null || { echo "the browsers gave up; see $OUT/client.log" >&2; exit 1; }
  sleep 1
done
"$JAVA_HOME/bin/jcmd" "$SERVER" GC.heap_dump "$OUT/open.hprof" >/dev/null
touch "$OUT/release"
wait "$CLIENT"; CLIENT=""
"$JAVA" -Xmx8g -cp target/load-classes bench.load.SessionHeap "$OUT/open.hprof" >"$OUT/session-heap.txt" 2>"$OUT/session-heap.log"
[ -n "${KEEP_DUMP:-}" ] || rm -f "$OUT/open.hprof"
echo "== $JAR, $SESSIONS sessions on /${PAGE#/}: KB each session keeps (how many sessions), its views"
grep -E '^ +[0-9.]+ KB  \[' "$OUT/session-heap.txt" | sort | uniq -c
grep -E '^sessions [0-9]+' "$OUT/session-heap.txt"
