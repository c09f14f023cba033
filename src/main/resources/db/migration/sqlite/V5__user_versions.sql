-- Each user's version: how many times the server changed the row, served as the user's ETag so
-- that a client can unblock only the user it has seen (If-Match). Users stored before start at 1.
ALTER TABLE users ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);
