-- roles: strata_reader
CREATE SCHEMA app;
-- Created before the entries: no privileges from them.
CREATE TABLE app.plain (id integer);
CREATE FUNCTION app.open() RETURNS integer LANGUAGE sql AS 'SELECT 1';
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT, INSERT ON TABLES TO strata_reader;
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
-- Created after: their privileges, one of them taken back.
CREATE TABLE app.t (id integer);
CREATE VIEW app.v AS SELECT id FROM app.t;
REVOKE INSERT ON app.v FROM strata_reader;
CREATE FUNCTION app.closed() RETURNS integer LANGUAGE sql AS 'SELECT 2';
