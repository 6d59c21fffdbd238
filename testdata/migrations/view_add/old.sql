-- A view is added (new side) or dropped (old side).
CREATE TABLE t (id integer PRIMARY KEY, name text);
