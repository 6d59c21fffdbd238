-- SET clauses change.
CREATE FUNCTION f() RETURNS integer LANGUAGE sql SET search_path = public, pg_temp AS 'SELECT 1';
