#!/usr/bin/env bash
# Many users at once (issue 20, part 1): the production jar on a fresh PostgreSQL database with the
# demo data, driven by bench/load's browser-like load client; per-step round trips, the heap
# retained per open session (after a full GC) with a class histogram, and the heap after the
# pages are left and after the sessions expired; the CPU of the server, the client,
# PostgreSQL and the whole machine, apart. Not a test.
#
#   bench/load/load-bench.sh USERS            e.g. 50 (validation), 100, 300, 1000
#
# Environment (defaults):
#   DURATION=300     measured seconds after the ramp       RAMP=USERS/5 s (at most 120)
#   THINK=3-8        think time between steps, seconds     MIX=owner:6,reviewer:1,visitor:3
#   XMX=1g           the portal's -Xmx                     SESSION_TIMEOUT=2m (server.servlet.session.timeout)
#   LEADS=20000      new leads added to Contoso's inbox first (status changes spread over them)
#   WARMUP_USERS=10  WARMUP_SECONDS=60: a warm-up run whose sessions expire before the baseline (0: none)
#   CLIENT_XMX=1g    the load client's -Xmx                JAR=target/publisher-portal-*.jar
#   PG_DB=load_bench PORT=8112 MGMT=8192                   OUT=target/load-bench/USERS-users
#   SERVER_CPUS / CLIENT_CPUS   taskset -c lists (unset: no pinning; CPU is measured per process anyway)
#   LAUNCH=extracted the jar extracted, as the README runs it; LAUNCH=jar: java -jar (figures before 2026-12-03)
#   EXTRA_ARGS       more portal arguments, split on spaces, as in bench/intake-bench.sh
#                    (e.g. --server.tomcat.threads.max=32)
#   SERVER_JAVA_OPTS more JVM options for the portal only, split on spaces (e.g. -XX:+UseParallelGC)
#   (with pg_stat_statements preloaded by PostgreSQL, the measured phase's statements: $OUT/statements.tsv)
#   DUMP=0           1: a heap dump with the sessions idle, read by SessionHeap into $OUT/session-heap.txt
#                    (KEEP_DUMP=1 keeps it, $OUT/open.hprof; DETAIL_VIEWS=DashboardView,… details those views' sessions)
#   PROFILE=0        seconds of a JFR recording of the server from the start of the measured phase
#                    ($OUT/server.jfr; read it with bench/load/jfr-inclusive.py); it costs the server CPU
set -euo pipefail
cd "$(dirname "$0")/../.."
USERS="${1:-50}"
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
JAVA="$JAVA_HOME/bin/java"
DURATION="${DURATION:-300}"
RAMP="${RAMP:-$(( USERS / 5 > 120 ? 120 : (USERS / 5 < 5 ? 5 : USERS / 5) ))}"
THINK="${THINK:-3-8}"
MIX="${MIX:-owner:6,reviewer:1,visitor:3}"
XMX="${XMX:-1g}"
CLIENT_XMX="${CLIENT_XMX:-1g}"
SESSION_TIMEOUT="${SESSION_TIMEOUT:-2m}"
LEADS="${LEADS:-20000}"
WARMUP_USERS="${WARMUP_USERS:-10}"
WARMUP_SECONDS="${WARMUP_SECONDS:-60}"
PG_DB="${PG_DB:-load_bench}"
PORT="${PORT:-8112}"
MGMT="${MGMT:-8192}"
OUT="${OUT:-target/load-bench/$USERS-users}"
mkdir -p "$OUT"
rm -f "$OUT/idle" "$OUT/release"

JAR="${JAR:-$(ls target/publisher-portal-*.jar 2>/dev/null | head -n 1 || true)}"
if [ ! -f "$JAR" ]; then
  flock /tmp/maven.lock ./mvnw -B -q -o -Pproduction package -DskipTests
  JAR="$(ls target/publisher-portal-*.jar | head -n 1)"
fi
# The client's classpath: the project's test classpath (Jackson, HdrHistogram, Selenium for the recorder).
if [ ! -f target/bench-classpath.txt ] || [ pom.xml -nt target/bench-classpath.txt ]; then
  flock /tmp/maven.lock ./mvnw -B -q -o org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
      -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
