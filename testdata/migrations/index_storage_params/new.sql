-- An index's storage parameters change (new side).
CREATE TABLE t (a integer);
CREATE INDEX t_a ON t (a) WITH (fillfactor = 50, deduplicate_items = off);
