-- A table moves from one schema to another (old side).
CREATE SCHEMA archive;
CREATE TABLE events (id integer PRIMARY KEY, at timestamptz);
