-- Issue #15: a feed entry carries the divisions it concerns (each with its ancestors) as one array,
-- instead of a feed_route row per division and ancestor. H2 has no GIN index: the embedded store
-- reads a division's feed by scanning positions, which is fine at its size.
ALTER TABLE feed_entry ADD COLUMN divisions INTEGER ARRAY;
UPDATE feed_entry e
   SET divisions = COALESCE(
         (SELECT ARRAY_AGG(CAST(r.region AS INTEGER) ORDER BY r.region)
            FROM feed_route r
           WHERE r.position = e.position),
         CAST(ARRAY[] AS INTEGER ARRAY));
ALTER TABLE feed_entry ALTER COLUMN divisions SET NOT NULL;
DROP TABLE feed_route;
