-- roles: strata_reader, strata_writer
CREATE SCHEMA app;
GRANT ALL ON SCHEMA app TO strata_writer;
