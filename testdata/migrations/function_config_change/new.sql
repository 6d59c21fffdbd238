CREATE FUNCTION f() RETURNS integer LANGUAGE sql SET work_mem = '8MB' SET TimeZone = 'UTC' AS 'SELECT 1';
