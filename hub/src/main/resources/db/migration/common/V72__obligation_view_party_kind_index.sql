-- Issue #14: a scorecard line's obligations page (ObligationViews.dueInAfter: one kind, one side,
-- the region's subtree as responsible or owed, a period) read every row of the party's period and
-- threw away the other kinds: for Wuxi's 486 verification requests of a quarter, 57,000 rows on
-- 17,400 heap pages (the rows of a quarter are spread over the table, since an arrival opens
-- coverage duties for several years at once). With the kind in the party indexes, the index
-- finds just the line's rows. B-tree deduplication keeps these indexes as small as before
-- (3 MB for 401,000 rows in the bench history, about 8 bytes a row): a party, day and kind
-- repeat over many obligations.
DROP INDEX obligation_view_responsible;
DROP INDEX obligation_view_owed;
CREATE INDEX obligation_view_responsible ON obligation_view (responsible, due_on, kind);
CREATE INDEX obligation_view_owed ON obligation_view (owed, due_on, kind);
