-- A table's replica identity becomes FULL (old side).
CREATE TABLE t (id integer PRIMARY KEY, v text);
