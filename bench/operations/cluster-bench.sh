#!/usr/bin/env bash
# Lead intake through HAProxy to two portal nodes against one node directly (issue 15), with the same
# client (bench/IntakeLoadClient.java) in the same run: two production jars on one fresh PostgreSQL
# database, the demo data for Contoso's intake token, HAProxy with docker/haproxy.cfg's balancing options.
# Order: node 1 directly, the two nodes through HAProxy, then both again (the first rounds warm the JITs).
# Usage: bench/operations/cluster-bench.sh [jar] [leads] [concurrency]
set -euo pipefail
cd "$(dirname "$0")/../.."
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA="$JAVA_HOME/bin/java"
JAR="${1:-/tmp/portal-ci-artifacts/portal.jar}"
[ -f "$JAR" ] || { echo "No production jar at $JAR: run .ci/run or ./mvnw -Pproduction package -DskipTests" >&2; exit 1; }
LEADS="${2:-30000}"
CONCURRENCY="${3:-16}"
WORK=/tmp/cluster-bench
PG_DB=cluster_bench
TOKEN=contoso-demo-intake-Q7xk2Lw9Rm4Tz8Vb
PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

rm -rf "$WORK" && mkdir -p "$WORK"
psql -h 127.0.0.1 -U postgres -qtAc "DROP DATABASE IF EXISTS $PG_DB" -c "CREATE DATABASE $PG_DB" >/dev/null
start_node() {  # name port management-port
  "$JAVA" -Xmx1g -jar "$JAR" --server.port="$2" --management.server.port="$3" --portal.node-name="$1" \
    --portal.data-dir="$WORK/$1" --portal.demo-data.enabled=true --spring.profiles.active=postgres \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$PG_DB" --spring.datasource.username=postgres \
    --spring.datasource.password= --portal.leads.intake.rate-per-second=1000000 --portal.leads.intake.burst=1000000 \
    >"$WORK/$1.log" 2>&1 &
  PIDS+=($!)
}
t0=$(date +%s%3N)
start_node node-1 8121 8181
start_node node-2 8122 8182
for m in 8181 8182; do
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$m/actuator/health/readiness")" = 200 ]; do
    for pid in "${PIDS[@]}"; do kill -0 "$pid" || { echo "a node exited; see $WORK/*.log" >&2; exit 1; }; done
    sleep 0.1
  done
  echo "node on management port $m ready after $(( $(date +%s%3N) - t0 )) ms (both launched together)"
done

cat >"$WORK/haproxy.cfg" <<CFG
global
    maxconn 4096
defaults
    mode http
    timeout connect 5s
    timeout client 65s
    timeout server 65s
    option redispatch 1
    retries 2
    retry-on conn-failure empty-response 503
frontend portal
    bind 127.0.0.1:8120
    default_backend nodes
backend nodes
    balance roundrobin
    cookie PORTALNODE insert indirect nocache httponly
    option httpchk GET /actuator/health/readiness
    http-check expect status 200
    default-server check inter 1s fall 2 rise 2
    server node-1 127.0.0.1:8121 port 8181 cookie node-1
    server node-2 127.0.0.1:8122 port 8182 cookie node-2
CFG
/usr/sbin/haproxy -db -f "$WORK/haproxy.cfg" >"$WORK/haproxy.log" 2>&1 &
PIDS+=($!)
sleep 3

run() {  # label url
  echo "== $1"
  "$JAVA" bench/IntakeLoadClient.java --url "$2/intake/leads/$TOKEN" --leads "$LEADS" --warmup 10000 \
    --concurrency "$CONCURRENCY" | grep -E 'Measured|Warm-up'
}
run "node 1 directly" http://127.0.0.1:8121
run "two nodes through HAProxy" http://127.0.0.1:8120
run "node 1 directly, again" http://127.0.0.1:8121
run "two nodes through HAProxy, again (both nodes warm)" http://127.0.0.1:8120
echo "Leads stored: $(psql -h 127.0.0.1 -U postgres -d "$PG_DB" -qtAc "SELECT COUNT(*) FROM sales_lead")"
