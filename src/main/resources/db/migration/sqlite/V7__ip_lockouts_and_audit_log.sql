-- Per-IP lockouts: under a lockout policy of lockout_type ip, failed sign-ins are counted per user
-- and address, and a block stops the user's sign-ins from that address only. A row is made by the
-- first failed sign-in from an address and kept with every sign-in from it; an IP unblock resets
-- its failure_count and block_until. Changed only under the user's write lock, like the user.
CREATE TABLE ip_lockouts (
    user_id                 TEXT    NOT NULL,
    ip                      TEXT    NOT NULL,   -- canonical spelling: dotted IPv4, RFC 5952 IPv6
    failure_count           INTEGER NOT NULL CHECK (failure_count >= 0),
    block_until             INTEGER,            -- epoch seconds; NULL when no block was set
    sign_in_attempts_count  INTEGER NOT NULL CHECK (sign_in_attempts_count >= 0),
    last_sign_in_attempt    INTEGER NOT NULL,   -- epoch seconds
    last_sign_in_success    INTEGER,            -- epoch seconds
    PRIMARY KEY (user_id, ip)
) STRICT, WITHOUT ROWID;

-- The audit trail becomes the audit log: blocks as well as unblocks (outcome 'blocked'), the
-- address of an IP block or unblock, and where each event came from (process, request). SQLite
-- cannot change a CHECK constraint in place, so the table is rebuilt; events written before have
-- process 0 and no addresses.
CREATE TABLE audit_events_v7 (
    sequence_no             INTEGER NOT NULL PRIMARY KEY,
    event_id                TEXT    NOT NULL UNIQUE,   -- UUID, text form
    type                    TEXT    NOT NULL,          -- the log code, as user_account_unblocked
    user_id                 TEXT    NOT NULL,
    actor_key_id            TEXT,                      -- NULL for a block (the system made it)
    request_id              TEXT,                      -- NULL for a block
    occurred_at             INTEGER NOT NULL,          -- epoch seconds
    previous_block_until    INTEGER,                   -- for a block: the block it set
    previous_failure_count  INTEGER NOT NULL CHECK (previous_failure_count >= 0),
    outcome                 TEXT    NOT NULL CHECK (outcome IN ('cleared', 'not_blocked', 'blocked')),
    ip_address              TEXT,                      -- an IP block's or unblock's address
    ip_count                INTEGER,                   -- addresses reset by an unblock of all
    process_id              INTEGER NOT NULL DEFAULT 0,
    local_ip                TEXT    NOT NULL DEFAULT '',
    remote_ip               TEXT,
    user_agent              TEXT
) STRICT;

INSERT INTO audit_events_v7 (sequence_no, event_id, type, user_id, actor_key_id, request_id, occurred_at,
                             previous_block_until, previous_failure_count, outcome)
SELECT sequence_no, event_id, type, user_id, actor_key_id, request_id, occurred_at,
       previous_block_until, previous_failure_count, outcome
  FROM audit_events;

DROP TABLE audit_events;
ALTER TABLE audit_events_v7 RENAME TO audit_events;

-- The retry check, and a user's log.
CREATE INDEX audit_events_by_user_and_request ON audit_events (user_id, request_id);
-- The log in time order (ties by id), and retention's deletes of the oldest.
CREATE INDEX audit_events_by_time ON audit_events (occurred_at, event_id);
