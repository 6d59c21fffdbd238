CREATE TABLE t (id integer PRIMARY KEY, v text);
CREATE INDEX t_v ON t (v);
