-- An index becomes partial (new side).
CREATE TABLE t (a integer);
CREATE INDEX t_a ON t (a) WHERE a > 0;
