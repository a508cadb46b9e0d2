-- Issue #12, detection: `audit access-log --suspicious --reader LABEL` reads that credential's
-- entries by the reader index, and the owners' contests of arrivals (action
-- EntitlementsService.ContestArrival, counted for the arrival's division, not for the reader) by
-- this one, instead of every entry of the window.
CREATE INDEX access_log_entry_action ON access_log_entry (action, sequence);
