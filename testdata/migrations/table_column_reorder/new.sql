-- The columns of a table are declared in another order: refused both ways (new side).
CREATE TABLE t (id integer, b text, a text);
