-- A function is added (old side: none).
CREATE TABLE t (id integer);
