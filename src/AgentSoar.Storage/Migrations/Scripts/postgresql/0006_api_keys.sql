-- API keys made in the console. Only the key's SHA-256 is stored (the key is shown once, when it is made), with a
-- short prefix of it that is no secret, so a holder can tell which key is which. A revoked key stays, for the record.

CREATE TABLE api_keys (
    id                 uuid    NOT NULL PRIMARY KEY,
    name               text    NOT NULL UNIQUE,
    key_sha256         text    NOT NULL UNIQUE,
    prefix             text    NOT NULL,
    roles_json         text    NOT NULL,
    alert_format       text    NULL,
    alerts_per_second  integer NULL,
    alert_burst        integer NULL,
    created_by         text    NOT NULL,
    created_at         bigint  NOT NULL,
    revoked_by         text    NULL,
    revoked_at         bigint  NULL
);
