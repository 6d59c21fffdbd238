-- roles: strata_reader
-- The database has default privileges in force when the plan creates
-- objects: the plan must take away what they give and the target lacks.
CREATE SCHEMA app;
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT, INSERT ON TABLES TO strata_reader;
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
