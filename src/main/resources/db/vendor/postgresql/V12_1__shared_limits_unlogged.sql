-- PostgreSQL only: the token buckets are written on every intake request and need no crash safety
-- (after a crash PostgreSQL empties an unlogged table, and an absent row is a full bucket). An
-- unlogged table writes no WAL, so a transaction that only takes a token commits without waiting
-- for a WAL flush. Not replicated to standbys either: after a failover the buckets start full.
-- The attempt windows stay logged: they are written only on failures, and a crash should not
-- lift a sign-in throttle.
ALTER TABLE rate_bucket SET UNLOGGED;
