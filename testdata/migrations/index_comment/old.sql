-- An index's comment is set (old side).
CREATE TABLE t (a integer);
CREATE INDEX t_a ON t (a);
