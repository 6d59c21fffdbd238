-- roles: strata_app
-- The result type changes: DROP FUNCTION and CREATE FUNCTION, which loses
-- the privileges; the plan grants them again.
CREATE FUNCTION f(x integer) RETURNS integer LANGUAGE sql AS 'SELECT x';
REVOKE ALL ON FUNCTION f(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION f(integer) TO strata_app;
