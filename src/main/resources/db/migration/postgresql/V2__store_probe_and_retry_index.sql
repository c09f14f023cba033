-- One row the readiness check rewrites, after writes were refused (a full disk, a read-only
-- standby), to find out whether the database takes writes again.
CREATE TABLE store_probe (
    id          integer NOT NULL PRIMARY KEY CHECK (id = 1),
    written_at  bigint  NOT NULL   -- epoch milliseconds
);

INSERT INTO store_probe (id, written_at) VALUES (1, 0);

-- The retry check of an unblock: has this request been applied to this user already?
CREATE INDEX audit_events_by_user_and_request ON audit_events (user_id, request_id);
