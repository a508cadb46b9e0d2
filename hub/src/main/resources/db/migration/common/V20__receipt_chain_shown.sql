-- Need to know (docs/ACCESS.md, "Probe-proof Submit"): a receipt answered to a region that was not
-- entitled to the person shows no person key, person sequence or previous hash; a re-push answers
-- it the same way. Receipts from before were all shown whole.
ALTER TABLE fact_receipt ADD COLUMN chain_shown BOOLEAN DEFAULT TRUE NOT NULL;
