-- The columns of a table are declared in another order: refused both ways (old side).
CREATE TABLE t (id integer, a text, b text);
