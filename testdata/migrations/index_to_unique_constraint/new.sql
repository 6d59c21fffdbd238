-- A unique index is replaced by a unique constraint of the same name (new side).
CREATE TABLE t (a integer, CONSTRAINT t_a_key UNIQUE (a));
