-- See old.sql.
CREATE SCHEMA ops;
CREATE FUNCTION ops.int_cmp(integer, integer) RETURNS integer LANGUAGE sql IMMUTABLE
    AS 'SELECT CASE WHEN $1 < $2 THEN -1 WHEN $1 > $2 THEN 1 ELSE 0 END';
CREATE FUNCTION ops.int_cmp8(integer, bigint) RETURNS integer LANGUAGE sql IMMUTABLE
    AS 'SELECT CASE WHEN $1 < $2 THEN -1 WHEN $1 > $2 THEN 1 ELSE 0 END';
CREATE OPERATOR FAMILY ops.rev USING btree;
ALTER OPERATOR FAMILY ops.rev USING btree ADD OPERATOR 5 < (integer, integer);
CREATE OPERATOR CLASS ops.rev_int FOR TYPE integer USING btree FAMILY ops.rev AS
    OPERATOR 1 >, FUNCTION 1 ops.int_cmp(integer, integer);
ALTER OPERATOR FAMILY ops.rev USING btree
    ADD OPERATOR 3 = (integer, bigint), FUNCTION 1 ops.int_cmp8(integer, bigint);
COMMENT ON OPERATOR FAMILY ops.rev USING btree IS 'reverse order';
CREATE TABLE ops.t (n integer);
CREATE INDEX t_rev ON ops.t (n ops.rev_int);
