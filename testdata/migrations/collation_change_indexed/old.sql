-- An indexed column's collation changes (old side).
CREATE TABLE t (name text COLLATE "C");
CREATE INDEX t_name ON t (name);
