-- An index gains INCLUDE columns (old side).
CREATE TABLE t (a integer, b text);
CREATE INDEX t_a ON t (a);
