-- A column becomes NOT NULL and gets a default at once (old side).
CREATE TABLE t (n integer);
