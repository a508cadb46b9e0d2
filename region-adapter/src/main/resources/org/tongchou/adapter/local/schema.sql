-- The region adapter's tables in the region's own PostgreSQL. Created by
-- `region-adapter init-db` and at the start of `region-adapter run`; safe to run again.

-- Facts for the hub. The region's system only INSERTs (id order is the order in which the
-- adapter pushes them); the adapter fills in every other column.
CREATE TABLE IF NOT EXISTS tongchou_outbox (
    id               BIGSERIAL   PRIMARY KEY,
    fact             JSONB       NOT NULL,                 -- one FACTS.md fact
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    state            TEXT        NOT NULL DEFAULT 'pending'
                     CHECK (state IN ('pending', 'accepted', 'duplicate', 'refused')),
    outcome_code     TEXT,         -- OK, or the refusal's google.rpc code (INVALID_ARGUMENT, ...)
    refusal          TEXT,         -- one line per field: "field  CODE  reason"
    receipt_event_id TEXT,         -- the hub's receipt (accepted and duplicate rows)
    receipt_position BIGINT,
    receipt_hash     TEXT,
    recorded_at      TIMESTAMPTZ,  -- when the hub recorded the fact
    attempts         INTEGER     NOT NULL DEFAULT 0,       -- pushes started for this row
    updated_at       TIMESTAMPTZ,
    resolved_at      TIMESTAMPTZ   -- set by a person who has dealt with a refused row
);
CREATE INDEX IF NOT EXISTS tongchou_outbox_pending ON tongchou_outbox (id) WHERE state = 'pending';
CREATE INDEX IF NOT EXISTS tongchou_outbox_refused ON tongchou_outbox (id)
    WHERE state = 'refused' AND resolved_at IS NULL;

-- What the hub's feed holds for the region, one row per fact, conflict or obligation event, for
-- the region's system to read in feed_position order. Only the adapter writes here.
CREATE TABLE IF NOT EXISTS tongchou_inbox (
    feed_position BIGINT      PRIMARY KEY,
    kind          TEXT        NOT NULL,
    record_id     TEXT,         -- fact: the reporting region's record id; obligation: the first change's
                                -- obligation_id (item lists every change); identity: the link id;
                                -- signed-checkpoint: its sequence (item holds body and signature)
    region        TEXT,         -- fact: the reporting division; conflict: the new claim's;
                                -- obligation: the responsible region
    occurred_on   DATE,         -- fact: occurredOn; conflict: the first overlapping day;
                                -- obligation: its due date, when the item carries it
    fact_type     TEXT,         -- fact: the FACTS.md type, e.g. ArrivalRegistered;
                                -- obligation: the status it moved to, e.g. overdue;
                                -- identity: requested, linked, split or declined
    person_key    TEXT,         -- the hub's pseudonymous key (the feed carries no ID number)
    item          JSONB       NOT NULL,   -- the whole FeedItem in proto JSON
    received_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS tongchou_inbox_person ON tongchou_inbox (person_key);
-- The kinds of row; replaced on every start so that an inbox made by an older adapter takes the
-- kinds added since (obligation, identity, access, signed-checkpoint). NOT VALID skips checking the rows already there (each
-- passed an older check, whose kinds are all still allowed): the table is then locked for a
-- moment, not for a scan of every row it has gathered. New rows are checked all the same.
ALTER TABLE tongchou_inbox DROP CONSTRAINT IF EXISTS tongchou_inbox_kind_check;
ALTER TABLE tongchou_inbox ADD CONSTRAINT tongchou_inbox_kind_check
    CHECK (kind IN ('fact', 'conflict', 'obligation', 'identity', 'access', 'signed-checkpoint', 'unknown')) NOT VALID;

-- Where the feed resumes: one row, written in the same transaction as each inbox row.
CREATE TABLE IF NOT EXISTS tongchou_feed_checkpoint (
    id            SMALLINT    PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    feed_position BIGINT      NOT NULL DEFAULT 0,  -- the last feed position stored
    hub_time      TIMESTAMPTZ,                     -- the hub's time at its last checkpoint item
    updated_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);
INSERT INTO tongchou_feed_checkpoint (id) VALUES (1) ON CONFLICT (id) DO NOTHING;
