-- roles: strata_reader, strata_writer
-- Objects the plan creates get their privileges after they exist.
CREATE TABLE keep (id integer, note text);
CREATE SCHEMA app;
CREATE TABLE app.t (id serial, name text);
GRANT USAGE ON SCHEMA app TO strata_reader;
GRANT SELECT ON app.t TO strata_reader;
GRANT SELECT (id), UPDATE (name) ON app.t TO strata_writer;
GRANT USAGE ON SEQUENCE app.t_id_seq TO strata_writer;
GRANT UPDATE (note) ON keep TO strata_writer;
