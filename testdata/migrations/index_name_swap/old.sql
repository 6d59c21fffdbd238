-- Two indexes exchange their names (old side).
CREATE TABLE t (a integer, b integer);
CREATE INDEX i1 ON t (a);
CREATE INDEX i2 ON t (b);
