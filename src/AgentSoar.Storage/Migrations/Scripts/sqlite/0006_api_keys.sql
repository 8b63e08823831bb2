-- API keys made in the console. Only the key's SHA-256 is stored (the key is shown once, when it is made), with a
-- short prefix of it that is no secret, so a holder can tell which key is which. A revoked key stays, for the record.

CREATE TABLE api_keys (
    id                 TEXT    NOT NULL PRIMARY KEY,
    name               TEXT    NOT NULL UNIQUE,
    key_sha256         TEXT    NOT NULL UNIQUE,
    prefix             TEXT    NOT NULL,
    roles_json         TEXT    NOT NULL,
    alert_format       TEXT    NULL,
    alerts_per_second  INTEGER NULL,
    alert_burst        INTEGER NULL,
    created_by         TEXT    NOT NULL,
    created_at         INTEGER NOT NULL,
    revoked_by         TEXT    NULL,
    revoked_at         INTEGER NULL
) STRICT;
