-- Defaults are added (CREATE OR REPLACE) or removed (DROP and CREATE).
CREATE FUNCTION f(a integer, b text) RETURNS text LANGUAGE sql AS 'SELECT b';
