-- roles: strata_app
-- Taking EXECUTE away from PUBLIC (a default) and giving it to a role.
CREATE FUNCTION f(x integer) RETURNS integer LANGUAGE sql AS 'SELECT x';
CREATE PROCEDURE p() LANGUAGE sql AS 'SELECT 1';
REVOKE EXECUTE ON FUNCTION f(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION f(integer) TO strata_app WITH GRANT OPTION;
REVOKE ALL ON PROCEDURE p() FROM PUBLIC;
