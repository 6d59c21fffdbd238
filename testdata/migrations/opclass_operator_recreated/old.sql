-- The function of an operator a class uses changes: the operator is
-- created again, and with it the class and the index that uses it.
CREATE TYPE pt AS (x integer, y integer);
CREATE FUNCTION pt_cmp(pt, pt) RETURNS integer LANGUAGE sql IMMUTABLE
    AS $$ SELECT CASE WHEN $1 < $2 THEN -1 WHEN $1 > $2 THEN 1 ELSE 0 END $$;
CREATE FUNCTION pt_lt(pt, pt) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT pt_cmp($1, $2) < 0 $$;
CREATE FUNCTION pt_le(pt, pt) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT pt_cmp($1, $2) <= 0 $$;
CREATE FUNCTION pt_eq(pt, pt) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT pt_cmp($1, $2) = 0 $$;
CREATE FUNCTION pt_lt2(pt, pt) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT pt_cmp($1, $2) = -1 $$;
CREATE OPERATOR <<< (LEFTARG = pt, RIGHTARG = pt, FUNCTION = pt_lt);
CREATE OPERATOR <<= (LEFTARG = pt, RIGHTARG = pt, FUNCTION = pt_le);
CREATE OPERATOR === (LEFTARG = pt, RIGHTARG = pt, FUNCTION = pt_eq);
CREATE TABLE t (id integer, a pt, b pt);
CREATE OPERATOR CLASS pt_ops FOR TYPE pt USING btree AS
    OPERATOR 1 <<<, OPERATOR 3 ===, FUNCTION 1 pt_cmp(pt, pt);
CREATE INDEX t_a ON t (a pt_ops);
