-- What listings of users filter and sort by, indexed: the default order (newest first), the
-- users blocked now and the failure counts that incidents are about, and e-mail addresses. The
-- id comes last in each index because a listing orders equal values by id, byte by byte
-- (COLLATE "C"), whatever the database's collation; NULLS FIRST because a listing sorts a
-- missing block_until before every value.
CREATE INDEX users_by_creation_time ON users (creation_time, user_id COLLATE "C");
CREATE INDEX users_by_block_until ON users (block_until NULLS FIRST, user_id COLLATE "C");
CREATE INDEX users_by_failure_count ON users (failure_count, user_id COLLATE "C");

-- Each user's e-mail addresses (emails[].email of the profile, ASCII letters in lower case), so
-- that a listing filtered by an address finds its users without reading every profile. Kept by
-- the server whenever it stores a profile; unblocks and sign-ins do not change profiles.
CREATE TABLE user_emails (
    user_id  text NOT NULL,
    email    text NOT NULL,
    CONSTRAINT user_emails_pk PRIMARY KEY (user_id, email)
);
CREATE INDEX user_emails_by_email ON user_emails (email);

INSERT INTO user_emails (user_id, email)
SELECT u.user_id, translate(e.value ->> 'email', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')
  FROM users AS u
 CROSS JOIN LATERAL jsonb_array_elements(
           CASE WHEN jsonb_typeof(u.profile -> 'emails') = 'array' THEN u.profile -> 'emails'
                ELSE '[]'::jsonb END) AS e(value)
 WHERE jsonb_typeof(e.value -> 'email') = 'string'
ON CONFLICT DO NOTHING;
