-- The sign-in history the management API shows on a user, as columns: sign-ins update them, and
-- they are what users are listed and sorted by. Users stored before have never signed in.
ALTER TABLE users ADD COLUMN sign_in_attempts_count INTEGER NOT NULL DEFAULT 0 CHECK (sign_in_attempts_count >= 0);
ALTER TABLE users ADD COLUMN last_sign_in_attempt INTEGER;      -- epoch seconds
ALTER TABLE users ADD COLUMN last_sign_in_attempt_ip TEXT;
ALTER TABLE users ADD COLUMN sign_in_success_count INTEGER NOT NULL DEFAULT 0 CHECK (sign_in_success_count >= 0);
ALTER TABLE users ADD COLUMN last_sign_in_success INTEGER;      -- epoch seconds
ALTER TABLE users ADD COLUMN last_sign_in_success_ip TEXT;
ALTER TABLE users ADD COLUMN last_activity INTEGER;             -- epoch seconds

-- The profile fields the User gained, on the profiles stored before, where absent: no connections,
-- the linked identities under their newer name too, no forced password reset, no known location.
-- json(...) makes SQLite insert the value as JSON rather than as a string.
UPDATE users
   SET profile = json_insert(profile,
                             '$.connections', json('[]'),
                             '$.external_providers', json(coalesce(json_extract(profile, '$.idps'), '[]')),
                             '$.force_password_reset', json('false'),
                             '$.last_known_city', NULL,
                             '$.last_known_country', NULL,
                             '$.last_known_region', NULL);
