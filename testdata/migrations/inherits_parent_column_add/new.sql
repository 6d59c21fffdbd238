-- A column is added to a parent and so to its child (new side).
CREATE TABLE base (id integer, note text);
CREATE TABLE child (v text) INHERITS (base);
