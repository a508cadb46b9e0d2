-- Receipts carry the event's log position (feed_entry.position: the one the feed, the export and
-- the checkpoints use), not only the event table's global index (issue #13, docs/AUDIT.md).
-- The index finds an event's log position from its global index: a timeline's or history's
-- receipts of events no region submitted, and the receipts stored before this migration.
CREATE INDEX feed_entry_global_index ON feed_entry (global_index);
ALTER TABLE fact_receipt ADD COLUMN log_position BIGINT;
-- Receipts signed before this migration keep their signed bodies (without logPosition); their
-- log position is filled in from the feed.
UPDATE fact_receipt SET log_position =
    (SELECT f.position FROM feed_entry f WHERE f.global_index = fact_receipt.global_position);
