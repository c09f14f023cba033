-- Users: the fields the server reasons about as columns, the rest of the profile as a JSON document.
CREATE TABLE users (
    user_id        text    NOT NULL,
    disabled       boolean NOT NULL,
    creation_time  bigint  NOT NULL,   -- epoch seconds
    last_updated   bigint  NOT NULL,   -- epoch seconds
    block_until    bigint,             -- epoch seconds; NULL when no block was set
    failure_count  integer NOT NULL DEFAULT 0,
    profile        jsonb   NOT NULL,
    CONSTRAINT users_pk PRIMARY KEY (user_id),
    CONSTRAINT users_failure_count_not_negative CHECK (failure_count >= 0),
    CONSTRAINT users_profile_is_object CHECK (jsonb_typeof(profile) = 'object')
);

-- One row per unblock call, written in the same statement as the change it records. No foreign
-- key to users: the trail should outlive the account it describes.
CREATE TABLE audit_events (
    sequence_no             bigint  GENERATED ALWAYS AS IDENTITY,  -- insertion order, for a stable order
    event_id                uuid    NOT NULL,
    type                    text    NOT NULL,
    user_id                 text    NOT NULL,
    actor_key_id            text,
    request_id              text,
    occurred_at             bigint  NOT NULL,   -- epoch seconds
    previous_block_until    bigint,
    previous_failure_count  integer NOT NULL,
    outcome                 text    NOT NULL,
    CONSTRAINT audit_events_pk PRIMARY KEY (event_id),
    CONSTRAINT audit_events_sequence_no_unique UNIQUE (sequence_no),
    CONSTRAINT audit_events_previous_failure_count_not_negative CHECK (previous_failure_count >= 0),
    CONSTRAINT audit_events_outcome_known CHECK (outcome IN ('cleared', 'not_blocked'))
);

CREATE INDEX audit_events_by_user_and_time ON audit_events (user_id, occurred_at, sequence_no);
CREATE INDEX audit_events_by_time ON audit_events (occurred_at);