fi
CP="target/load-classes:$(cat target/bench-classpath.txt)"
mkdir -p target/load-classes
"$JAVA_HOME/bin/javac" -d target/load-classes -cp "$CP" bench/load/*.java

# exec: in a background job the process keeps the job's pid ($!), which /proc and jcmd need.
pin() { local cpus="$1"; shift; if [ -n "$cpus" ]; then exec taskset -c "$cpus" "$@"; else exec "$@"; fi; }
ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }                     # utime + stime of the process
# The whole machine's CPU, all cores added up (/proc/stat): prints two tick counts, busy then all;
# busy is all but idle and I/O wait.
machine_ticks() { awk '$1 == "cpu" { print $2 + $3 + $4 + $7 + $8 + $9, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9 }' /proc/stat; }
# PostgreSQL's processes on this machine (the pool's backends stay for the run; one that ends loses its ticks).
pg_ticks() { local t=0 p; for p in $(pgrep -x postgres); do t=$(( t + $(ticks "$p" 2>/dev/null || echo 0) )); done; echo "$t"; }
# pg_stat_statements, when PostgreSQL preloads it (shared_preload_libraries; setting it needs a restart):
# the statements of the measured phase by total execution time, in $OUT/statements.tsv.
psql_bench() { psql -h 127.0.0.1 -U postgres -d "$PG_DB" -v ON_ERROR_STOP=1 -qAt "$@"; }
STATEMENTS=$(psql -h 127.0.0.1 -U postgres -qAtc "SHOW shared_preload_libraries" | grep -c pg_stat_statements || true)
cpu_s() { awk -v t="$1" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.1f", t / hz }'; }
heap_kb() {  # heap used after a full GC, in KB
  "$JAVA_HOME/bin/jcmd" "$1" GC.run >/dev/null
  "$JAVA_HOME/bin/jcmd" "$1" GC.run >/dev/null
  local info
  info=$("$JAVA_HOME/bin/jcmd" "$1" GC.heap_info)
  # G1 prints the whole heap on one line; the Parallel and Serial collectors one line per generation
  # (Metaspace's lines are not heap). No pipe into head: with pipefail an early-closing reader fails the script.
  # Another collector (ZGC, Shenandoah) stops the run here rather than report a heap of 0.
  awk '/garbage-first heap|PSYoungGen|ParOldGen|def new generation|tenured generation/ && match($0, /used [0-9]+K/) {
         used += substr($0, RSTART + 5, RLENGTH - 6); lines++ }
       END { if (!lines) { print "heap_kb: GC.heap_info has no G1, Parallel or Serial heap line" > "/dev/stderr"; exit 1 }
             print used }' <<<"$info"
}
mb() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }

echo "== $JAR (${LAUNCH:-extracted}) on PostgreSQL ($PG_DB), -Xmx$XMX, session timeout $SESSION_TIMEOUT, $(nproc) cores"
source bench/load/portal-on-postgres.sh
read -r -a EXTRA <<< "${EXTRA_ARGS:-}"
start_portal "$JAR" "$XMX" "${SERVER_CPUS:-}" --server.servlet.session.timeout="$SESSION_TIMEOUT" "${EXTRA[@]}"
echo "ready; adding $LEADS new leads to Contoso's inbox"
psql_bench -v leads="$LEADS" -f bench/load/bench-leads.sql >"$OUT/leads.log"
echo "new leads in the database: $(tail -n 1 "$OUT/leads.log")"

SESSION_SECS=$(echo "$SESSION_TIMEOUT" | awk '/m$/ { print $0 * 60; next } /s$/ { print $0 + 0; next } { print $0 * 60 }')
if [ "$WARMUP_USERS" -gt 0 ]; then
  # Warm-up (JIT, caches, the driver's statement metadata), not measured; its sessions end before the
  # baseline, so that what stays after the measured sessions expired is theirs, not the first use's.
  echo "warm-up: $WARMUP_USERS users for $WARMUP_SECONDS s, then ${SESSION_TIMEOUT} + 70 s for their sessions to expire"
  "$JAVA" -Xmx512m -cp "$CP" bench.load.LoadClient --base "http://127.0.0.1:$PORT" --users "$WARMUP_USERS" --ramp 5 \
      --duration "$WARMUP_SECONDS" --think "$THINK" --mix "$MIX" --hold 0 --csv "$OUT/warmup.csv" >"$OUT/warmup.log" 2>&1
  sleep $(( SESSION_SECS + 70 ))
fi
BASE_KB=$(heap_kb "$SERVER")
"$JAVA_HOME/bin/jcmd" "$SERVER" GC.class_histogram > "$OUT/histogram-baseline-full.txt"
echo "baseline heap after full GC: $(mb "$BASE_KB") MB"
rm -f "$OUT/measuring"

( pin "${CLIENT_CPUS:-}" "$JAVA" "-Xmx$CLIENT_XMX" -cp "$CP" bench.load.LoadClient --base "http://127.0.0.1:$PORT" \
    --users "$USERS" --ramp "$RAMP" --duration "$DURATION" --think "$THINK" --mix "$MIX" \
    --hold 3600 --idle-marker "$OUT/idle" --release-file "$OUT/release" --csv "$OUT/steps.csv" \
    --measure-marker "$OUT/measuring" --ramp-csv "$OUT/ramp.csv" ) >"$OUT/client.log" 2>&1 &
CLIENT=$!
echo "ramping up $USERS users over $RAMP s"
while [ ! -f "$OUT/measuring" ]; do
  kill -0 "$CLIENT" 2>/dev/null || { echo "the client exited; see $OUT/client.log" >&2; exit 1; }
  sleep 0.2
done
S0=$(ticks "$SERVER")
C0=$(ticks "$CLIENT")
P0=$(pg_ticks)
read -r M0 A0 <<< "$(machine_ticks)"
if [ "$STATEMENTS" -gt 0 ]; then
  psql_bench -c "CREATE EXTENSION IF NOT EXISTS pg_stat_statements" -c "SELECT pg_stat_statements_reset()" >/dev/null
fi
echo "measuring $DURATION s"
if [ "${PROFILE:-0}" -gt 0 ]; then
  "$JAVA_HOME/bin/jcmd" "$SERVER" JFR.start duration="${PROFILE}s" settings=profile filename="$(realpath "$OUT")/server.jfr" >/dev/null
fi
while [ ! -f "$OUT/idle" ]; do
  kill -0 "$CLIENT" 2>/dev/null || { echo "the client exited; see $OUT/client.log" >&2; exit 1; }
  sleep 1
done
S1=$(ticks "$SERVER")
C1=$(ticks "$CLIENT")
P1=$(pg_ticks)
read -r M1 A1 <<< "$(machine_ticks)"
if [ "$STATEMENTS" -gt 0 ]; then
  psql_bench -F $'\t' -c "SELECT calls, round(total_exec_time::numeric, 1), rows, regexp_replace(query, '\s+', ' ', 'g')
      FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid WHERE d.datname = current_database()
      ORDER BY total_exec_time DESC" > "$OUT/statements.tsv"
fi
SESSIONS=$(cat "$OUT/idle")
cat "$OUT/client.log"

# All sessions open and idle (heartbeats only).
OPEN_KB=$(heap_kb "$SERVER")
"$JAVA_HOME/bin/jcmd" "$SERVER" GC.class_histogram > "$OUT/histogram-open-full.txt"
head -n 43 "$OUT/histogram-open-full.txt" > "$OUT/histogram-open.txt"
PER_KB=$(awk -v o="$OPEN_KB" -v b="$BASE_KB" -v s="$SESSIONS" 'BEGIN { printf "%.1f", (s > 0 ? (o - b) / s : 0) }')
# What the open sessions added, class by class (histogram minus the baseline's), per session.
growth() {  # $1 baseline histogram, $2 later histogram, $3 divisor; the 30 classes that grew most
  awk -v s="$3" 'FNR == 1 { f++ } $1 ~ /^[0-9]+:$/ { if (f == 1) { bb[$4] = $3; bi[$4] = $2 } else { ab[$4] = $3; ai[$4] = $2 } }
    END { for (c in ab) { d = ab[c] - bb[c]; if (d > 0) printf "%12.1f KB %10.1f instances  %s\n", d / 1024 / s, (ai[c] - bi[c]) / s, c } }' \
    "$1" "$2" | sort -rn | awk 'NR <= 30'
}
growth "$OUT/histogram-baseline-full.txt" "$OUT/histogram-open-full.txt" "$SESSIONS" > "$OUT/histogram-per-session.txt"
if [ "${DUMP:-0}" = 1 ]; then  # what each idle session keeps, read from a heap dump (as page-heap.sh does)
  "$JAVA_HOME/bin/jcmd" "$SERVER" GC.heap_dump "$(cd "$OUT" && pwd)/open.hprof" >/dev/null
  "$JAVA" -Xmx8g -cp target/load-classes bench.load.SessionHeap "$OUT/open.hprof" >"$OUT/session-heap.txt" 2>"$OUT/session-heap.log"
  [ "${KEEP_DUMP:-0}" = 1 ] || rm -f "$OUT/open.hprof"
fi

# Leave the pages: every tab's unload beacon; then the HTTP sessions expire.
touch "$OUT/release"
wait "$CLIENT" || true
CLIENT=""
tail -n +1 "$OUT/client.log" | sed -n '/leaving the pages/,$p'
sleep 5
UNLOAD_KB=$(heap_kb "$SERVER")
echo "waiting for the sessions to expire ($SESSION_TIMEOUT + 70 s for Tomcat's expiry sweep)"
sleep $(( SESSION_SECS + 70 ))
EXPIRED_KB=$(heap_kb "$SERVER")
"$JAVA_HOME/bin/jcmd" "$SERVER" GC.class_histogram > "$OUT/histogram-expired-full.txt"
growth "$OUT/histogram-baseline-full.txt" "$OUT/histogram-expired-full.txt" 1 > "$OUT/histogram-expired-growth.txt"
S2=$(ticks "$SERVER")

REQUESTS=$(awk -F, '$1 == "TOTAL" { print $3 }' "$OUT/steps.csv")
{
  echo "warm-up                    $WARMUP_USERS users for $WARMUP_SECONDS s, expired before the baseline"
  echo "users                      $USERS ($MIX), ramp ${RAMP} s (ramp figures: $OUT/ramp.csv), measured ${DURATION} s, think ${THINK} s"
  echo "portal                     ${LAUNCH:-extracted}, -Xmx$XMX, session timeout $SESSION_TIMEOUT, $(nproc) cores, pinning: server ${SERVER_CPUS:-none}, client ${CLIENT_CPUS:-none}"
  echo "sessions open at the end   $SESSIONS"
  echo "heap baseline (full GC)    $(mb "$BASE_KB") MB"
  echo "heap, sessions open, idle  $(mb "$OPEN_KB") MB   -> retained per session $PER_KB KB"
  echo "heap, pages left (unload)  $(mb "$UNLOAD_KB") MB"
  echo "heap, sessions expired     $(mb "$EXPIRED_KB") MB   (baseline $(mb "$BASE_KB") MB)"
  echo "server CPU, measured phase $(cpu_s $((S1 - S0))) s   ($(awk -v t=$((S1 - S0)) -v hz="$(getconf CLK_TCK)" -v r="$REQUESTS" 'BEGIN { printf "%.2f", (r > 0 ? t / hz * 1000 / r : 0) }') ms per request)"
  echo "server CPU, idle to expiry $(cpu_s $((S2 - S1))) s"
  echo "client CPU, measured phase $(cpu_s $((C1 - C0))) s   (whole client so far: $(cpu_s "$C1") s)"
  echo "PostgreSQL CPU, measured   $(cpu_s $((P1 - P0))) s"
  if [ "$STATEMENTS" -gt 0 ]; then
    echo "statements, measured       $(awk -F'\t' -v r="$REQUESTS" -v f="$OUT/statements.tsv" '{ c += $1; t += $2 } END { printf "%d (%.2f per request), %.1f s executing; by time: %s", c, (r > 0 ? c / r : 0), t / 1000, f }' "$OUT/statements.tsv")"
  else
    echo "statements, measured       (pg_stat_statements is not preloaded)"
  fi
  echo "machine CPU, measured      $(cpu_s $((M1 - M0))) s busy of $(cpu_s $((A1 - A0))) s ($(awk -v b=$((M1 - M0)) -v a=$((A1 - A0)) 'BEGIN { printf "%.0f", (a > 0 ? 100 * b / a : 0) }') %); the rest of the busy time: $(cpu_s $(( (M1 - M0) - (S1 - S0) - (C1 - C0) - (P1 - P0) ))) s (kernel threads, the machine's other services)"
  echo "requests (measured phase)  $REQUESTS; per step: $OUT/steps.csv"
  echo "histograms                 $OUT/histogram-open.txt (top 40), $OUT/histogram-per-session.txt (growth per session),"
  echo "                           $OUT/histogram-expired-growth.txt (what stayed after expiry, whole heap)"
  echo "growth per open session, by class (open minus baseline, divided by sessions):"
  head -n 20 "$OUT/histogram-per-session.txt"
  echo "what stayed after the sessions expired (minus baseline, whole heap):"
  head -n 10 "$OUT/histogram-expired-growth.txt"
} | tee "$OUT/summary.txt"
