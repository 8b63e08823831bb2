-- What people did with a plan the planner only proposed: run it or dismiss it, once (the first decision wins).
ALTER TABLE plans ADD COLUMN outcome_json TEXT NULL;
