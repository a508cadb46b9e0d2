-- Where an ID number's facts go once a second party confirmed that it is another person's: the
-- alias's new facts are recorded in the primary's stream. Written in the transaction that records
-- IdentityLinked (and removed with IdentityUnlinked), like fact_receipt beside FactRecorded.
CREATE TABLE person_link (
    alias_key   VARCHAR(64)              PRIMARY KEY,
    primary_key VARCHAR(64)              NOT NULL,
    link_id     VARCHAR(200)             NOT NULL,
    linked_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
