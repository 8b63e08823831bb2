-- Case work on incidents: who owns it, its tags, how it was closed, and the analysts' comments.

ALTER TABLE incidents ADD COLUMN assignee text NULL;
ALTER TABLE incidents ADD COLUMN tags_json text NOT NULL DEFAULT '[]';
ALTER TABLE incidents ADD COLUMN closed_at bigint NULL;
ALTER TABLE incidents ADD COLUMN resolution text NULL;

CREATE TABLE incident_comments (
    id           uuid    NOT NULL PRIMARY KEY,
    incident_id  uuid    NOT NULL REFERENCES incidents (id),
    author       text    NOT NULL,
    body         text    NOT NULL,
    created_at   bigint  NOT NULL
);
CREATE INDEX ix_incident_comments_incident ON incident_comments (incident_id, created_at, id);
