-- roles: strata_reader, strata_writer, strata_admin
-- Privileges on schemas: USAGE, CREATE, ALL, WITH GRANT OPTION.
CREATE SCHEMA app;
CREATE SCHEMA reporting;
CREATE SCHEMA "Mixed Case";
GRANT USAGE ON SCHEMA app TO strata_reader;
GRANT USAGE, CREATE ON SCHEMA app TO strata_writer;
GRANT ALL ON SCHEMA reporting TO strata_admin WITH GRANT OPTION;
GRANT USAGE ON SCHEMA reporting, "Mixed Case" TO strata_reader, PUBLIC;
GRANT CREATE ON SCHEMA "Mixed Case" TO strata_writer;
REVOKE CREATE ON SCHEMA "Mixed Case" FROM strata_writer;
