-- Users: the fields the server reasons about as columns, the rest of the profile as a JSON
-- object text, stored verbatim.
CREATE TABLE users (
    user_id        CHARACTER VARYING NOT NULL,
    disabled       BOOLEAN           NOT NULL,
    creation_time  BIGINT            NOT NULL,   -- epoch seconds
    last_updated   BIGINT            NOT NULL,   -- epoch seconds
    block_until    BIGINT,                       -- epoch seconds; NULL when no block was set
    failure_count  INTEGER           DEFAULT 0 NOT NULL,
    profile        CHARACTER VARYING NOT NULL,
    CONSTRAINT users_pk PRIMARY KEY (user_id),
    CONSTRAINT users_failure_count_not_negative CHECK (failure_count >= 0),
    CONSTRAINT users_profile_is_object CHECK (profile IS JSON OBJECT)
);

-- One row per unblock call, written in the same transaction as the change it records. No
-- foreign key to users: the trail should outlive the account it describes.
CREATE TABLE audit_events (
    sequence_no             BIGINT GENERATED ALWAYS AS IDENTITY,   -- insertion order, for a stable order
    event_id                UUID              NOT NULL,
    type                    CHARACTER VARYING NOT NULL,
    user_id                 CHARACTER VARYING NOT NULL,
    actor_key_id            CHARACTER VARYING,
    request_id              CHARACTER VARYING,
    occurred_at             BIGINT            NOT NULL,   -- epoch seconds
    previous_block_until    BIGINT,
    previous_failure_count  INTEGER           NOT NULL,
    outcome                 CHARACTER VARYING NOT NULL,
    CONSTRAINT audit_events_pk PRIMARY KEY (event_id),
    CONSTRAINT audit_events_sequence_no_unique UNIQUE (sequence_no),
    CONSTRAINT audit_events_previous_failure_count_not_negative CHECK (previous_failure_count >= 0),
    CONSTRAINT audit_events_outcome_known CHECK (outcome IN ('cleared', 'not_blocked'))
);

CREATE INDEX audit_events_by_user_and_time ON audit_events (user_id, occurred_at, sequence_no);
CREATE INDEX audit_events_by_time ON audit_events (occurred_at);
