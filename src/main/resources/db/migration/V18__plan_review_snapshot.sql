-- What a reviewer saw of an offer's plans when they recorded a certification decision: what was
-- certified, and what the next review compares with (issues 16 and 18). The plans as JSON.
CREATE TABLE plan_review_snapshot (
    review_id  BIGINT           PRIMARY KEY REFERENCES certification_review (id),
    offer_id   BIGINT           NOT NULL REFERENCES offer (id),
    taken_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    content    VARCHAR(1000000) NOT NULL
);
CREATE INDEX ix_plan_review_snapshot_offer ON plan_review_snapshot (offer_id, taken_at);
