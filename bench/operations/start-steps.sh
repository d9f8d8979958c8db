#!/usr/bin/env bash
# Where a start's time goes (issue 20): starts the extracted production jar with its ahead-of-time
# cache (the README's run command) on an empty H2 file, through StartSteps.java, which records
# Spring's start-up steps and prints them as a tree (total and own ms), then the CPU of each JVM
# thread up to a started context (the JIT's compilers beside the main thread).
# Usage: bench/operations/start-steps.sh [app dir] [min ms]
#   app dir: the extracted jar, lib/ and portal.aot (default target/portal, from -Pproduction package)
set -euo pipefail
cd "$(dirname "$0")/../.."
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
APP="${1:-target/portal}"
MIN_MS="${2:-15}"
MAIN_JAR="$(ls "$APP"/publisher-portal-*.jar 2>/dev/null | head -n 1 || true)"
[ -f "$MAIN_JAR" ] && [ -f "$APP/portal.aot" ] || { echo "No $APP: ./mvnw -Pproduction package -DskipTests" >&2; exit 1; }
WORK=/tmp/start-steps
rm -rf "$WORK" && mkdir -p "$WORK/classes"
"$JAVA_HOME/bin/javac" -nowarn -d "$WORK/classes" -cp "$MAIN_JAR:$APP/lib/*" bench/operations/StartSteps.java
# The jar first, as the cache was trained with it (its manifest names lib/); AOTMode=on fails rather
# than start without the cache.
"$JAVA_HOME/bin/java" -XX:AOTCache="$APP/portal.aot" -XX:AOTMode=on -Dspring.aot.enabled=true -DminMs="$MIN_MS" \
  -cp "$MAIN_JAR:$WORK/classes" StartSteps \
  --server.port=8114 --management.server.port=8194 --portal.data-dir="$WORK/data" >"$WORK/portal.log" 2>&1 \
  || { tail -n 20 "$WORK/portal.log" >&2; exit 1; }
grep -o 'Started Application in .*' "$WORK/portal.log" || true
sed -n '/^== steps/,$p' "$WORK/portal.log" | grep -vE '^[0-9]{4}-[0-9]{2}-[0-9]{2}T'
