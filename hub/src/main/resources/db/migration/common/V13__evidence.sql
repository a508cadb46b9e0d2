-- Every key the hub ever signed with: the public half (base64 DER SubjectPublicKeyInfo), the key it
-- replaced, and that key's signature over the new key's record (null for the first key).
CREATE TABLE signing_key (
    key_id          VARCHAR(64)  PRIMARY KEY,
    public_key      VARCHAR(200) NOT NULL,
    activated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    previous_key_id VARCHAR(64),
    endorsement     VARCHAR(200)
);

-- Signed checkpoints over the log (feed positions). `body` is the exact canonical JSON that was
-- hashed and signed; the other columns repeat parts of it for queries. A sequence is taken once:
-- two hub nodes racing for the next checkpoint cannot both write it.
CREATE TABLE log_checkpoint (
    sequence      BIGINT        PRIMARY KEY,
    feed_position BIGINT        NOT NULL UNIQUE,
    to_position   BIGINT        NOT NULL,
    body          VARCHAR(4000) NOT NULL,
    hash          VARCHAR(64)   NOT NULL,
    key_id        VARCHAR(64)   NOT NULL,
    signature     VARCHAR(200)  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Receipts are signed a batch at a time: one Ed25519 signature over the Merkle root of the
-- batch's receipts (receipt_batch, keyed by the batch's first position), and per receipt its exact
-- signed form and audit path. Receipts from before this migration have none (batch_id null).
CREATE TABLE receipt_batch (
    batch_id  BIGINT        PRIMARY KEY,
    body      VARCHAR(1000) NOT NULL,
    signature VARCHAR(200)  NOT NULL,
    key_id    VARCHAR(64)   NOT NULL
);
ALTER TABLE fact_receipt ADD COLUMN receipt_body VARCHAR(1000);
ALTER TABLE fact_receipt ADD COLUMN receipt_path VARCHAR(2000);
ALTER TABLE fact_receipt ADD COLUMN batch_id BIGINT;
