-- Every policy version ever in force, byte for byte (see the PostgreSQL migration).
CREATE TABLE policy_document (
    version        VARCHAR(64)              PRIMARY KEY,
    scope          VARCHAR(16)              NOT NULL,
    effective_from DATE                     NOT NULL,
    document       CLOB                     NOT NULL,
    sha256         VARCHAR(64)              NOT NULL,
    source         VARCHAR(16)              NOT NULL,
    loaded_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
