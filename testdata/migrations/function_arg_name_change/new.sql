CREATE FUNCTION f(x integer, y integer) RETURNS integer LANGUAGE sql AS 'SELECT $1';
