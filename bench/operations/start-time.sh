#!/usr/bin/env bash
# Time from `java …` to a served /login (issue 20), on an empty H2 file (no demo data, what a
# production install starts with), RUNS times per way of starting, in one run of this script:
#   plain     java -jar the production jar (Spring Boot's nested jars)
#   extracted the jar extracted (java -Djarmode=tools -jar … extract): a plain class path of jars
#   cache     extracted, with the JDK's ahead-of-time cache (JEP 483/514) a training run wrote and the
#             build's Spring AOT code (-Dspring.aot.enabled=true): the README's run command
#   image     the container image's own runtime, class path and cache (bench/image-smoke.sh's way of
#             running it, without a container engine; needs root), only when the image tar exists
# Prints each run, then per case the median, min and max.
# Usage: bench/operations/start-time.sh [jar] [runs]   (default: target/publisher-portal-*.jar, 5 runs)
set -euo pipefail
cd "$(dirname "$0")/../.."
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAR="${1:-$(ls target/publisher-portal-*.jar 2>/dev/null | grep -v original | head -n 1 || true)}"
[ -f "$JAR" ] || { echo "No production jar: ./mvnw -Pproduction package -DskipTests" >&2; exit 1; }
RUNS="${2:-5}"
PORT=8113
MGMT=8193
WORK=/tmp/start-time
APP="$WORK/app"
now_ms() { date +%s%3N; }

# The extracted application and its cache, as the production build writes them (bin/portal-aot-cache.sh).
rm -rf "$WORK" && mkdir -p "$WORK"
bin/portal-aot-cache.sh "$JAR" "$APP" >"$WORK/training.log" 2>&1 || { cat "$WORK/training.log" >&2; exit 1; }
MAIN_JAR="$APP/$(basename "$JAR")"
CASES="plain extracted cache"
IMAGE_TAR="$(dirname "$JAR")/jib-image.tar"
if [ "$(id -u)" -eq 0 ] && [ -f "$IMAGE_TAR" ]; then
  # The smoke test unpacks the image (and checks it serves); its root file system is kept for the runs.
  ROOTFS="$(SMOKE_KEEP=1 bench/image-smoke.sh "$IMAGE_TAR" | sed -nE 's/^image-smoke: kept (.*)$/\1/p')/rootfs"
  [ -d "$ROOTFS/app" ] || { echo "the image did not unpack" >&2; exit 1; }
  mkdir -p "$ROOTFS/proc" "$ROOTFS/dev"
  IMAGE_CMD=($(python3 -c 'import json,sys; m=json.load(open(sys.argv[1]+"/../image/manifest.json"))[0]; c=json.load(open(sys.argv[1]+"/../image/"+m["Config"]))["config"]; print(" ".join(c["Entrypoint"]))' "$ROOTFS"))
  CASES="$CASES image"
fi

one_run() {  # $1 case
  local data="$WORK/data-$1"
  rm -rf "$data"
  local args=(--server.port=$PORT --management.server.port=$MGMT --portal.data-dir="$data")
  local cmd
  case "$1" in
    plain) cmd=("$JAVA_HOME/bin/java" -jar "$JAR") ;;
    extracted) cmd=("$JAVA_HOME/bin/java" -jar "$MAIN_JAR") ;;
    cache) cmd=("$JAVA_HOME/bin/java" -XX:AOTCache="$APP/portal.aot" -Dspring.aot.enabled=true -jar "$MAIN_JAR") ;;
    # The image's entrypoint in its own root file system (new mount and PID namespaces, as image-smoke.sh).
    image) rm -rf "$ROOTFS/tmp/start-time" && mkdir -p "$ROOTFS/tmp/start-time" && data=/tmp/start-time/data
           args=(--server.port=$PORT --management.server.port=$MGMT --portal.data-dir="$data")
           cmd=(unshare --mount --pid --fork --kill-child=TERM --propagation private /bin/sh -c \
                'mount -t proc proc "$0/proc" && mount --rbind /dev "$0/dev" && exec unshare --root="$0" --wd=/app "$@"' \
                "$ROOTFS" "${IMAGE_CMD[@]}") ;;
  esac
  local t0 login=""
  t0=$(now_ms)
  "${cmd[@]}" "${args[@]}" >"$WORK/portal-$1.log" 2>&1 &
  local pid=$!
  # One polling process without forks (see await-http.py: a curl loop took CPU from the start).
  login=$(bench/operations/await-http.py "$t0" "$pid" "http://127.0.0.1:$PORT/login" | awk '{ print $2 }') \
    || { echo "the portal exited; see $WORK/portal-$1.log" >&2; exit 1; }
  # unshare --fork ignores SIGTERM while it waits: the image's java (its child) is stopped instead.
  pkill -TERM -P "$pid" 2>/dev/null || true; kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
  printf '%-9s /login 200 after %5d ms\n' "$1" "$login"
  echo "$1 $login" >>"$WORK/results"
}

echo "== $JAR, $RUNS runs per case, $(nproc) cores, $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1)"
echo "   cache: $(du -h "$APP/portal.aot" | cut -f1) ($(grep -o 'training took [0-9]* ms' "$WORK/training.log" || true))"
# Interleaved, so a slower minute of the machine weighs on every case alike.
for _ in $(seq 1 "$RUNS"); do
  for c in $CASES; do one_run "$c"; done
done
echo "== median (min–max) of $RUNS runs, ms to /login 200 on an empty H2"
for c in $CASES; do
  awk -v c="$c" '$1 == c { print $2 }' "$WORK/results" | sort -n | awk -v c="$c" '
    { v[NR] = $1 } END { printf "%-9s %5d  (%d–%d)\n", c, (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2), v[1], v[NR] }'
done
