-- A view that comes to select from itself, and back: the same column
-- names and types, so CREATE OR REPLACE VIEW does it either way.
CREATE SCHEMA app;
CREATE TABLE app.projects (id integer, name text, started timestamptz);
CREATE VIEW app.v AS SELECT id, name, started FROM app.projects;
