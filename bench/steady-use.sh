#!/usr/bin/env bash
# Steady use of a running portal (issue 14): posts leads to Contoso's demo intake at a steady rate
# for a while and logs the embedded database file's size every minute, so one can see whether the
# file keeps growing. The portal's own scheduled jobs (storefront roll-up, aggregate refresh,
# compaction) run meanwhile as they would in production.
#
#   bench/steady-use.sh <base-url> <data-dir> [minutes=60] [leads-per-second=5]
set -euo pipefail
BASE="${1:?base URL, e.g. http://localhost:8080}"
DATA_DIR="${2:?the data directory of the portal (portal.data-dir)}"
MINUTES="${3:-60}"
RATE="${4:-5}"
TOKEN="${TOKEN:-contoso-demo-intake-Q7xk2Lw9Rm4Tz8Vb}"
end=$(( $(date +%s) + MINUTES * 60 ))
pause=$(awk "BEGIN { print 1 / $RATE }")
(
  n=0
  while [ "$(date +%s)" -lt "$end" ]; do
    n=$((n + 1))
    body=$(printf '{"ActionCode":"INS","OfferTitle":"Contoso Analytics","LeadSource":"AzureMarketplace","Description":"Steady use %d","UserDetails":{"FirstName":"Steady","LastName":"User %d","Email":"steady-%d-%d@load.example","Company":"Load Co","Country":"FR"}}' "$n" "$n" "$n" "$$")
    curl -s -o /dev/null -w '%{http_code}\n' -X POST "$BASE/intake/leads/$TOKEN" \
      -H 'Content-Type: application/json' -d "$body"
    sleep "$pause"
  done
) | sort | uniq -c > /tmp/steady-use-statuses.txt &
printf 'minute  file_MB\n'
for ((m = 0; m <= MINUTES; m++)); do
  printf '%6d  %7d\n' "$m" $(( $(stat -c %s "$DATA_DIR/portal.mv.db") / 1048576 ))
  [ "$m" -lt "$MINUTES" ] && sleep 60
done
wait
echo "HTTP statuses of the intake posts:"; cat /tmp/steady-use-statuses.txt
