CREATE FUNCTION f(a integer) RETURNS text LANGUAGE sql AS 'SELECT a::text';
COMMENT ON FUNCTION f(integer) IS 'returns text';
