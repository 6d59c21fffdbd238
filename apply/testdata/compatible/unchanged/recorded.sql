CREATE TABLE t (id integer PRIMARY KEY, name text NOT NULL);
CREATE INDEX t_name ON t (name);
