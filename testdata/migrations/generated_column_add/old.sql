-- A generated column is added (old side).
CREATE TABLE t (c numeric);
