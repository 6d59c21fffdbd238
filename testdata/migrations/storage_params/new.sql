-- A table gains storage parameters (new side).
CREATE TABLE t (id integer) WITH (fillfactor = 70);
