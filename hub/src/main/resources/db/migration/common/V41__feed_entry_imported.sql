-- Issue #15: a feed entry recorded by an import (`region-adapter import`, SubmitRequest.imported)
-- is marked, so that a subscriber can leave a province's onboarded history out of its feed
-- (FeedStart.skip_imported). The events themselves are the same as if pushed live; only their
-- place on the feed says where they came from. A constant default adds no rewrite of the table.
ALTER TABLE feed_entry ADD COLUMN imported BOOLEAN DEFAULT FALSE NOT NULL;
