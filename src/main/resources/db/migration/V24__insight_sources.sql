-- Insights fed by the portal's own registers (issue 17): every raw commerce row says where it
-- comes from. GENERATED rows are the demo generator's volume (demo data and benchmarks only);
-- REGISTER rows are written from the SaaS subscriptions register and its accepted usage events,
-- in the same transaction as the register's change. Rows before this migration were all generated.
ALTER TABLE insight_customer ADD COLUMN source VARCHAR(10) DEFAULT 'GENERATED' NOT NULL;
-- The register's customer: the beneficiary's tenant (or e-mail when the marketplace gives no tenant).
ALTER TABLE insight_customer ADD COLUMN register_key VARCHAR(254);
ALTER TABLE insight_order ADD COLUMN source VARCHAR(10) DEFAULT 'GENERATED' NOT NULL;
ALTER TABLE insight_usage ADD COLUMN source VARCHAR(10) DEFAULT 'GENERATED' NOT NULL;

CREATE INDEX ix_insight_customer_register ON insight_customer (account_id, register_key);
-- A subscription's order rows, for its changes, cancellation and usage.
CREATE INDEX ix_insight_order_subscription ON insight_order (account_id, marketplace_subscription_id, id);

-- Each metered event keeps its dimension's unit and price when it was reported, so that insights
-- charge it as the plan stood then, also when it is sent later by the retry job.
ALTER TABLE saas_usage_event ADD COLUMN unit VARCHAR(50);
ALTER TABLE saas_usage_event ADD COLUMN usd_price DECIMAL(18, 6);

-- E-mails of SaaS subscriptions (new, cancelled, usage rejected): a topic of their own, on by default.
ALTER TABLE email_preference ADD COLUMN subscriptions BOOLEAN DEFAULT TRUE NOT NULL;
