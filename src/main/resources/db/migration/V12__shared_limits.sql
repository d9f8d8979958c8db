-- Limits that hold across nodes (issue 15): every node takes from the same rows, so two nodes
-- allow what one would. Times are microseconds since the epoch from the portal's clock (BIGINT:
-- the same arithmetic on H2 and PostgreSQL). Rows of idle keys are deleted by a scheduled job
-- (common.SharedLimitsCleanup); a missing row is a full bucket or a fresh window.

-- A token bucket per scope and key (intake per account, template checks per caller): tokens left
-- at refilled_at; taken with one conditional UPDATE that refills and takes (RateLimitRepository).
CREATE TABLE rate_bucket (
    scope       VARCHAR(40)      NOT NULL,
    bucket_key  VARCHAR(200)     NOT NULL,
    tokens      DOUBLE PRECISION NOT NULL,
    refilled_at BIGINT           NOT NULL,
    PRIMARY KEY (scope, bucket_key)
);
CREATE INDEX ix_rate_bucket_refilled ON rate_bucket (scope, refilled_at);

-- Attempts per client in fixed windows (failed sign-ins, sign-ups per address).
CREATE TABLE attempt_window (
    scope        VARCHAR(40)  NOT NULL,
    client_key   VARCHAR(200) NOT NULL,
    window_start BIGINT       NOT NULL,
    attempts     INTEGER      NOT NULL,
    PRIMARY KEY (scope, client_key)
);
CREATE INDEX ix_attempt_window_start ON attempt_window (scope, window_start);
