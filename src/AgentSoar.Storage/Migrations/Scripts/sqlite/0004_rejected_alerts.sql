-- The dead-letter list of alerts intake refused: why, from whom, and the first bytes of what was sent.
-- Bounded: the Coordinator keeps only the newest entries.

CREATE TABLE rejected_alerts (
    id           TEXT    NOT NULL PRIMARY KEY,
    source       TEXT    NOT NULL,
    format       TEXT    NULL,
    kind         TEXT    NOT NULL,
    path         TEXT    NOT NULL,
    reason       TEXT    NOT NULL,
    excerpt      TEXT    NOT NULL,
    bytes        INTEGER NOT NULL,
    received_at  INTEGER NOT NULL
) STRICT;
CREATE INDEX ix_rejected_alerts_received ON rejected_alerts (received_at DESC, id DESC);
