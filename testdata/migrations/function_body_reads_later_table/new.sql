-- The file itself needs the check off, as pg_dump output has it.
SET check_function_bodies = false;
CREATE SCHEMA app;
CREATE FUNCTION app.max_id() RETURNS integer LANGUAGE sql AS 'SELECT coalesce(max(id), 0) + 1 FROM app.item';
CREATE TABLE app.item (id integer DEFAULT app.max_id(), name text);
