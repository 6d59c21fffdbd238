-- ALTER OPERATOR FAMILY ADD and DROP; DROP OPERATOR CLASS keeps the
-- family and its loose members, and takes the members tied to the class;
-- a hash class (the standard hash function is tied to the class, the
-- extended one is a loose family member); cross-type members over
-- built-in types; DROP OPERATOR FAMILY takes its classes.
-- requires: SELECT current_setting('server_version_num')::int >= 140000
CREATE SCHEMA ops;
CREATE FUNCTION ops.int_cmp(integer, integer) RETURNS integer LANGUAGE sql IMMUTABLE
    AS 'SELECT CASE WHEN $1 < $2 THEN -1 WHEN $1 > $2 THEN 1 ELSE 0 END';
CREATE FUNCTION ops.int_cmp8(integer, bigint) RETURNS integer LANGUAGE sql IMMUTABLE
    AS 'SELECT CASE WHEN $1 < $2 THEN -1 WHEN $1 > $2 THEN 1 ELSE 0 END';
CREATE FUNCTION ops.int_hash(integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT $1';
CREATE FUNCTION ops.int_hashx(integer, bigint) RETURNS bigint LANGUAGE sql IMMUTABLE AS 'SELECT $1::bigint';

CREATE OPERATOR FAMILY ops.rev USING btree;
CREATE OPERATOR CLASS ops.rev_int FOR TYPE integer USING btree FAMILY ops.rev AS
    OPERATOR 1 >, OPERATOR 2 >=, OPERATOR 3 =, OPERATOR 4 <=, OPERATOR 5 <,
    FUNCTION 1 ops.int_cmp(integer, integer);
ALTER OPERATOR FAMILY ops.rev USING btree ADD
    OPERATOR 1 > (integer, bigint), OPERATOR 3 = (integer, bigint),
    FUNCTION 1 ops.int_cmp8(integer, bigint);
ALTER OPERATOR FAMILY ops.rev USING btree DROP OPERATOR 1 (integer, bigint);

CREATE OPERATOR CLASS ops.hash_int FOR TYPE integer USING hash AS
    OPERATOR 1 =, FUNCTION 1 ops.int_hash(integer), FUNCTION 2 ops.int_hashx(integer, bigint);

CREATE OPERATOR CLASS ops.gone FOR TYPE integer USING btree AS
    OPERATOR 1 <, FUNCTION 1 ops.int_cmp(integer, integer);
DROP OPERATOR CLASS ops.gone USING btree;

CREATE OPERATOR FAMILY ops.dropped USING hash;
CREATE OPERATOR CLASS ops.dropped_int FOR TYPE integer USING hash FAMILY ops.dropped AS OPERATOR 1 =;
DROP OPERATOR FAMILY ops.dropped USING hash;

CREATE TABLE ops.t (n integer);
CREATE INDEX t_rev ON ops.t (n ops.rev_int);
CREATE INDEX t_hash ON ops.t USING hash (n ops.hash_int);
