-- roles: strata_reader
-- Schemas get the global SCHEMAS entry in force when they are created.
ALTER DEFAULT PRIVILEGES GRANT USAGE ON SCHEMAS TO strata_reader;
ALTER DEFAULT PRIVILEGES GRANT SELECT ON SEQUENCES TO strata_reader;
CREATE SCHEMA kept;
