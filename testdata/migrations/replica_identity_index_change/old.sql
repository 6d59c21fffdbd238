-- A table's replica identity switches to another index (old side).
CREATE TABLE t (a integer NOT NULL, b integer NOT NULL);
CREATE UNIQUE INDEX t_a ON t (a);
CREATE UNIQUE INDEX t_b ON t (b);
ALTER TABLE t REPLICA IDENTITY USING INDEX t_a;
