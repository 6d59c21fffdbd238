-- See old.sql.
CREATE SCHEMA geo;
CREATE TYPE geo.pt AS (x integer, y integer);
CREATE FUNCTION geo.pt_cmp(geo.pt, geo.pt) RETURNS integer LANGUAGE sql IMMUTABLE
    AS $$ SELECT CASE WHEN $1 < $2 THEN -1 WHEN $1 > $2 THEN 1 ELSE 0 END $$;
CREATE FUNCTION geo.pt_eq(geo.pt, geo.pt) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT geo.pt_cmp($1, $2) = 0 $$;
CREATE OPERATOR geo.=== (LEFTARG = geo.pt, RIGHTARG = geo.pt, FUNCTION = geo.pt_eq);
CREATE OPERATOR CLASS geo.pt_ops DEFAULT FOR TYPE geo.pt USING btree AS
    OPERATOR 3 geo.===, FUNCTION 1 geo.pt_cmp(geo.pt, geo.pt);
CREATE OPERATOR CLASS geo.box_ops FOR TYPE box USING gist AS
    OPERATOR 3 &&,
    FUNCTION 1 gist_box_consistent(internal, box, smallint, oid, internal),
    FUNCTION 2 gist_box_union(internal, internal),
    FUNCTION 5 gist_box_penalty(internal, internal, internal),
    FUNCTION 6 gist_box_picksplit(internal, internal),
    FUNCTION 7 gist_box_same(box, box, internal);
CREATE TABLE geo.shapes (id integer, b box, p geo.pt,
    CONSTRAINT shapes_no_overlap EXCLUDE USING gist (b geo.box_ops WITH &&),
    CONSTRAINT shapes_p_key UNIQUE (p));
