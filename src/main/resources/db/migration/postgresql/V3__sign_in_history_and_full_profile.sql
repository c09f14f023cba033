-- The sign-in history the management API shows on a user, as columns: sign-ins update them, and
-- they are what users are listed and sorted by. Users stored before have never signed in.
ALTER TABLE users
    ADD COLUMN sign_in_attempts_count  bigint NOT NULL DEFAULT 0 CHECK (sign_in_attempts_count >= 0),
    ADD COLUMN last_sign_in_attempt    bigint,   -- epoch seconds
    ADD COLUMN last_sign_in_attempt_ip text,
    ADD COLUMN sign_in_success_count   bigint NOT NULL DEFAULT 0 CHECK (sign_in_success_count >= 0),
    ADD COLUMN last_sign_in_success    bigint,   -- epoch seconds
    ADD COLUMN last_sign_in_success_ip text,
    ADD COLUMN last_activity           bigint;   -- epoch seconds

-- The profile fields the User gained, on the profiles stored before, where absent (the stored
-- profile's own fields win): no connections, the linked identities under their newer name too,
-- no forced password reset, no known location.
UPDATE users
   SET profile = jsonb_build_object(
                     'connections', '[]'::jsonb,
                     'external_providers', coalesce(profile -> 'idps', '[]'::jsonb),
                     'force_password_reset', false,
                     'last_known_city', null,
                     'last_known_country', null,
                     'last_known_region', null) || profile;
