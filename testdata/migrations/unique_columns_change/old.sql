-- A unique constraint changes its columns (old side).
CREATE TABLE t (a integer, b integer, CONSTRAINT t_u UNIQUE (a));
