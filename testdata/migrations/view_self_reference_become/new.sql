CREATE SCHEMA app;
CREATE TABLE app.projects (id integer, name text, started timestamptz);
CREATE VIEW app.v AS SELECT id, name, started FROM app.projects;
CREATE OR REPLACE VIEW app.v AS TABLE app.v;
