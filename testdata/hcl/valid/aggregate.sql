CREATE FUNCTION add2(integer, integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT $1 + $2';
CREATE AGGREGATE total(integer) (SFUNC = add2, STYPE = integer, INITCOND = '0');
CREATE FUNCTION pick_step(bigint[], text) RETURNS bigint[] LANGUAGE sql AS 'SELECT $1';
CREATE AGGREGATE pick(integer ORDER BY text) (SFUNC = pick_step, STYPE = bigint[]);
