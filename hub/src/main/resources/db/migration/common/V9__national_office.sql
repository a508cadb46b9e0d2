-- The national coordination office: an office without a jurisdiction (the whole country). A
-- region still always has one, and only an auditor or an office may have none.
ALTER TABLE region_credential DROP CONSTRAINT region_credential_scope;
ALTER TABLE region_credential ADD CONSTRAINT region_credential_scope
    CHECK ((role = 'AUDITOR' AND jurisdiction IS NULL) OR (role = 'REGION' AND jurisdiction IS NOT NULL)
           OR role = 'OFFICE');
