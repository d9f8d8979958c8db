-- Marketplace-insights rows that the portal's own storefront produced (rolled up from
-- storefront_visit and storefront_action) are told apart from reported ones, so the roll-up
-- can replace its own rows without touching the others.
ALTER TABLE insight_visit ADD COLUMN origin VARCHAR(20) DEFAULT 'report' NOT NULL;
CREATE INDEX ix_insight_visit_origin ON insight_visit (origin, visit_date);

-- A tracking GUID's page reads its deployments from the insights rows by GUID alone.
CREATE INDEX ix_insight_deployment_tracking_guid ON insight_deployment (tracking_guid, deployment_date);
