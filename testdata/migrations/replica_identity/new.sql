-- A table's replica identity becomes FULL (new side).
CREATE TABLE t (id integer PRIMARY KEY, v text);
ALTER TABLE t REPLICA IDENTITY FULL;
