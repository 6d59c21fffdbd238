-- One overload of three is dropped, another changes.
CREATE FUNCTION f(a integer) RETURNS integer LANGUAGE sql AS 'SELECT a';
CREATE FUNCTION f(a text) RETURNS text LANGUAGE sql AS 'SELECT a';
CREATE FUNCTION f() RETURNS integer LANGUAGE sql AS 'SELECT 0';
