-- A primary key is added (new side).
CREATE TABLE t (id integer NOT NULL PRIMARY KEY, v text);
