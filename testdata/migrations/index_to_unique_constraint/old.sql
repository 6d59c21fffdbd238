-- A unique index is replaced by a unique constraint of the same name (old side).
CREATE TABLE t (a integer);
CREATE UNIQUE INDEX t_a_key ON t (a);
