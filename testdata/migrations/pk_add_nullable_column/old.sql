-- A primary key is added on a nullable column (which becomes NOT NULL) (old side).
CREATE TABLE t (id integer, v text);
