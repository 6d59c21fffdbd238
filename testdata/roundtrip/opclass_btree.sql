-- Operator classes and families for a composite type: a class that
-- creates its own family, a DEFAULT class in a named family with a member
-- added after it (tied to the class, as PostgreSQL ties same-type btree
-- members), a family whose members were added before its class (loose
-- members of the family), comments, and indexes with the default and a
-- non-default user class.
-- requires: SELECT current_setting('server_version_num')::int >= 140000
CREATE TYPE pt AS (x integer, y integer);
CREATE FUNCTION pt_cmp(pt, pt) RETURNS integer LANGUAGE sql IMMUTABLE
    AS $$ SELECT CASE WHEN $1 < $2 THEN -1 WHEN $1 > $2 THEN 1 ELSE 0 END $$;
CREATE FUNCTION pt_lt(pt, pt) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT pt_cmp($1, $2) < 0 $$;
CREATE FUNCTION pt_eq(pt, pt) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT pt_cmp($1, $2) = 0 $$;
CREATE OPERATOR <<< (LEFTARG = pt, RIGHTARG = pt, FUNCTION = pt_lt);
CREATE OPERATOR === (LEFTARG = pt, RIGHTARG = pt, FUNCTION = pt_eq);

CREATE OPERATOR CLASS pt_ops FOR TYPE pt USING btree AS
    OPERATOR 1 <<<,
    OPERATOR 3 ===,
    FUNCTION 1 pt_cmp(pt, pt);
COMMENT ON OPERATOR CLASS pt_ops USING btree IS 'ordering of points';

CREATE OPERATOR FAMILY fam2 USING btree;
CREATE OPERATOR CLASS pt_ops2 DEFAULT FOR TYPE pt USING btree FAMILY fam2 AS
    OPERATOR 1 <<<, FUNCTION 1 pt_cmp(pt, pt), STORAGE pt;
ALTER OPERATOR FAMILY fam2 USING btree ADD OPERATOR 3 === (pt, pt);

CREATE OPERATOR FAMILY fam3 USING btree;
ALTER OPERATOR FAMILY fam3 USING btree
    ADD OPERATOR 3 === (pt, pt), FUNCTION 1 (pt, pt) pt_cmp(pt, pt);
CREATE OPERATOR CLASS pt_ops3 FOR TYPE pt USING btree FAMILY fam3 AS OPERATOR 1 <<<;
COMMENT ON OPERATOR FAMILY fam3 USING btree IS 'loose members';

CREATE TABLE t (a pt, b pt);
CREATE INDEX t_a ON t (a);
CREATE INDEX t_a_ops ON t (a pt_ops);
CREATE INDEX t_b_ops2 ON t (b pt_ops2);
