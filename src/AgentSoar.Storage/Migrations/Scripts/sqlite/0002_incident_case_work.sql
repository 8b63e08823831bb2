-- Case work on incidents: who owns it, its tags, how it was closed, and the analysts' comments.

ALTER TABLE incidents ADD COLUMN assignee TEXT NULL;
ALTER TABLE incidents ADD COLUMN tags_json TEXT NOT NULL DEFAULT '[]';
ALTER TABLE incidents ADD COLUMN closed_at INTEGER NULL;
ALTER TABLE incidents ADD COLUMN resolution TEXT NULL;

CREATE TABLE incident_comments (
    id           TEXT    NOT NULL PRIMARY KEY,
    incident_id  TEXT    NOT NULL REFERENCES incidents (id),
    author       TEXT    NOT NULL,
    body         TEXT    NOT NULL,
    created_at   INTEGER NOT NULL
) STRICT;
CREATE INDEX ix_incident_comments_incident ON incident_comments (incident_id, created_at, id);
