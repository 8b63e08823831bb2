-- Grouping alerts: a fingerprint to recognise a repeat of the same alert, the hosts, users and addresses
-- each incident involves (to correlate new alerts into it), and per-incident counts.

ALTER TABLE alerts ADD COLUMN fingerprint text NULL;
ALTER TABLE alerts ADD COLUMN duplicate_of uuid NULL;
CREATE INDEX ix_alerts_fingerprint ON alerts (fingerprint, received_at DESC);

ALTER TABLE incidents ADD COLUMN alert_count integer NOT NULL DEFAULT 1;
ALTER TABLE incidents ADD COLUMN duplicate_count integer NOT NULL DEFAULT 0;

CREATE TABLE incident_keys (
    incident_id   uuid    NOT NULL REFERENCES incidents (id),
    kind          text    NOT NULL,
    value         text    NOT NULL,
    last_seen_at  bigint  NOT NULL,
    PRIMARY KEY (kind, value, incident_id)
);
CREATE INDEX ix_incident_keys_seen ON incident_keys (kind, value, last_seen_at DESC);
