-- The result type changes: DROP and CREATE.
CREATE FUNCTION f(a integer) RETURNS integer LANGUAGE sql AS 'SELECT a';
COMMENT ON FUNCTION f(integer) IS 'returns a number';
