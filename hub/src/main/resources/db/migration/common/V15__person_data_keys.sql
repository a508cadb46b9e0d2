-- Crypto-shredding (docs/PRIVACY.md): every person's personal data is sealed with a data key of
-- their own, kept here wrapped by the hub's master key. Erasing a person deletes their row.
CREATE TABLE person_data_key (
    person_key    VARCHAR(64)  PRIMARY KEY,
    -- enc:v1:<base64>: the AES-256 data key sealed with the master key, bound to the person key
    wrapped_key   VARCHAR(200) NOT NULL,
    -- which master key wrapped it (8 bytes of its SHA-256, hex): a wrong master key is named at once
    master_key_id VARCHAR(16)  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The identity, sealed with the person's data key. The plaintext columns are emptied by the hub at
-- startup (IdentitySealing), once per row; new rows never fill them.
ALTER TABLE person_identity ADD COLUMN id_number_sealed VARCHAR(200);
ALTER TABLE person_identity ADD COLUMN name_sealed VARCHAR(1200);
-- Set when the person is erased (the PersonErased event of their stream says by whom and why).
ALTER TABLE person_identity ADD COLUMN erased_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE person_identity ALTER COLUMN id_number DROP NOT NULL;
