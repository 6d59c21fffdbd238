-- A table gains storage parameters (old side).
CREATE TABLE t (id integer);
