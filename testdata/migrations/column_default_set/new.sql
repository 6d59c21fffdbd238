-- A column gets a default (new side).
CREATE TABLE t (n integer DEFAULT 42);
