-- An index is created or dropped (new side).
CREATE TABLE t (a integer, b text);
CREATE INDEX t_a ON t (a);
