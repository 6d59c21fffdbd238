-- requires: SELECT count(*) = 1 FROM pg_available_extensions WHERE name = 'file_fdw'
-- A server of an extension's wrapper (file_fdw, as in postgrest's schema)
-- and a foreign table on it; the wrapper belongs to the extension.
CREATE EXTENSION file_fdw;
CREATE SERVER import_csv FOREIGN DATA WRAPPER file_fdw;
CREATE FOREIGN TABLE projects_dump (
  id integer,
  name text,
  client_id integer
) SERVER import_csv OPTIONS ( filename '/tmp/projects_dump.csv', format 'csv');
COMMENT ON FOREIGN TABLE projects_dump IS
$$A temporary projects dump

Just a test for foreign tables$$;
