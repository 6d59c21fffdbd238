-- A new parent table is created and an existing table inherits from it (old side).
CREATE TABLE child (id integer, v text);
