-- Verticals under each industry (the marketplace's list; names come from the I18N bundles as
-- vertical.<code>). A listing names at most two verticals per industry it has chosen.
CREATE TABLE listing_vertical (
    code          VARCHAR(80) PRIMARY KEY,
    industry_code VARCHAR(40) NOT NULL REFERENCES listing_industry (code),
    sort_order    INTEGER     NOT NULL
);
INSERT INTO listing_vertical (code, industry_code, sort_order) VALUES
 ('automotive.manufacturers', 'automotive', 1), ('automotive.dealers', 'automotive', 2),
 ('education.higher-education', 'education', 1), ('education.k12', 'education', 2),
 ('education.libraries-museums', 'education', 3),
 ('energy.oil-gas', 'energy', 1), ('energy.power-utilities', 'energy', 2),
 ('financial-services.banking-capital-markets', 'financial-services', 1),
 ('financial-services.insurance', 'financial-services', 2),
 ('government.civilian', 'government', 1), ('government.defense-intelligence', 'government', 2),
 ('government.public-safety-justice', 'government', 3),
 ('healthcare.payor', 'healthcare', 1), ('healthcare.provider', 'healthcare', 2),
 ('healthcare.pharmaceuticals', 'healthcare', 3),
 ('hospitality.hotels-leisure', 'hospitality', 1), ('hospitality.restaurants-food', 'hospitality', 2),
 ('hospitality.travel', 'hospitality', 3),
 ('manufacturing.process', 'manufacturing', 1), ('manufacturing.discrete', 'manufacturing', 2),
 ('manufacturing.chemical-agrochemical', 'manufacturing', 3),
 ('media-communications.media-entertainment', 'media-communications', 1),
 ('media-communications.telecommunications', 'media-communications', 2),
 ('professional-services.partner-services', 'professional-services', 1),
 ('professional-services.legal', 'professional-services', 2),
 ('retail.retailers', 'retail', 1), ('retail.consumer-goods', 'retail', 2),
 ('transportation.wholesale-distribution', 'transportation', 1),
 ('transportation.parcel-shipping', 'transportation', 2);

-- The verticals a listing revision names, as the other lists: codes joined by newlines.
ALTER TABLE listing_revision ADD COLUMN verticals VARCHAR(2000);

-- A video's length in seconds, as the publisher gives it (the advisor checks 60–90 s).
ALTER TABLE listing_media ADD COLUMN duration_seconds INTEGER;
