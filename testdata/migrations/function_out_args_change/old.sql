-- The output arguments change: DROP and CREATE.
CREATE FUNCTION f(a integer, OUT x integer, OUT y text) LANGUAGE sql AS 'SELECT a, a::text';
