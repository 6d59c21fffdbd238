CREATE FUNCTION f(a integer, b text DEFAULT 'x') RETURNS text LANGUAGE sql AS 'SELECT b';
