-- An index becomes unique (old side).
CREATE TABLE t (a integer);
CREATE INDEX t_a ON t (a);
