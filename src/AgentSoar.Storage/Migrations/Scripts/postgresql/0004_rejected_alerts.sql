-- The dead-letter list of alerts intake refused: why, from whom, and the first bytes of what was sent.
-- Bounded: the Coordinator keeps only the newest entries.

CREATE TABLE rejected_alerts (
    id           uuid    NOT NULL PRIMARY KEY,
    source       text    NOT NULL,
    format       text    NULL,
    kind         text    NOT NULL,
    path         text    NOT NULL,
    reason       text    NOT NULL,
    excerpt      text    NOT NULL,
    bytes        integer NOT NULL,
    received_at  bigint  NOT NULL
);
CREATE INDEX ix_rejected_alerts_received ON rejected_alerts (received_at DESC, id DESC);
