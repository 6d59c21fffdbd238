-- roles: strata_reader, strata_writer
CREATE SCHEMA app;
GRANT USAGE ON SCHEMA app TO strata_reader;
