-- 0001: the Coordinator's first schema (SQLite). Same tables and meaning as the PostgreSQL script.
-- STRICT tables make SQLite enforce the column types. Ids are lowercase text (xxxxxxxx-xxxx-...),
-- times are UTC ticks (100 ns since 0001-01-01), JSON is text.

CREATE TABLE incidents (
    id           TEXT    NOT NULL PRIMARY KEY,
    title        TEXT    NOT NULL,
    severity_id  INTEGER NOT NULL,
    status       TEXT    NOT NULL,
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    version      INTEGER NOT NULL
) STRICT;
CREATE INDEX ix_incidents_created ON incidents (created_at DESC, id DESC);

CREATE TABLE alerts (
    id            TEXT    NOT NULL PRIMARY KEY,
    incident_id   TEXT    NOT NULL REFERENCES incidents (id),
    source        TEXT    NOT NULL,
    finding_json  TEXT    NOT NULL,
    received_at   INTEGER NOT NULL
) STRICT;
CREATE INDEX ix_alerts_incident ON alerts (incident_id, received_at, id);

CREATE TABLE plans (
    id             TEXT    NOT NULL PRIMARY KEY,
    incident_id    TEXT    NOT NULL REFERENCES incidents (id),
    alert_id       TEXT    NOT NULL REFERENCES alerts (id),
    planner_kind   TEXT    NOT NULL,
    decision_json  TEXT    NOT NULL,
    created_at     INTEGER NOT NULL
) STRICT;
CREATE INDEX ix_plans_incident ON plans (incident_id, created_at, id);
CREATE INDEX ix_plans_alert ON plans (alert_id);

CREATE TABLE runs (
    id                TEXT    NOT NULL PRIMARY KEY,
    incident_id       TEXT    NOT NULL REFERENCES incidents (id),
    playbook_id       TEXT    NOT NULL,
    playbook_version  INTEGER NOT NULL,
    playbook_hash     TEXT    NOT NULL,
    status            TEXT    NOT NULL,
    state_json        TEXT    NOT NULL,
    wake_at           INTEGER NULL,
    created_at        INTEGER NOT NULL,
    updated_at        INTEGER NOT NULL,
    version           INTEGER NOT NULL
) STRICT;
CREATE INDEX ix_runs_created ON runs (created_at DESC, id DESC);
CREATE INDEX ix_runs_incident ON runs (incident_id, created_at DESC, id DESC);
-- The watchdog's question; finished runs have no wake time and stay out of the index.
CREATE INDEX ix_runs_wake ON runs (wake_at, id) WHERE wake_at IS NOT NULL;

CREATE TABLE approvals (
    id              TEXT    NOT NULL PRIMARY KEY,
    run_id          TEXT    NOT NULL REFERENCES runs (id),
    incident_id     TEXT    NOT NULL REFERENCES incidents (id),
    step_id         TEXT    NOT NULL,
    action_hash     TEXT    NOT NULL,
    status          TEXT    NOT NULL,
    request_json    TEXT    NOT NULL,
    decisions_json  TEXT    NOT NULL,
    created_at      INTEGER NOT NULL,
    expires_at      INTEGER NOT NULL,
    decided_at      INTEGER NULL,
    version         INTEGER NOT NULL
) STRICT;
CREATE INDEX ix_approvals_created ON approvals (created_at DESC, id DESC);
CREATE INDEX ix_approvals_status ON approvals (status, created_at DESC, id DESC);
CREATE INDEX ix_approvals_run ON approvals (run_id);
CREATE INDEX ix_approvals_incident ON approvals (incident_id);

-- No foreign keys on purpose: the audit trail records events about things that may never be stored,
-- and an append-only log must not depend on mutable tables.
CREATE TABLE audit_entries (
    sequence       INTEGER NOT NULL PRIMARY KEY,
    occurred_at    INTEGER NOT NULL,
    actor          TEXT    NOT NULL,
    kind           TEXT    NOT NULL,
    incident_id    TEXT    NULL,
    run_id         TEXT    NULL,
    step_id        TEXT    NULL,
    data_json      TEXT    NOT NULL,
    previous_hash  TEXT    NOT NULL,
    hash           TEXT    NOT NULL
) STRICT;
CREATE INDEX ix_audit_incident ON audit_entries (incident_id, sequence) WHERE incident_id IS NOT NULL;
CREATE INDEX ix_audit_run ON audit_entries (run_id, sequence) WHERE run_id IS NOT NULL;

-- One row: the last sequence and hash. Appenders update it first thing.
CREATE TABLE audit_chain_head (
    id             INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    last_sequence  INTEGER NOT NULL,
    last_hash      TEXT    NOT NULL
) STRICT;
INSERT INTO audit_chain_head (id, last_sequence, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- Append-only, as a guard against mistakes; the hash chain is what reveals deliberate tampering.
CREATE TRIGGER audit_entries_no_update BEFORE UPDATE ON audit_entries
BEGIN
    SELECT RAISE(ABORT, 'audit_entries is append-only');
END;
CREATE TRIGGER audit_entries_no_delete BEFORE DELETE ON audit_entries
BEGIN
    SELECT RAISE(ABORT, 'audit_entries is append-only');
END;

CREATE TABLE outbox (
    enqueue_order  INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    id             TEXT    NOT NULL UNIQUE,
    message_type   TEXT    NOT NULL,
    payload_json   TEXT    NOT NULL,
    destination    TEXT    NULL,
    created_at     INTEGER NOT NULL,
    sent_at        INTEGER NULL
) STRICT;
CREATE INDEX ix_outbox_unsent ON outbox (created_at, enqueue_order) WHERE sent_at IS NULL;

CREATE TABLE inbox (
    consumer      TEXT    NOT NULL,
    message_id    TEXT    NOT NULL,
    processed_at  INTEGER NOT NULL,
    PRIMARY KEY (consumer, message_id)
) STRICT;
