-- SETOF integer becomes RETURNS TABLE with two columns: DROP and CREATE.
CREATE FUNCTION nums(n integer) RETURNS SETOF integer LANGUAGE sql ROWS 10 AS 'SELECT generate_series(1, n)';
