-- A foreign key is added (old side).
CREATE TABLE parent (id integer PRIMARY KEY);
CREATE TABLE child (parent_id integer);
