-- One row the readiness check rewrites, after writes were refused (a full disk, say), to find out
-- whether the database takes writes again.
CREATE TABLE store_probe (
    id          INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    written_at  INTEGER NOT NULL   -- epoch milliseconds
) STRICT;

INSERT INTO store_probe (id, written_at) VALUES (1, 0);
