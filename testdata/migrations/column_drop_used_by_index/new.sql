-- A column that an index uses is dropped (new side).
CREATE TABLE t (id integer, b text);
