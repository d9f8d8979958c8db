-- What a reviewer saw of a listing when they recorded a certification decision, so the next
-- review shows what changed since (issue 18). The fields as "name=value" lines (java.util.Properties).
CREATE TABLE listing_review_snapshot (
    review_id  BIGINT        PRIMARY KEY REFERENCES certification_review (id),
    offer_id   BIGINT        NOT NULL REFERENCES offer (id),
    taken_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    content    VARCHAR(200000) NOT NULL
);
CREATE INDEX ix_listing_review_snapshot_offer ON listing_review_snapshot (offer_id, taken_at);
