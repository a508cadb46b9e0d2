-- Read model of residence conflicts, for offices to find those they can rule on.
CREATE TABLE conflict_view (
    conflict_id        VARCHAR(170) PRIMARY KEY,
    person_key         VARCHAR(64)  NOT NULL,
    existing_region    VARCHAR(6)   NOT NULL,
    existing_from      DATE         NOT NULL,
    existing_until     DATE,
    claimed_region     VARCHAR(6)   NOT NULL,
    claimed_from       DATE         NOT NULL,
    overlap_from       DATE         NOT NULL,
    provisional_region VARCHAR(6)   NOT NULL,
    status             VARCHAR(16)  NOT NULL,
    residence_region   VARCHAR(6),
    recorded_on        DATE         NOT NULL,
    last_position      BIGINT       NOT NULL
);
CREATE INDEX conflict_view_existing ON conflict_view (existing_region);
CREATE INDEX conflict_view_claimed ON conflict_view (claimed_region);

-- Disputes of an obligation's responsibility, on the obligation's row.
ALTER TABLE obligation_view ADD COLUMN dispute VARCHAR(16);
ALTER TABLE obligation_view ADD COLUMN disputed_by VARCHAR(6);
ALTER TABLE obligation_view ADD COLUMN dispute_reason VARCHAR(500);
ALTER TABLE obligation_view ADD COLUMN dispute_ruling VARCHAR(500);
