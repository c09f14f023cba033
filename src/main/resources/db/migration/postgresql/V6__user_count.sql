-- How many users there are, kept by statement triggers, so that a listing without a filter reads
-- its total_count here instead of counting a million rows. The INSERT transition table holds
-- only the rows an INSERT ... ON CONFLICT actually inserted, so an upsert of an existing user is
-- not counted again. Concurrent imports take turns on this row until they commit; unblocks and
-- reads never touch it for writing.
CREATE TABLE user_count (
    id     smallint NOT NULL,
    total  bigint   NOT NULL,
    CONSTRAINT user_count_pk PRIMARY KEY (id),
    CONSTRAINT user_count_one_row CHECK (id = 1),
    CONSTRAINT user_count_not_negative CHECK (total >= 0)
);
INSERT INTO user_count (id, total) SELECT 1, count(*) FROM users;

CREATE FUNCTION users_count_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE user_count SET total = total + (SELECT count(*) FROM inserted) WHERE id = 1;
    RETURN NULL;
END
$$;

CREATE FUNCTION users_count_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE user_count SET total = total - (SELECT count(*) FROM deleted) WHERE id = 1;
    RETURN NULL;
END
$$;

CREATE TRIGGER users_counted AFTER INSERT ON users
    REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION users_count_inserted();
CREATE TRIGGER users_uncounted AFTER DELETE ON users
    REFERENCING OLD TABLE AS deleted FOR EACH STATEMENT EXECUTE FUNCTION users_count_deleted();
