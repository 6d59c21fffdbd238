-- DROP TYPE ... CASCADE also removes the attributes of composite types of
-- that type, range types over it, and the casts and operators that take
-- it; DROP FUNCTION ... CASCADE the casts and operators that call it.
CREATE TYPE pair AS (a integer, b text);
CREATE TYPE holder AS (p pair, n integer);
CREATE TYPE keeper AS (n integer);
CREATE FUNCTION pair_int(pair) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT 1';
CREATE CAST (pair AS integer) WITH FUNCTION pair_int(pair);
CREATE FUNCTION pair_eq(pair, pair) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT true';
CREATE OPERATOR === (LEFTARG = pair, RIGHTARG = pair, FUNCTION = pair_eq);
CREATE TYPE num AS (x numeric);
CREATE FUNCTION num_lt(num, num) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT true';
CREATE OPERATOR <<< (LEFTARG = num, RIGHTARG = num, FUNCTION = num_lt);
CREATE FUNCTION num_text(num) RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT ''x''';
CREATE CAST (num AS text) WITH FUNCTION num_text(num);
DROP TYPE pair CASCADE;
DROP FUNCTION num_lt(num, num) CASCADE;
DROP FUNCTION num_text(num) CASCADE;
CREATE DOMAIN small AS integer;
CREATE TYPE small_range AS RANGE (subtype = small);
CREATE TYPE big AS RANGE (subtype = bigint);
DROP DOMAIN small CASCADE;
