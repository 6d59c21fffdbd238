-- A unique constraint and a foreign key referencing it are added together (old side).
CREATE TABLE parent (id integer PRIMARY KEY, code text);
CREATE TABLE child (parent_code text);
