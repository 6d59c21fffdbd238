-- A nullable column is added or dropped (new side).
CREATE TABLE t (id integer, note text);
