-- An index changes its columns (new side).
CREATE TABLE t (a integer, b integer);
CREATE INDEX t_idx ON t (a, b);
