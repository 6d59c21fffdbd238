-- A table's storage parameters change, one is added and one removed (new side).
CREATE TABLE t (id integer) WITH (fillfactor = 90, autovacuum_vacuum_scale_factor = 0.05);
