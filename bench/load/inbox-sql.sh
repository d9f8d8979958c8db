#!/usr/bin/env bash
# The lead inbox's SQL on PostgreSQL (issue 20): EXPLAIN ANALYZE of the queries the inbox sends, as
# LeadRepository writes them (parameters inlined), N times each; median, min and max of the
# execution time and the scans chosen. Run it on a database that load-bench.sh filled (the demo
# data and 20,000 new leads for Contoso), e.g. while the portal runs or after a run:
#
#   bench/load/inbox-sql.sh [DB=load_bench] [ACCOUNT=contoso's id] [N=7]
#   MODE=offset bench/load/inbox-sql.sh ...   the pages as before V25 (joined rows, then OFFSET), to compare
# "from the end": the same page read as the grid reads a page nearer the end of the rows it counted.
set -euo pipefail
DB="${1:-load_bench}"
N="${N:-7}"
MODE="${MODE:-ids-first}"
PSQL=(psql -h 127.0.0.1 -U postgres -d "$DB" -qtA)
ACCOUNT="${ACCOUNT:-$("${PSQL[@]}" -c "SELECT id FROM publisher_account WHERE publisher_id = 'contoso'")}"
SEL="SELECT l.id, l.account_id, l.offer_ref, o.name AS offer_name, COALESCE(o.name, l.offer_title) AS offer_label, l.consulting, l.action_code, l.action, l.lead_source, l.source, l.source_action, l.offer_address, l.offer_title, l.description, l.first_name, l.last_name, l.email, l.phone, l.country, l.company, l.job_title, l.personal_data_removed, l.do_not_contact, l.test_lead, l.status, l.assigned_to, u.display_name AS assigned_name, l.score_base + CASE WHEN l.last_received_at >= now() - interval '1 day' THEN 15 WHEN l.last_received_at >= now() - interval '3 days' THEN 10 WHEN l.last_received_at >= now() - interval '7 days' THEN 5 ELSE 0 END AS score, l.received_at, l.last_received_at, l.follow_up_due_at, l.handled_at, l.repeat_count, l.version, l.campaign"
JOINS="LEFT JOIN offer o ON o.id = l.offer_ref LEFT JOIN app_user u ON u.id = l.assigned_to"
ORDER="ORDER BY l.received_at DESC, l.id DESC"
REVERSED="ORDER BY l.received_at ASC, l.id ASC"
page() {  # WHERE LIMIT OFFSET [order of the ids]
  if [ "$MODE" = offset ]; then
    echo "$SEL FROM sales_lead l $JOINS WHERE $1 ${4:-$ORDER} LIMIT $2 OFFSET $3"
  else
    echo "$SEL FROM (SELECT l.id FROM sales_lead l WHERE $1 ${4:-$ORDER} LIMIT $2 OFFSET $3) page JOIN sales_lead l ON l.id = page.id $JOINS $ORDER"
  fi
}
# The same page read from the end (what the grid does once it has counted the rows): the ids in the
# reverse order, skipping the rows after the page.
from_end() {  # WHERE LIMIT OFFSET
  local rows
  rows=$("${PSQL[@]}" -c "SELECT COUNT(*) FROM sales_lead l WHERE $1")
  page "$1" "$2" $(( rows - $3 - $2 > 0 ? rows - $3 - $2 : 0 )) "$REVERSED"
}
ALL="l.account_id = $ACCOUNT"
NEW="l.account_id = $ACCOUNT AND l.status IN ('NEW')"
QUERIES=(
  "count|SELECT COUNT(*) FROM sales_lead l WHERE $ALL"
  "count status New|SELECT COUNT(*) FROM sales_lead l WHERE $NEW"
  "page 0|$(page "$ALL" 50 0)"
  "page 5000|$(page "$ALL" 100 5000)"
  "page 15000|$(page "$ALL" 100 15000)"
  "page New 0|$(page "$NEW" 50 0)"
  "page New 5000|$(page "$NEW" 100 5000)"
  "page New 15000|$(page "$NEW" 100 15000)"
  "page New 15000 from the end|$(from_end "$NEW" 100 15000)"
  "page 15000 from the end|$(from_end "$ALL" 100 15000)"
  "follow-up summary|SELECT COUNT(*), COALESCE(SUM(CASE WHEN follow_up_due_at >= now() AND follow_up_due_at < now() + interval '4 hours' THEN 1 ELSE 0 END), 0), COALESCE(SUM(CASE WHEN follow_up_due_at < now() THEN 1 ELSE 0 END), 0) FROM sales_lead WHERE account_id = $ACCOUNT AND status = 'NEW' AND do_not_contact = FALSE AND test_lead = FALSE"
  "distinct sources|SELECT DISTINCT source FROM sales_lead WHERE account_id = $ACCOUNT AND source IS NOT NULL ORDER BY source"
)
echo "$DB, account $ACCOUNT, pages $MODE, $N runs each (EXPLAIN ANALYZE execution time, ms)"
for entry in "${QUERIES[@]}"; do
  name="${entry%%|*}"; sql="${entry#*|}"
  times=$(for _ in $(seq 1 "$N"); do "${PSQL[@]}" -c "EXPLAIN (ANALYZE) $sql" | sed -n 's/^Execution Time: \([0-9.]*\) ms/\1/p'; done | sort -n | tr '\n' ' ')
  scans=$("${PSQL[@]}" -c "EXPLAIN $sql" | grep -oE "(Index Only Scan|Index Scan|Seq Scan|Incremental Sort)( Backward)?( using [a-z_]+)?" | grep -v _pkey | sort -u | paste -sd ';' -)
  awk -v n="$name" -v s="$scans" -v t="$times" 'BEGIN { k = split(t, a, " "); printf "%-27s median %7.2f  min %7.2f  max %7.2f  %s\n", n, a[int((k + 1) / 2)], a[1], a[k], s }'
done
