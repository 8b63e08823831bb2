-- Dead letters: bus messages a service gave up on (after the retries, or unreadable), which are also in their queue's
-- _error queue. Why, where, the body (secret-named fields masked, at most 64 KiB), and who replayed it when.
-- Bounded: the Coordinator keeps only the newest entries. Not the rejected alerts, which intake refused.

CREATE TABLE dead_letters (
    id                 TEXT    NOT NULL PRIMARY KEY,
    source_queue       TEXT    NOT NULL,
    message_types_json TEXT    NOT NULL,
    message_id         TEXT    NULL,
    exception_type     TEXT    NOT NULL,
    reason             TEXT    NOT NULL,
    content_type       TEXT    NULL,
    body               TEXT    NOT NULL,
    body_bytes         INTEGER NOT NULL,
    body_truncated     INTEGER NOT NULL,
    body_masked        INTEGER NOT NULL,
    service            TEXT    NOT NULL,
    failed_at          INTEGER NOT NULL,
    replayed_by        TEXT    NULL,
    replayed_at        INTEGER NULL
) STRICT;
CREATE INDEX ix_dead_letters_failed ON dead_letters (failed_at DESC, id DESC);
