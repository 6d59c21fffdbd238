-- A new parent table is created and an existing table inherits from it (new side).
CREATE TABLE base (id integer);
CREATE TABLE child (id integer, v text) INHERITS (base);
