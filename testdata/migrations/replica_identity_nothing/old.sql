-- A table's replica identity becomes NOTHING (old side).
CREATE TABLE t (v text);
ALTER TABLE t REPLICA IDENTITY FULL;
