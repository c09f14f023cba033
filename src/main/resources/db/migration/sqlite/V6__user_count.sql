-- How many users there are, kept by triggers, so that a listing without a filter reads its
-- total_count here instead of counting a million rows. An upsert that updates an existing user
-- fires no INSERT trigger after the fact, so it is not counted twice.
CREATE TABLE user_count (
    id     INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    total  INTEGER NOT NULL CHECK (total >= 0)
) STRICT;
INSERT INTO user_count (id, total) SELECT 1, count(*) FROM users;

CREATE TRIGGER users_counted AFTER INSERT ON users
BEGIN
    UPDATE user_count SET total = total + 1 WHERE id = 1;
END;

CREATE TRIGGER users_uncounted AFTER DELETE ON users
BEGIN
    UPDATE user_count SET total = total - 1 WHERE id = 1;
END;
