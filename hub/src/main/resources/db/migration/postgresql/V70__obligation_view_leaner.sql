-- Issue #15, "less written per fact": obligation_view was the largest thing a new person's arrival
-- wrote (about sixteen rows and 7.6 KB per fact, BENCHMARKS.md 2026-12-07). Two parts of each row
-- repeated what the row already holds:
--   * subject: always the obligation id without its "#number" suffix (Obligation.idOf), about 55
--     bytes a row; ObligationViews derives it on reading;
--   * the primary key's B-tree on obligation_id: about 110 bytes an entry (long ids inserted in
--     random order leave its pages part-empty). A hash index keeps the id's 4-byte hash instead,
--     about 25 bytes an entry, and serves the only look-ups there are (one id: find, the
--     projection's updates; a set of ids: its DELETE ... = ANY). Nothing relied on the constraint:
--     the projection deletes an id before inserting it, in one transaction per batch.
-- Existing rows keep their bytes for the dropped column until they are rewritten (a rebuild of the
-- read models does it); new rows are leaner at once.
ALTER TABLE obligation_view DROP COLUMN subject;
ALTER TABLE obligation_view DROP CONSTRAINT obligation_view_pkey;
CREATE INDEX obligation_view_id ON obligation_view USING HASH (obligation_id);
