-- An indexed column's collation changes (new side).
CREATE TABLE t (name text COLLATE "POSIX");
CREATE INDEX t_name ON t (name);
