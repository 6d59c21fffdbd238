-- roles: strata_app, strata_admin
-- Functions and procedures: PUBLIC may execute them by default; the
-- usual hardening revokes that and grants to a role. Overloads are
-- separate objects.
CREATE SCHEMA api;
CREATE FUNCTION api.add(a integer, b integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT a + b';
CREATE FUNCTION api.add(a bigint, b bigint) RETURNS bigint LANGUAGE sql IMMUTABLE AS 'SELECT a + b';
CREATE FUNCTION api.secret() RETURNS text LANGUAGE sql SECURITY DEFINER AS $$SELECT 'x'$$;
CREATE PROCEDURE api.reset(n integer) LANGUAGE sql AS 'SELECT 1';
CREATE FUNCTION public.open_fn() RETURNS integer LANGUAGE sql AS 'SELECT 1';
REVOKE ALL ON FUNCTION api.secret() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION api.secret() TO strata_admin WITH GRANT OPTION;
REVOKE EXECUTE ON FUNCTION api.add(bigint, bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION api.add(integer, integer) TO strata_app;
REVOKE EXECUTE ON PROCEDURE api.reset FROM PUBLIC;
GRANT ALL ON PROCEDURE api.reset(integer) TO strata_admin;
GRANT EXECUTE ON ROUTINE public.open_fn TO PUBLIC;
