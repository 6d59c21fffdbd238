-- roles: strata_reader, strata_writer, strata_owner
-- ALTER DEFAULT PRIVILEGES: the entries are part of the schema, and every
-- object created after one gets its privileges, as an explicit GRANT would
-- give them; objects created before keep theirs.
CREATE SCHEMA app;
CREATE TABLE app.before (id integer);
CREATE FUNCTION app.f_before() RETURNS integer LANGUAGE sql AS 'SELECT 1';

ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT ON TABLES TO strata_reader;
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT, UPDATE ON TABLES TO strata_writer WITH GRANT OPTION;
ALTER DEFAULT PRIVILEGES GRANT USAGE ON SEQUENCES TO strata_writer;
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT EXECUTE ON ROUTINES TO strata_reader;
ALTER DEFAULT PRIVILEGES REVOKE USAGE ON TYPES FROM PUBLIC;
ALTER DEFAULT PRIVILEGES GRANT USAGE ON SCHEMAS TO strata_reader;
ALTER DEFAULT PRIVILEGES FOR ROLE strata_owner IN SCHEMA app GRANT INSERT ON TABLES TO strata_writer;
ALTER DEFAULT PRIVILEGES FOR ROLE strata_owner GRANT ALL ON TABLES TO strata_reader;
ALTER DEFAULT PRIVILEGES GRANT ALL ON TABLES TO postgres;

CREATE TABLE app.t (id serial PRIMARY KEY, name text);
CREATE VIEW app.v AS SELECT id, name FROM app.t;
CREATE TABLE public.p (id integer);
CREATE FUNCTION app.f() RETURNS integer LANGUAGE sql AS 'SELECT 2';
CREATE PROCEDURE public.pr() LANGUAGE sql AS 'SELECT 1';
CREATE TYPE app.mood AS ENUM ('sad', 'happy');
CREATE DOMAIN public.posint AS integer CHECK (VALUE > 0);
CREATE SCHEMA later;

-- Explicit privileges after the defaults change them as usual.
REVOKE SELECT ON app.v FROM strata_reader;
GRANT EXECUTE ON FUNCTION app.f() TO PUBLIC;

-- Revoking in a schema takes back what the schema's entry gave.
ALTER DEFAULT PRIVILEGES IN SCHEMA app REVOKE UPDATE ON TABLES FROM strata_writer;
CREATE TABLE app.after (id integer);
