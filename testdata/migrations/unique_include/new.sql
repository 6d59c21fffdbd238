-- A unique constraint gains INCLUDE columns (new side).
CREATE TABLE t (a integer, b text, CONSTRAINT t_a_key UNIQUE (a) INCLUDE (b));
