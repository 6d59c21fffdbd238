-- A class renamed and moved (new.sql says ALTER OPERATOR CLASS ...
-- RENAME TO / SET SCHEMA), with the index and the exclusion constraint
-- that name it: the plan drops them with the old class and creates the
-- class and them again under the new name, both ways.
CREATE SCHEMA geo;
CREATE TYPE geo.pt AS (x integer, y integer);
CREATE FUNCTION geo.pt_cmp(geo.pt, geo.pt) RETURNS integer LANGUAGE sql IMMUTABLE
    AS $$ SELECT CASE WHEN $1 < $2 THEN -1 WHEN $1 > $2 THEN 1 ELSE 0 END $$;
CREATE FUNCTION geo.pt_eq(geo.pt, geo.pt) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT geo.pt_cmp($1, $2) = 0 $$;
CREATE OPERATOR geo.=== (LEFTARG = geo.pt, RIGHTARG = geo.pt, FUNCTION = geo.pt_eq,
    COMMUTATOR = OPERATOR(geo.===));
CREATE OPERATOR CLASS geo.pt_ops FOR TYPE geo.pt USING btree AS
    OPERATOR 3 geo.===, FUNCTION 1 geo.pt_cmp(geo.pt, geo.pt);
CREATE TABLE geo.t (a geo.pt, b geo.pt,
    CONSTRAINT t_b_excl EXCLUDE USING btree (b geo.pt_ops WITH OPERATOR(geo.===)));
CREATE INDEX t_a ON geo.t (a geo.pt_ops);
