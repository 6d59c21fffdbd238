-- A composite type with its operators and a table, no operator class.
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
