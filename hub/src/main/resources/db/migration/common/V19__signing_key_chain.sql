-- The chain of signing keys cannot fork: each key is replaced at most once, and only one key is
-- the first ('' as what it replaces). Two hub nodes that make a key at the same moment (on an
-- empty database, or when every private key is lost) cannot both record one: the second insert
-- fails and that node signs with the key the first recorded (docs/AUDIT.md, "Signing keys").
ALTER TABLE signing_key ADD COLUMN replaces VARCHAR(80);
-- Keys recorded before: the earliest successor of each key (and the earliest first key) keeps its
-- place; a key that forked the chain before this guard is marked as the fork it is.
UPDATE signing_key s SET replaces = COALESCE(s.previous_key_id, '')
WHERE NOT EXISTS (SELECT 1 FROM signing_key e
                  WHERE COALESCE(e.previous_key_id, '') = COALESCE(s.previous_key_id, '')
                    AND (e.activated_at < s.activated_at OR e.activated_at = s.activated_at AND e.key_id < s.key_id));
UPDATE signing_key SET replaces = 'fork:' || key_id WHERE replaces IS NULL;
ALTER TABLE signing_key ALTER COLUMN replaces SET NOT NULL;
ALTER TABLE signing_key ADD CONSTRAINT signing_key_replaced_once UNIQUE (replaces);
