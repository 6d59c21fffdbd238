-- A column's collation changes (old side).
CREATE TABLE t (name text);
