-- Grouping alerts: a fingerprint to recognise a repeat of the same alert, the hosts, users and addresses
-- each incident involves (to correlate new alerts into it), and per-incident counts.

ALTER TABLE alerts ADD COLUMN fingerprint TEXT NULL;
ALTER TABLE alerts ADD COLUMN duplicate_of TEXT NULL;
CREATE INDEX ix_alerts_fingerprint ON alerts (fingerprint, received_at DESC);

ALTER TABLE incidents ADD COLUMN alert_count INTEGER NOT NULL DEFAULT 1;
ALTER TABLE incidents ADD COLUMN duplicate_count INTEGER NOT NULL DEFAULT 0;

CREATE TABLE incident_keys (
    incident_id   TEXT    NOT NULL REFERENCES incidents (id),
    kind          TEXT    NOT NULL,
    value         TEXT    NOT NULL,
    last_seen_at  INTEGER NOT NULL,
    PRIMARY KEY (kind, value, incident_id)
) STRICT;
CREATE INDEX ix_incident_keys_seen ON incident_keys (kind, value, last_seen_at DESC);
