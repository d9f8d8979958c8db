#!/usr/bin/env bash
# Extracts the production jar into a directory and writes the JDK's ahead-of-time cache beside it
# (JEP 483/514, Java 25): a training run starts the portal on an empty H2 file, serves the sign-in
# page and the storefront once, and stops; the JVM then stores the classes it loaded and linked,
# and their profiles, so later starts skip that work. It runs the build's Spring AOT code
# (-Dspring.aot.enabled=true), as the README's run command and the image do. A cache only serves
# the same JDK and the same jars (a directory moved as a whole is fine): run this again after a new
# build (the production build does, into target/portal/, and for the container image with its own
# runtime into target/image-app/).
#
#   bin/portal-aot-cache.sh target/publisher-portal-0.1.0-SNAPSHOT.jar target/portal
#   java -XX:AOTCache=target/portal/portal.aot -Dspring.aot.enabled=true -jar target/portal/publisher-portal-0.1.0-SNAPSHOT.jar
#
# Without the cache (or with a stale one, which the JVM ignores with a warning) the portal starts the same, only slower.
set -euo pipefail
jar="${1:?usage: portal-aot-cache.sh <production jar> <directory>}"
dest="${2:?usage: portal-aot-cache.sh <production jar> <directory>}"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
port="${PORTAL_TRAINING_PORT:-18123}"
management_port="${PORTAL_TRAINING_MANAGEMENT_PORT:-18124}"

rm -rf "$dest"
"$java" -Djarmode=tools -jar "$jar" extract --destination "$dest"
main_jar="$dest/$(basename "$jar")"
[ -f "$main_jar" ] || { echo "portal-aot-cache: no $main_jar after extracting" >&2; exit 1; }
# A cache checks each jar's size and time: for the container image, the jars are dated as Jib dates
# the image's files (PORTAL_AOT_FILE_TIME=@1), before the training reads them.
if [ -n "${PORTAL_AOT_FILE_TIME:-}" ]; then
  find "$dest" -exec touch -h -d "$PORTAL_AOT_FILE_TIME" {} +
fi

data="$(mktemp -d /tmp/portal-aot-training.XXXXXX)"
trap 'rm -rf "$data"' EXIT
started=$(date +%s%3N)
"$java" -XX:AOTCacheOutput="$dest/portal.aot" -Dspring.aot.enabled=true -jar "$main_jar" --server.port="$port" \
  --management.server.port="$management_port" --portal.data-dir="$data" --portal.demo-data.enabled=false \
  >"$data/training.log" 2>&1 &
pid=$!
for _ in $(seq 1 600); do
  kill -0 "$pid" 2>/dev/null || { cat "$data/training.log" >&2; echo "portal-aot-cache: the training run stopped" >&2; exit 1; }
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/login")" = 200 ] && break
  sleep 0.1
done
for path in /login /marketplace /signup; do
  curl -s -o /dev/null "http://127.0.0.1:$port$path" || true
done
kill -TERM "$pid"
wait "$pid" || true
[ -s "$dest/portal.aot" ] || { cat "$data/training.log" >&2; echo "portal-aot-cache: no cache was written" >&2; exit 1; }
echo "portal-aot-cache: $dest/portal.aot ($(du -h "$dest/portal.aot" | cut -f1)); training took $(( $(date +%s%3N) - started )) ms"
