-- A table's replica identity becomes NOTHING (new side).
CREATE TABLE t (v text);
ALTER TABLE t REPLICA IDENTITY NOTHING;
