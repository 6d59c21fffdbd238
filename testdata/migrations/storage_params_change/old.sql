-- A table's storage parameters change, one is added and one removed (old side).
CREATE TABLE t (id integer) WITH (fillfactor = 70, autovacuum_enabled = false);
