-- roles: strata_reader, strata_writer
-- CREATE OR REPLACE keeps an object's privileges: the default privileges
-- in force when it is replaced do not apply again.
CREATE SCHEMA app;
CREATE TABLE app.t (id integer, name text);
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT ON TABLES TO strata_reader;
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT EXECUTE ON FUNCTIONS TO strata_reader;
CREATE VIEW app.v AS SELECT id FROM app.t;
CREATE FUNCTION app.f() RETURNS integer LANGUAGE sql AS 'SELECT 1';
CREATE VIEW app.w AS SELECT name FROM app.t;
ALTER DEFAULT PRIVILEGES IN SCHEMA app REVOKE SELECT ON TABLES FROM strata_reader;
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT ON TABLES TO strata_writer;
ALTER DEFAULT PRIVILEGES IN SCHEMA app REVOKE EXECUTE ON FUNCTIONS FROM strata_reader;
CREATE OR REPLACE VIEW app.v AS SELECT id, name FROM app.t;
CREATE OR REPLACE FUNCTION app.f() RETURNS integer LANGUAGE sql AS 'SELECT 2';
-- Renamed objects keep theirs too.
ALTER VIEW app.w RENAME TO w2;
GRANT INSERT ON app.w2 TO strata_writer;
