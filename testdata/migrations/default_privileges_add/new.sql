-- roles: strata_reader, strata_writer
-- Entries appear (and, backward, go away); the table created after them
-- has their privileges, the one created before keeps none.
CREATE SCHEMA app;
CREATE TABLE app.keep (id integer);
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT ON TABLES TO strata_reader;
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT ALL ON TABLES TO strata_writer WITH GRANT OPTION;
ALTER DEFAULT PRIVILEGES GRANT USAGE, SELECT ON SEQUENCES TO strata_writer;
CREATE TABLE app.t (id bigserial PRIMARY KEY, note text);
