#!/usr/bin/env bash
# Figures of issue 17: webhook calls/s the portal confirms (the emulator as the caller, p50/p99
# latency against the marketplace's time limit) and usage events/s accepted end to end.
# Runs SubscriptionsBench (portal + marketplace emulator on a random port, H2, real HTTP).
# Usage: bench/subscriptions/bench.sh [webhook calls] [threads] [subscriptions]
set -euo pipefail
cd "$(dirname "$0")/../.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
flock /tmp/maven.lock ./mvnw -B -q -o -Dtest=SubscriptionsBench -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench=true -Dbench.webhooks="${1:-2000}" -Dbench.threads="${2:-8}" -Dbench.subscriptions="${3:-50}" test \
  | tee /tmp/subscriptions-bench.log | grep "BENCH" || { tail -50 /tmp/subscriptions-bench.log; exit 1; }
