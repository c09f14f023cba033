-- Users: the fields the server reasons about as columns, the rest of the profile as a JSON object
-- text, stored verbatim. STRICT: a value of the wrong type is an error, not converted.
CREATE TABLE users (
    user_id        TEXT    NOT NULL PRIMARY KEY,
    disabled       INTEGER NOT NULL CHECK (disabled IN (0, 1)),
    creation_time  INTEGER NOT NULL,   -- epoch seconds
    last_updated   INTEGER NOT NULL,   -- epoch seconds
    block_until    INTEGER,            -- epoch seconds; NULL when no block was set
    failure_count  INTEGER NOT NULL DEFAULT 0 CHECK (failure_count >= 0),
    profile        TEXT    NOT NULL CHECK (json_type(profile) = 'object')
) STRICT;

-- One row per unblock call, written in the same transaction as the change it records. No foreign
-- key to users: the trail should outlive the account it describes. sequence_no is the rowid, so
-- rows are appended in insertion order.
CREATE TABLE audit_events (
    sequence_no             INTEGER NOT NULL PRIMARY KEY,
    event_id                TEXT    NOT NULL UNIQUE,   -- UUID, text form
    type                    TEXT    NOT NULL,
    user_id                 TEXT    NOT NULL,
    actor_key_id            TEXT,
    request_id              TEXT,
    occurred_at             INTEGER NOT NULL,          -- epoch seconds
    previous_block_until    INTEGER,
    previous_failure_count  INTEGER NOT NULL CHECK (previous_failure_count >= 0),
    outcome                 TEXT    NOT NULL CHECK (outcome IN ('cleared', 'not_blocked'))
) STRICT;

-- A user's trail in insertion order, and the retry check (has this request been applied to this
-- user already?) from one index.
CREATE INDEX audit_events_by_user_and_request ON audit_events (user_id, request_id);
-- Retention deletes the oldest events.
CREATE INDEX audit_events_by_time ON audit_events (occurred_at);
