-- Every policy version ever in force, byte for byte: obligations name the version they were
-- opened under, and an auditor reads exactly that text here. Rows are never updated.
CREATE TABLE policy_document (
    version        VARCHAR(64)              PRIMARY KEY,
    scope          VARCHAR(16)              NOT NULL,
    effective_from DATE                     NOT NULL,
    document       TEXT                     NOT NULL,
    sha256         VARCHAR(64)              NOT NULL,
    source         VARCHAR(16)              NOT NULL,
    loaded_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
