-- A text column becomes varchar with a collation (new side).
CREATE TABLE t (name varchar(100) COLLATE "C");
