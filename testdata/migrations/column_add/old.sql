-- A nullable column is added or dropped (old side).
CREATE TABLE t (id integer);
