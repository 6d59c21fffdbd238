-- A value is removed from an enum used by a primary key and the foreign key referencing it (new side).
CREATE TYPE code AS ENUM ('a', 'c');
CREATE TABLE parent (c code PRIMARY KEY);
CREATE TABLE child (c code REFERENCES parent);
