-- The replica identity moves to an index that is created at the same time (old side).
CREATE TABLE t (a integer NOT NULL, b integer NOT NULL);
