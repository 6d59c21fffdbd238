-- roles: strata_app
CREATE FUNCTION f(x integer) RETURNS integer LANGUAGE sql AS 'SELECT x';
CREATE PROCEDURE p() LANGUAGE sql AS 'SELECT 1';
