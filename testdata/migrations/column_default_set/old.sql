-- A column gets a default (old side).
CREATE TABLE t (n integer);
