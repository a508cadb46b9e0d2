-- Scorecards an office published, byte for byte (the CSV of Assessment.ExportCsv) with their SHA-256,
-- the read models' log position they were computed at and the policy versions, so that an auditor can
-- replay the log to that position and get the same bytes. Rows are never updated.
CREATE TABLE published_scorecard (
    id              VARCHAR(40)              PRIMARY KEY,
    region          VARCHAR(6)               NOT NULL,
    period          VARCHAR(16)              NOT NULL,
    seq             INTEGER                  NOT NULL,
    published_by    VARCHAR(16)              NOT NULL,
    published_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    log_position    BIGINT                   NOT NULL,
    policy_versions VARCHAR(1000)            NOT NULL,
    sha256          VARCHAR(64)              NOT NULL,
    content         BYTEA                    NOT NULL,
    CONSTRAINT published_scorecard_seq UNIQUE (region, period, seq)
);
