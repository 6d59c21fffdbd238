-- A text column becomes varchar with a collation (old side).
CREATE TABLE t (name text);
