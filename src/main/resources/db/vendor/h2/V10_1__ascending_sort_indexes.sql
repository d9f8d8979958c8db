-- H2 only: H2 reads an index in its own direction only, so the ascending sorts of the usage grid
-- (oldest first, smallest charge first) need ascending twins of the descending indexes.
-- PostgreSQL reads the descending ones backwards and has no such migration.
CREATE INDEX ix_insight_usage_date_asc ON insight_usage (account_id, usage_date, id);
CREATE INDEX ix_insight_usage_offer_asc ON insight_usage (account_id, offer_ref, usage_date, id);
CREATE INDEX ix_insight_usage_country_asc ON insight_usage (account_id, customer_country, usage_date, id);
CREATE INDEX ix_insight_usage_charge_asc ON insight_usage (account_id, estimated_charge, id);
CREATE INDEX ix_insight_usage_country_charge_asc ON insight_usage (account_id, customer_country, estimated_charge, id);
