-- An index becomes partial (old side).
CREATE TABLE t (a integer);
CREATE INDEX t_a ON t (a);
