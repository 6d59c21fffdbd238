-- A CHECK constraint is NOT VALID (old side).
CREATE TABLE t (n integer);
