-- What listings of users filter and sort by, indexed: the default order (newest first), the
-- users blocked now and the failure counts that incidents are about, and e-mail addresses. The
-- id comes last in each index because a listing orders equal values by id.
CREATE INDEX users_by_creation_time ON users (creation_time, user_id);
CREATE INDEX users_by_block_until ON users (block_until, user_id);
CREATE INDEX users_by_failure_count ON users (failure_count, user_id);

-- Each user's e-mail addresses (emails[].email of the profile, ASCII letters in lower case), so
-- that a listing filtered by an address finds its users without reading every profile. Kept by
-- the server whenever it stores a profile; unblocks and sign-ins do not change profiles.
CREATE TABLE user_emails (
    user_id  TEXT NOT NULL,
    email    TEXT NOT NULL,
    PRIMARY KEY (user_id, email)
) STRICT, WITHOUT ROWID;
CREATE INDEX user_emails_by_email ON user_emails (email);

INSERT OR IGNORE INTO user_emails (user_id, email)
SELECT u.user_id, lower(json_extract(e.value, '$.email'))
  FROM users AS u, json_each(u.profile, '$.emails') AS e
 WHERE e.type = 'object' AND json_type(e.value, '$.email') = 'text';
