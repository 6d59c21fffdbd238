-- Constraints whose indexes use user operator classes that change: a
-- unique key over a type whose DEFAULT btree class gains an operator, with
-- a foreign key that references it, and an exclusion constraint naming
-- another class of the type that gains one too, also used by an index
-- over a user function's result. Each class is dropped and created again,
-- so the constraints and the index are dropped before and added again
-- after it (the foreign key around the unique key), both ways.
CREATE SCHEMA geo;
CREATE TYPE geo.pt AS (x integer, y integer);
CREATE FUNCTION geo.pt_cmp(geo.pt, geo.pt) RETURNS integer LANGUAGE sql IMMUTABLE
    AS $$ SELECT CASE WHEN $1 < $2 THEN -1 WHEN $1 > $2 THEN 1 ELSE 0 END $$;
CREATE FUNCTION geo.pt_lt(geo.pt, geo.pt) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT geo.pt_cmp($1, $2) < 0 $$;
CREATE FUNCTION geo.pt_eq(geo.pt, geo.pt) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT geo.pt_cmp($1, $2) = 0 $$;
CREATE OPERATOR geo.<<< (LEFTARG = geo.pt, RIGHTARG = geo.pt, FUNCTION = geo.pt_lt);
CREATE OPERATOR geo.=== (LEFTARG = geo.pt, RIGHTARG = geo.pt, FUNCTION = geo.pt_eq,
    COMMUTATOR = OPERATOR(geo.===));
CREATE OPERATOR CLASS geo.pt_ops DEFAULT FOR TYPE geo.pt USING btree AS
    OPERATOR 3 geo.===, FUNCTION 1 geo.pt_cmp(geo.pt, geo.pt);
CREATE OPERATOR CLASS geo.pt_named FOR TYPE geo.pt USING btree AS
    OPERATOR 3 geo.===, FUNCTION 1 geo.pt_cmp(geo.pt, geo.pt);
CREATE TABLE geo.shapes (id integer, p geo.pt, q geo.pt,
    CONSTRAINT shapes_q_excl EXCLUDE USING btree (q geo.pt_named WITH OPERATOR(geo.===)),
    CONSTRAINT shapes_p_key UNIQUE (p));
CREATE TABLE geo.marks (id integer, p geo.pt REFERENCES geo.shapes (p));
CREATE FUNCTION geo.pt_norm(geo.pt) RETURNS geo.pt LANGUAGE sql IMMUTABLE AS $$ SELECT $1 $$;
CREATE INDEX shapes_norm ON geo.shapes ((geo.pt_norm(q)) geo.pt_named);
