-- A unique constraint gains INCLUDE columns (old side).
CREATE TABLE t (a integer, b text, CONSTRAINT t_a_key UNIQUE (a));
