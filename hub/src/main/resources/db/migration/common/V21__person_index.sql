-- Need to know (docs/ACCESS.md, "Erasure"): a person's key is random, found from an ID number
-- through this index: lookup = HMAC-SHA-256 of the number under the index secret. Erasing a person
-- deletes their entries, so that the erased person's key cannot be found from a number again.
-- Persons recorded before keep their keys; the hub indexes them at its next start
-- (PersonIndexing).
CREATE TABLE person_index (
    lookup     VARCHAR(64) PRIMARY KEY,
    person_key VARCHAR(41) NOT NULL
);
CREATE INDEX person_index_person ON person_index (person_key);
