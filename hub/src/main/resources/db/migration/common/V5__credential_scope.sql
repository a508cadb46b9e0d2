-- An auditor and only an auditor has no jurisdiction: a null can never widen a region's reach.
ALTER TABLE region_credential ADD CONSTRAINT region_credential_scope
    CHECK ((role = 'AUDITOR' AND jurisdiction IS NULL) OR (role <> 'AUDITOR' AND jurisdiction IS NOT NULL));
