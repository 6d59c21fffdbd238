-- roles: strata_reader, strata_writer
CREATE SCHEMA app;
CREATE TABLE app.keep (id integer);
