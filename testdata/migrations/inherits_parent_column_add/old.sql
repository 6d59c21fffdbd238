-- A column is added to a parent and so to its child (old side).
CREATE TABLE base (id integer);
CREATE TABLE child (v text) INHERITS (base);
