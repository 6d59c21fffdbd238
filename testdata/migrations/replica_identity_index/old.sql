-- A table's replica identity uses a unique index (old side).
CREATE TABLE t (id integer PRIMARY KEY, code text NOT NULL);
CREATE UNIQUE INDEX t_code ON t (code);
