CREATE FUNCTION nums(n integer) RETURNS TABLE(i integer, sq integer) LANGUAGE sql AS 'SELECT i, i * i FROM generate_series(1, n) i';
