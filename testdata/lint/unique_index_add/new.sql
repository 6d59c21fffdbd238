CREATE TABLE t (id integer PRIMARY KEY, v text);
CREATE UNIQUE INDEX t_v ON t (v);
