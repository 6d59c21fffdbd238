-- roles: strata_app
CREATE FUNCTION f(x integer) RETURNS bigint LANGUAGE sql AS 'SELECT x::bigint';
REVOKE ALL ON FUNCTION f(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION f(integer) TO strata_app;
