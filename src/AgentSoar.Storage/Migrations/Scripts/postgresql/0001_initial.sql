-- 0001: the Coordinator's first schema (PostgreSQL).
-- Times are UTC ticks (bigint, 100 ns since 0001-01-01): exact, and the same on both engines.
--   To read one: to_timestamp((created_at - 621355968000000000) / 10000000.0)
-- JSON is stored as text: the store never queries into it, and text keeps it byte for byte (the audit
-- hash covers those bytes; jsonb would reorder keys).

CREATE TABLE incidents (
    id           uuid    NOT NULL PRIMARY KEY,
    title        text    NOT NULL,
    severity_id  integer NOT NULL,
    status       text    NOT NULL,
    created_at   bigint  NOT NULL,
    updated_at   bigint  NOT NULL,
    version      bigint  NOT NULL
);
CREATE INDEX ix_incidents_created ON incidents (created_at DESC, id DESC);

CREATE TABLE alerts (
    id            uuid   NOT NULL PRIMARY KEY,
    incident_id   uuid   NOT NULL REFERENCES incidents (id),
    source        text   NOT NULL,
    finding_json  text   NOT NULL,
    received_at   bigint NOT NULL
);
CREATE INDEX ix_alerts_incident ON alerts (incident_id, received_at, id);

CREATE TABLE plans (
    id             uuid   NOT NULL PRIMARY KEY,
    incident_id    uuid   NOT NULL REFERENCES incidents (id),
    alert_id       uuid   NOT NULL REFERENCES alerts (id),
    planner_kind   text   NOT NULL,
    decision_json  text   NOT NULL,
    created_at     bigint NOT NULL
);
CREATE INDEX ix_plans_incident ON plans (incident_id, created_at, id);
CREATE INDEX ix_plans_alert ON plans (alert_id);

CREATE TABLE runs (
    id                uuid    NOT NULL PRIMARY KEY,
    incident_id       uuid    NOT NULL REFERENCES incidents (id),
    playbook_id       text    NOT NULL,
    playbook_version  integer NOT NULL,
    playbook_hash     text    NOT NULL,
    status            text    NOT NULL,
    state_json        text    NOT NULL,
    wake_at           bigint  NULL,
    created_at        bigint  NOT NULL,
    updated_at        bigint  NOT NULL,
    version           bigint  NOT NULL
);
CREATE INDEX ix_runs_created ON runs (created_at DESC, id DESC);
CREATE INDEX ix_runs_incident ON runs (incident_id, created_at DESC, id DESC);
-- The watchdog's question; finished runs have no wake time and stay out of the index.
CREATE INDEX ix_runs_wake ON runs (wake_at, id) WHERE wake_at IS NOT NULL;

CREATE TABLE approvals (
    id              uuid   NOT NULL PRIMARY KEY,
    run_id          uuid   NOT NULL REFERENCES runs (id),
    incident_id     uuid   NOT NULL REFERENCES incidents (id),
    step_id         text   NOT NULL,
    action_hash     text   NOT NULL,
    status          text   NOT NULL,
    request_json    text   NOT NULL,
    decisions_json  text   NOT NULL,
    created_at      bigint NOT NULL,
    expires_at      bigint NOT NULL,
    decided_at      bigint NULL,
    version         bigint NOT NULL
);
CREATE INDEX ix_approvals_created ON approvals (created_at DESC, id DESC);
CREATE INDEX ix_approvals_status ON approvals (status, created_at DESC, id DESC);
CREATE INDEX ix_approvals_run ON approvals (run_id);
CREATE INDEX ix_approvals_incident ON approvals (incident_id);

-- The audit trail has no foreign keys on purpose: it records events about things that may never be
-- stored (a rejected alert), and an append-only log must not depend on mutable tables.
CREATE TABLE audit_entries (
    sequence       bigint NOT NULL PRIMARY KEY,
    occurred_at    bigint NOT NULL,
    actor          text   NOT NULL,
    kind           text   NOT NULL,
    incident_id    uuid   NULL,
    run_id         uuid   NULL,
    step_id        text   NULL,
    data_json      text   NOT NULL,
    previous_hash  text   NOT NULL,
    hash           text   NOT NULL
);
CREATE INDEX ix_audit_incident ON audit_entries (incident_id, sequence) WHERE incident_id IS NOT NULL;
CREATE INDEX ix_audit_run ON audit_entries (run_id, sequence) WHERE run_id IS NOT NULL;

-- One row: the last sequence and hash. Appenders lock it, which serialises the chain.
CREATE TABLE audit_chain_head (
    id             integer NOT NULL PRIMARY KEY CHECK (id = 1),
    last_sequence  bigint  NOT NULL,
    last_hash      text    NOT NULL
);
INSERT INTO audit_chain_head (id, last_sequence, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- Append-only, as a guard against mistakes. It does not stop an owner who drops the trigger: the hash
-- chain is what reveals that.
CREATE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_entries is append-only';
END
$$;
CREATE TRIGGER audit_entries_no_change BEFORE UPDATE OR DELETE ON audit_entries
    FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only();
CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON audit_entries
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_append_only();

CREATE TABLE outbox (
    enqueue_order  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id             uuid   NOT NULL UNIQUE,
    message_type   text   NOT NULL,
    payload_json   text   NOT NULL,
    destination    text   NULL,
    created_at     bigint NOT NULL,
    sent_at        bigint NULL
);
CREATE INDEX ix_outbox_unsent ON outbox (created_at, enqueue_order) WHERE sent_at IS NULL;

CREATE TABLE inbox (
    consumer      text   NOT NULL,
    message_id    uuid   NOT NULL,
    processed_at  bigint NOT NULL,
    PRIMARY KEY (consumer, message_id)
);
