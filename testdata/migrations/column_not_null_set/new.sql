-- A column becomes NOT NULL (new side).
CREATE TABLE t (email text NOT NULL);
