-- A function becomes a procedure of the same name and arguments.
CREATE FUNCTION run(a integer) RETURNS void LANGUAGE sql AS 'SELECT 1';
