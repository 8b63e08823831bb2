-- Local accounts for the console: who may log in, with which roles. Passwords are stored only as the
-- ASP.NET Core password hasher's salted, iterated hash; failed logins are counted for the lockout.

CREATE TABLE users (
    id             uuid    NOT NULL PRIMARY KEY,
    username       text    NOT NULL UNIQUE,
    display_name   text    NOT NULL,
    password_hash  text    NOT NULL,
    roles_json     text    NOT NULL,
    disabled       integer NOT NULL,
    failed_logins  integer NOT NULL,
    locked_until   bigint  NULL,
    created_at     bigint  NOT NULL,
    updated_at     bigint  NOT NULL,
    version        bigint  NOT NULL
);
