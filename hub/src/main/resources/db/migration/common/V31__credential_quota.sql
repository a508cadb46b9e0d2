-- The daily quota of persons new to a credential (docs/ACCESS.md, "Credentials, quotas and
-- hardening"): which persons each credential has ever named, and on which day (Asia/Shanghai) it
-- first did. A person is an HMAC of the ID number with the hub's index secret (no number in
-- clear); the credential is its key (token:ID or certificate:SERIAL).
CREATE TABLE credential_person (
    credential VARCHAR(60) NOT NULL,
    person_ref VARCHAR(64) NOT NULL,
    first_day  DATE        NOT NULL,
    PRIMARY KEY (credential, person_ref)
);
CREATE INDEX credential_person_day ON credential_person (credential, first_day);
