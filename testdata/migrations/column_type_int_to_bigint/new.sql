-- A column widens from integer to bigint (new side).
CREATE TABLE t (id integer PRIMARY KEY, n bigint);
