-- An input argument is renamed (DROP and CREATE); the other way an
-- unnamed argument gets a name, which CREATE OR REPLACE allows... no: the
-- reverse renames too.
CREATE FUNCTION f(a integer, integer) RETURNS integer LANGUAGE sql AS 'SELECT $1';
