-- A NOT NULL column with a default is added (new side).
CREATE TABLE t (id integer, active boolean NOT NULL DEFAULT true);
