-- A column becomes NOT NULL and gets a default at once (new side).
CREATE TABLE t (n integer NOT NULL DEFAULT 0);
