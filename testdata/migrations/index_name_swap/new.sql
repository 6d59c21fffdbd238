-- Two indexes exchange their names (new side).
CREATE TABLE t (a integer, b integer);
CREATE INDEX i1 ON t (b);
CREATE INDEX i2 ON t (a);
