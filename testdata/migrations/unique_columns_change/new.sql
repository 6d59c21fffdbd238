-- A unique constraint changes its columns (new side).
CREATE TABLE t (a integer, b integer, CONSTRAINT t_u UNIQUE (b, a));
