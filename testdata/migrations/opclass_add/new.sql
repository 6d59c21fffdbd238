-- The same with a btree class in its own family, a DEFAULT class in a
-- named family with a loose cross-type member, and indexes using both.
CREATE TYPE pt AS (x integer, y integer);
CREATE FUNCTION pt_cmp(pt, pt) RETURNS integer LANGUAGE sql IMMUTABLE
    AS $$ SELECT CASE WHEN $1 < $2 THEN -1 WHEN $1 > $2 THEN 1 ELSE 0 END $$;
CREATE FUNCTION pt_lt(pt, pt) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT pt_cmp($1, $2) < 0 $$;
CREATE FUNCTION pt_le(pt, pt) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT pt_cmp($1, $2) <= 0 $$;
CREATE FUNCTION pt_eq(pt, pt) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT pt_cmp($1, $2) = 0 $$;
CREATE OPERATOR <<< (LEFTARG = pt, RIGHTARG = pt, FUNCTION = pt_lt);
CREATE OPERATOR <<= (LEFTARG = pt, RIGHTARG = pt, FUNCTION = pt_le);
CREATE OPERATOR === (LEFTARG = pt, RIGHTARG = pt, FUNCTION = pt_eq);
CREATE TABLE t (id integer, a pt, b pt);
CREATE FUNCTION pt_cmp_int(pt, integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT 0';
CREATE OPERATOR CLASS pt_ops FOR TYPE pt USING btree AS
    OPERATOR 1 <<<, OPERATOR 2 <<=, OPERATOR 3 ===, FUNCTION 1 pt_cmp(pt, pt);
COMMENT ON OPERATOR CLASS pt_ops USING btree IS 'points';
CREATE OPERATOR FAMILY pt_fam USING btree;
ALTER OPERATOR FAMILY pt_fam USING btree ADD FUNCTION 1 pt_cmp_int(pt, integer);
COMMENT ON OPERATOR FAMILY pt_fam USING btree IS 'family';
CREATE OPERATOR CLASS pt_default DEFAULT FOR TYPE pt USING btree FAMILY pt_fam AS
    OPERATOR 1 <<<, OPERATOR 3 ===, FUNCTION 1 pt_cmp(pt, pt);
CREATE INDEX t_a ON t (a pt_ops);
CREATE INDEX t_b ON t (b);
