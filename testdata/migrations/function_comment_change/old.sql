-- Only the comment changes.
CREATE FUNCTION f() RETURNS integer LANGUAGE sql AS 'SELECT 1';
COMMENT ON FUNCTION f() IS 'old';
