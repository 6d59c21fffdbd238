-- A table switches parent (old side).
CREATE TABLE p1 (id integer);
CREATE TABLE p2 (id integer);
CREATE TABLE c () INHERITS (p1);
