-- Issue #15: subject is the obligation id without its "#number" suffix; ObligationViews derives it
-- (the PostgreSQL version also trades the primary key's B-tree for a hash index; the embedded
-- store keeps its key, which costs little at its size).
ALTER TABLE obligation_view DROP COLUMN subject;
