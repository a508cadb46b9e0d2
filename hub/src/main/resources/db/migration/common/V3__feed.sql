-- The region feed. Positions are dense and handed out in commit order: a writer takes them by
-- updating the single feed_sequence row as the last step of its transaction, so the row lock
-- orders the commits. A reader that has seen position p can never later find an unseen q < p.
CREATE TABLE feed_sequence (
    id            INTEGER PRIMARY KEY,
    last_position BIGINT  NOT NULL
);
INSERT INTO feed_sequence (id, last_position) VALUES (1, 0);

-- One row per event, in feed order; the event itself stays in domain_event_entry.
CREATE TABLE feed_entry (
    position     BIGINT       PRIMARY KEY,
    global_index BIGINT       NOT NULL,
    person_key   VARCHAR(64)  NOT NULL
);

-- Which divisions (and all their ancestors) an entry concerns: a jurisdiction reads its feed
-- as one index range, (its code, positions after the checkpoint).
CREATE TABLE feed_route (
    region   VARCHAR(6) NOT NULL,
    position BIGINT     NOT NULL,
    PRIMARY KEY (region, position)
);
