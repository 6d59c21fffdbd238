-- An index becomes unique (new side).
CREATE TABLE t (a integer);
CREATE UNIQUE INDEX t_a ON t (a);
