-- A table moves from one schema to another (new side).
CREATE SCHEMA archive;
CREATE TABLE archive.events (id integer PRIMARY KEY, at timestamptz);
