-- A range type uses its canonical and subtype_diff functions: DROP
-- FUNCTION ... CASCADE takes the range type with it (and its multirange
-- type, and the columns of those types). The overload of another subtype
-- stays. (ddl/refuse_test.go checks that a range type whose subtype_diff
-- is another overload of the name stays too.)
CREATE FUNCTION diff(double precision, double precision) RETURNS double precision
    LANGUAGE sql IMMUTABLE AS 'SELECT $1 - $2';
CREATE FUNCTION diff(numeric, numeric) RETURNS double precision
    LANGUAGE sql IMMUTABLE AS 'SELECT ($1 - $2)::double precision';
CREATE TYPE floatrange AS RANGE (subtype = double precision, subtype_diff = diff);
CREATE TYPE numrange2 AS RANGE (subtype = numeric);
CREATE TABLE spans (id integer, f floatrange, n numrange2);
DROP FUNCTION diff(double precision, double precision) CASCADE;
