-- An office lists the feed deliveries of the credentials within its jurisdiction
-- (AccessLog.ListAccessLog with feed_deliveries): by jurisdiction, in sequence order.
CREATE INDEX access_log_entry_jurisdiction ON access_log_entry (jurisdiction, sequence);
