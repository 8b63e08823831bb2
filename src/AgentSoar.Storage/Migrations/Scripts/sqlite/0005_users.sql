-- Local accounts for the console: who may log in, with which roles. Passwords are stored only as the
-- ASP.NET Core password hasher's salted, iterated hash; failed logins are counted for the lockout.

CREATE TABLE users (
    id             TEXT    NOT NULL PRIMARY KEY,
    username       TEXT    NOT NULL UNIQUE,
    display_name   TEXT    NOT NULL,
    password_hash  TEXT    NOT NULL,
    roles_json     TEXT    NOT NULL,
    disabled       INTEGER NOT NULL,
    failed_logins  INTEGER NOT NULL,
    locked_until   INTEGER NULL,
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL,
    version        INTEGER NOT NULL
) STRICT;
