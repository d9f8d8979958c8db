-- LEADS new leads in Contoso's inbox (psql -v leads=N -f bench/load/bench-leads.sql): copies of one of
-- Contoso's new demo leads, each its own person and company, arrived over the last weeks, so that many
-- owners rarely open the same one. (The intake endpoint would be the natural way, but it limits the
-- rate per token, as it should.) Used by load-bench.sh and page-heap.sh.
INSERT INTO sales_lead (account_id, offer_ref, consulting, action_code, action, lead_source, source, source_action,
    offer_address, offer_title, description, first_name, last_name, email, phone, country, company, job_title,
    search_text, personal_data_removed, do_not_contact, test_lead, status, assigned_to, score_base, received_at,
    last_received_at, follow_up_due_at, handled_at, repeat_count, dedupe_key, idempotency_key, version, campaign)
SELECT l.account_id, l.offer_ref, l.consulting, l.action_code, l.action, l.lead_source, l.source, l.source_action,
    l.offer_address, l.offer_title, l.description, 'Load', 'Visitor ' || g, 'load' || g || '@bench.example', l.phone,
    l.country, 'Bench Company ' || g, l.job_title, lower('load visitor ' || g || ' load' || g || '@bench.example bench company ' || g),
    false, false, false, 'NEW', NULL, l.score_base, now() - g * interval '1 minute', now() - g * interval '1 minute',
    now() + interval '2 days', NULL, 0, md5('load-bench-' || g), 'load-bench-' || g, 0, l.campaign
FROM (SELECT s.* FROM sales_lead s JOIN publisher_account a ON a.id = s.account_id
      WHERE a.publisher_id = 'contoso' AND s.status = 'NEW' AND NOT s.test_lead ORDER BY s.id LIMIT 1) l,
     generate_series(1, :leads) g;
-- What autovacuum does on a production server after a bulk insert, done here because this machine's
-- PostgreSQL runs with autovacuum off (conf.d/90-ci.conf): without it the planner sees the inbox as
-- empty and every index-only scan reads the table too (the inbox's counts took 2-5 times as long).
VACUUM (ANALYZE);
SELECT count(*) FROM sales_lead WHERE status = 'NEW';
