-- A primary key column and the foreign key column referencing it widen together (old side).
CREATE TABLE parent (id integer PRIMARY KEY);
CREATE TABLE child (parent_id integer REFERENCES parent);
