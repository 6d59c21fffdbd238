-- A table's comment is set (old side).
CREATE TABLE t (id integer);
