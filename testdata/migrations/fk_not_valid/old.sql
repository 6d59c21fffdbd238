-- A foreign key is NOT VALID (old side).
CREATE TABLE parent (id integer PRIMARY KEY);
CREATE TABLE child (parent_id integer);
