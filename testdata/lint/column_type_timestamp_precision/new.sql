CREATE TABLE t (id integer PRIMARY KEY, at timestamp(0));
