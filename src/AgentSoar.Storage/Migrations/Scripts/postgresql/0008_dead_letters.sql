-- Dead letters: bus messages a service gave up on (after the retries, or unreadable), which are also in their queue's
-- _error queue. Why, where, the body (secret-named fields masked, at most 64 KiB), and who replayed it when.
-- Bounded: the Coordinator keeps only the newest entries. Not the rejected alerts, which intake refused.

CREATE TABLE dead_letters (
    id                 uuid    NOT NULL PRIMARY KEY,
    source_queue       text    NOT NULL,
    message_types_json text    NOT NULL,
    message_id         uuid    NULL,
    exception_type     text    NOT NULL,
    reason             text    NOT NULL,
    content_type       text    NULL,
    body               text    NOT NULL,
    body_bytes         integer NOT NULL,
    body_truncated     integer NOT NULL,
    body_masked        integer NOT NULL,
    service            text    NOT NULL,
    failed_at          bigint  NOT NULL,
    replayed_by        text    NULL,
    replayed_at        bigint  NULL
);
CREATE INDEX ix_dead_letters_failed ON dead_letters (failed_at DESC, id DESC);
