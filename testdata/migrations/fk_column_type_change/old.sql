-- A foreign key column and its referenced key change type from integer to text (old side).
CREATE TABLE parent (id integer PRIMARY KEY);
CREATE TABLE child (pid integer REFERENCES parent);
