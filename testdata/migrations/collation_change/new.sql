-- A column's collation changes (new side).
CREATE TABLE t (name text COLLATE "C");
