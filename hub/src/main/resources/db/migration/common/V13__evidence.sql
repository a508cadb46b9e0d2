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
