-- A column becomes NOT NULL (old side).
CREATE TABLE t (email text);
