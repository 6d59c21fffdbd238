-- A NOT NULL column with a default is added (old side).
CREATE TABLE t (id integer);
