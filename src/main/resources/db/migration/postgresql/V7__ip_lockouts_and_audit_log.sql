-- Per-IP lockouts: under a lockout policy of lockout_type ip, failed sign-ins are counted per user
-- and address, and a block stops the user's sign-ins from that address only. A row is made by the
-- first failed sign-in from an address and kept with every sign-in from it; an IP unblock resets
-- its failure_count and block_until. Changed only under the user's row lock, like the user.
CREATE TABLE ip_lockouts (
    user_id                 text    NOT NULL,
    ip                      text    NOT NULL,   -- canonical spelling: dotted IPv4, RFC 5952 IPv6
    failure_count           integer NOT NULL,
    block_until             bigint,             -- epoch seconds; NULL when no block was set
    sign_in_attempts_count  bigint  NOT NULL,
    last_sign_in_attempt    bigint  NOT NULL,   -- epoch seconds
    last_sign_in_success    bigint,             -- epoch seconds
    CONSTRAINT ip_lockouts_pk PRIMARY KEY (user_id, ip),
    CONSTRAINT ip_lockouts_failure_count_not_negative CHECK (failure_count >= 0),
    CONSTRAINT ip_lockouts_attempts_not_negative CHECK (sign_in_attempts_count >= 0)
);

-- The audit trail becomes the audit log: blocks as well as unblocks (outcome 'blocked'), the
-- address of an IP block or unblock, and where each event came from (process, request). Events
-- written before have process 0 and no addresses; adding columns with constant defaults rewrites
-- nothing.
ALTER TABLE audit_events
    DROP CONSTRAINT audit_events_outcome_known,
    ADD CONSTRAINT audit_events_outcome_known CHECK (outcome IN ('cleared', 'not_blocked', 'blocked')),
    ADD COLUMN ip_address  text,      -- an IP block's or unblock's address
    ADD COLUMN ip_count    integer,   -- addresses reset by an unblock of all
    ADD COLUMN process_id  bigint NOT NULL DEFAULT 0,
    ADD COLUMN local_ip    text   NOT NULL DEFAULT '',
    ADD COLUMN remote_ip   text,
    ADD COLUMN user_agent  text;

-- The log in time order (ties by id), and retention's deletes of the oldest.
DROP INDEX audit_events_by_time;
CREATE INDEX audit_events_by_time ON audit_events (occurred_at, event_id);
