-- A table switches parent (new side).
CREATE TABLE p1 (id integer);
CREATE TABLE p2 (id integer);
CREATE TABLE c () INHERITS (p2);
