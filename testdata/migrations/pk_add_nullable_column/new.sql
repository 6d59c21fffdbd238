-- A primary key is added on a nullable column (which becomes NOT NULL) (new side).
CREATE TABLE t (id integer PRIMARY KEY, v text);
