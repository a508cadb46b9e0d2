-- The only table with raw ID numbers and names: later work encrypts it per person and erases by key.
CREATE TABLE person_identity (
    person_key          VARCHAR(64)  PRIMARY KEY,
    id_number           VARCHAR(18)  NOT NULL,
    name                VARCHAR(200),
    sex                 CHAR(1)      NOT NULL,
    born_on             DATE         NOT NULL,
    registration_region VARCHAR(6),
    first_recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One row per recorded fact: the idempotency key and the receipt that every re-push returns.
CREATE TABLE fact_receipt (
    region          VARCHAR(6)   NOT NULL,
    record_id       VARCHAR(64)  NOT NULL,
    fingerprint     VARCHAR(64)  NOT NULL,
    person_key      VARCHAR(64)  NOT NULL,
    event_id        VARCHAR(255) NOT NULL,
    global_position BIGINT       NOT NULL,
    person_sequence BIGINT       NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    hash            VARCHAR(64)  NOT NULL,
    previous_hash   VARCHAR(64)  NOT NULL,
    -- record_id first: it is the selective column, so look-ups by (region, any of these ids)
    -- stay index range scans whatever the planner believes about the region's row count.
    PRIMARY KEY (record_id, region)
);
CREATE INDEX fact_receipt_person ON fact_receipt (person_key);

-- Region credentials: only the SHA-256 of each token is kept.
CREATE TABLE region_credential (
    token_hash   VARCHAR(64)  PRIMARY KEY,
    jurisdiction VARCHAR(6)   NOT NULL,
    label        VARCHAR(200) NOT NULL,
    issued_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at   TIMESTAMP WITH TIME ZONE
);
