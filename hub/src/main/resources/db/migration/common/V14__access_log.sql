-- The access log: one entry per read of personal data, append-only, hash-chained like the
-- persons' streams. The hub only ever INSERTs here; the chain makes any later UPDATE or DELETE
-- visible to `audit access-log --verify`.

-- The chain's head. Every append updates this single row first, so its row lock serializes the
-- appends: sequences are dense and each entry's previous_hash is the hash of the one before,
-- whatever the number of concurrent readers. Also the cheap answer to "where does the log end".
CREATE TABLE access_log_head (
    id            INTEGER     PRIMARY KEY,
    last_sequence BIGINT      NOT NULL,
    last_hash     VARCHAR(64) NOT NULL
);
INSERT INTO access_log_head (id, last_sequence, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- One row per read. No raw ID number ever: subjects are person keys, obligation ids or the scope
-- of an export. hash = SHA-256 of the entry's canonical JSON (see docs/AUDIT.md).
CREATE TABLE access_log_entry (
    sequence      BIGINT                   PRIMARY KEY,
    read_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    reader        VARCHAR(200)             NOT NULL,
    role          VARCHAR(16)              NOT NULL,
    jurisdiction  VARCHAR(6),
    action        VARCHAR(100)             NOT NULL,
    purpose       VARCHAR(1000),
    outcome       VARCHAR(100)             NOT NULL,
    previous_hash VARCHAR(64)              NOT NULL,
    hash          VARCHAR(64)              NOT NULL
);
CREATE INDEX access_log_entry_read_at ON access_log_entry (read_at);
CREATE INDEX access_log_entry_reader ON access_log_entry (reader, sequence);

-- What each read was about, in the order the entry lists them (part of the hashed entry).
CREATE TABLE access_log_subject (
    sequence BIGINT       NOT NULL,
    ordinal  INTEGER      NOT NULL,
    subject  VARCHAR(300) NOT NULL,
    PRIMARY KEY (sequence, ordinal)
);
CREATE INDEX access_log_subject_subject ON access_log_subject (subject, sequence);
