-- Credentials expire and can be revoked (docs/ACCESS.md, "Credentials, quotas and hardening").
-- A token's public id: the first 16 hex digits of its hash, enough to name it in `credentials
-- list|revoke` and in the access log, useless for presenting it.
ALTER TABLE region_credential ADD COLUMN credential_id VARCHAR(16);
UPDATE region_credential SET credential_id = SUBSTRING(token_hash FROM 1 FOR 16);
ALTER TABLE region_credential ALTER COLUMN credential_id SET NOT NULL;
CREATE UNIQUE INDEX region_credential_id ON region_credential (credential_id);
-- Tokens issued before expiry existed get the default lifetime from now, not from their issue:
-- none of them stops working the moment the hub is upgraded.
ALTER TABLE region_credential ADD COLUMN expires_at TIMESTAMP WITH TIME ZONE;
UPDATE region_credential SET expires_at = CURRENT_TIMESTAMP + INTERVAL '90' DAY;
ALTER TABLE region_credential ALTER COLUMN expires_at SET NOT NULL;
ALTER TABLE region_credential ADD COLUMN revoked_reason VARCHAR(200);

-- Certificates of the hub's CA that must no longer get in, by serial (hex, lower case). The TLS
-- handshake checks the CA's signature and the validity dates; this list is checked on every call
-- and on every open call every few seconds.
CREATE TABLE revoked_certificate (
    serial     VARCHAR(40)              PRIMARY KEY,
    subject    VARCHAR(300),
    revoked_at TIMESTAMP WITH TIME ZONE NOT NULL,
    reason     VARCHAR(200)             NOT NULL
);
