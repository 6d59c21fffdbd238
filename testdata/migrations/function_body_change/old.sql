-- The body changes: CREATE OR REPLACE.
CREATE FUNCTION f(a integer) RETURNS integer LANGUAGE sql AS 'SELECT a + 1';
COMMENT ON FUNCTION f(integer) IS 'kept';
