-- A column widens from integer to bigint (old side).
CREATE TABLE t (id integer PRIMARY KEY, n integer);
