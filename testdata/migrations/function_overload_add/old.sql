-- An overload is added next to an existing one.
CREATE FUNCTION f(a integer) RETURNS integer LANGUAGE sql AS 'SELECT a';
