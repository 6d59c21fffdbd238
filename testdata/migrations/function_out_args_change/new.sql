CREATE FUNCTION f(a integer, OUT x integer, OUT z text) LANGUAGE sql AS 'SELECT a, a::text';
