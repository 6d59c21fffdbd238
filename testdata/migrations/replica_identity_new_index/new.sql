-- The replica identity moves to an index that is created at the same time (new side).
CREATE TABLE t (a integer NOT NULL, b integer NOT NULL);
CREATE UNIQUE INDEX t_ab ON t (a, b);
ALTER TABLE t REPLICA IDENTITY USING INDEX t_ab;
