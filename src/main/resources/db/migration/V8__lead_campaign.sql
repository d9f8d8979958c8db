-- Leads created on the storefront carry the campaign of the visit that led to them.
ALTER TABLE sales_lead ADD COLUMN campaign VARCHAR(50);
