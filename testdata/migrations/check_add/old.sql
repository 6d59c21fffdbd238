-- A CHECK constraint is added (old side).
CREATE TABLE t (n integer);
