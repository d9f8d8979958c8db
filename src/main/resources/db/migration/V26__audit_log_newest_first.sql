-- The newest entries first, ties broken by id, as the audit log and the dashboard's recent activity
-- list them: with id in the index a page is read from it in order and the database stops after the
-- page (the indexes on occurred_at alone sorted every entry of the account to break the ties).
DROP INDEX ix_audit_log_account_occurred;
CREATE INDEX ix_audit_log_account_newest ON audit_log (account_id, occurred_at, id);
DROP INDEX ix_audit_log_occurred;
CREATE INDEX ix_audit_log_newest ON audit_log (occurred_at, id);
