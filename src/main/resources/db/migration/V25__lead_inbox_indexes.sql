-- The lead inbox under load (issue 20): indexes that answer its frequent reads from the index alone.
-- The grid's pages end their order with the id (received_at DESC, id DESC): with the id in the
-- index, a page is read in index order without a sort, and OFFSET skips index entries only (the
-- page's ids are chosen first, then only those rows are read).
DROP INDEX ix_sales_lead_account_received;
CREATE INDEX ix_sales_lead_account_received ON sales_lead (account_id, received_at, id);
DROP INDEX ix_sales_lead_account_status;
CREATE INDEX ix_sales_lead_account_status ON sales_lead (account_id, status, received_at, id);
-- The follow-up summary (open, due soon, overdue NEW leads), on every inbox and dashboard.
CREATE INDEX ix_sales_lead_follow_up ON sales_lead (account_id, status, do_not_contact, test_lead, follow_up_due_at);
-- The source filter's choices.
CREATE INDEX ix_sales_lead_account_source ON sales_lead (account_id, source);
