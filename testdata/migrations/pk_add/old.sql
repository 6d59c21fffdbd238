-- A primary key is added (old side).
CREATE TABLE t (id integer NOT NULL, v text);
