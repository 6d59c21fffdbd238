CREATE AGGREGATE s1(integer) (SFUNC = int4pl, STYPE = integer, INITCOND = '100', PARALLEL = SAFE);
CREATE FUNCTION num_add(numeric, bigint) RETURNS numeric LANGUAGE sql AS 'SELECT $1 + $2';
CREATE AGGREGATE s2(bigint) (SFUNC = num_add, STYPE = numeric);
