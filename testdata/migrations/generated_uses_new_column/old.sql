-- A column and a generated column computed from it are added together (old side).
CREATE TABLE t (id integer);
