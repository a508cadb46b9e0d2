-- Credentials carry a role: region (writes within its jurisdiction), office (reads its
-- subtree), auditor (reads everything; jurisdiction is empty). Existing credentials are regions.
ALTER TABLE region_credential ADD COLUMN role VARCHAR(16) DEFAULT 'REGION' NOT NULL;
ALTER TABLE region_credential ALTER COLUMN jurisdiction DROP NOT NULL;
