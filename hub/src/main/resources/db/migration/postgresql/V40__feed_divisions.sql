-- Issue #15: a feed entry carries the divisions it concerns (each with its ancestors) as one array,
-- instead of a feed_route row per division and ancestor (about six rows, each with its index
-- entry, per event). GIN stores each (division, entry) pair as a compressed posting, a byte or two.
ALTER TABLE feed_entry ADD COLUMN divisions INTEGER[];
UPDATE feed_entry e
   SET divisions = COALESCE(
         (SELECT array_agg(CAST(r.region AS INTEGER) ORDER BY r.region)
            FROM feed_route r
           WHERE r.position = e.position),
         '{}');
ALTER TABLE feed_entry ALTER COLUMN divisions SET NOT NULL;
DROP TABLE feed_route;
CREATE INDEX feed_entry_divisions ON feed_entry USING GIN (divisions);
