-- A publisher with a LIVE offer and a known intake token, for benchmarking the production jar
-- (which has no demo data). Portable SQL: run with H2's Shell or psql against the portal's database.
INSERT INTO publisher_account (publisher_id, legal_name, display_name, country, status, created_at, version)
VALUES ('bench', 'Bench Publisher Ltd', 'Bench', 'US', 'ACTIVE', CURRENT_TIMESTAMP, 0);
-- The user cannot sign in: the hash matches no password.
INSERT INTO app_user (email, display_name, password_hash, created_at)
VALUES ('bench-owner@bench.example', 'Bench Owner', '!disabled', CURRENT_TIMESTAMP);
INSERT INTO offer (account_id, offer_id, name, offer_type, status, created_by, created_at, version)
SELECT a.id, 'bench-offer', 'Bench Offer', 'SAAS', 'LIVE', u.id, CURRENT_TIMESTAMP, 0
FROM publisher_account a, app_user u WHERE a.publisher_id = 'bench' AND u.email = 'bench-owner@bench.example';
INSERT INTO lead_intake_token (account_id, token, created_at)
SELECT id, 'bench-intake-token-0123456789abcdef', CURRENT_TIMESTAMP FROM publisher_account WHERE publisher_id = 'bench';
