-- ALTER OPERATOR CLASS / FAMILY ... RENAME TO and SET SCHEMA, and ALTER
-- SCHEMA ... RENAME of a schema that holds a class and families: the
-- indexes, exclusion constraints and range types that name a class, the
-- classes of a renamed family and the ordering operators of a gist class
-- that name a btree family follow, as the catalog's numbers do. OWNER TO
-- is skipped like other owners.
-- requires: SELECT current_setting('server_version_num')::int >= 140000
CREATE SCHEMA geo;
CREATE SCHEMA other;
CREATE TYPE geo.pt AS (x integer, y integer);
CREATE FUNCTION geo.pt_cmp(geo.pt, geo.pt) RETURNS integer LANGUAGE sql IMMUTABLE
    AS $$ SELECT CASE WHEN $1 < $2 THEN -1 WHEN $1 > $2 THEN 1 ELSE 0 END $$;
CREATE FUNCTION geo.pt_lt(geo.pt, geo.pt) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT geo.pt_cmp($1, $2) < 0 $$;
CREATE FUNCTION geo.pt_eq(geo.pt, geo.pt) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT geo.pt_cmp($1, $2) = 0 $$;
CREATE OPERATOR geo.<<< (LEFTARG = geo.pt, RIGHTARG = geo.pt, FUNCTION = geo.pt_lt);
CREATE OPERATOR geo.=== (LEFTARG = geo.pt, RIGHTARG = geo.pt, FUNCTION = geo.pt_eq, COMMUTATOR = OPERATOR(geo.===));

-- A class that creates its own family; both renamed, the class moved.
CREATE OPERATOR CLASS geo.pt_ops FOR TYPE geo.pt USING btree AS
    OPERATOR 1 geo.<<<, OPERATOR 3 geo.===, FUNCTION 1 geo.pt_cmp(geo.pt, geo.pt);
CREATE TABLE geo.t (a geo.pt, b geo.pt, w box,
    CONSTRAINT t_b_excl EXCLUDE USING btree (b geo.pt_ops WITH OPERATOR(geo.===)));
CREATE INDEX t_a ON geo.t (a geo.pt_ops);
ALTER OPERATOR CLASS geo.pt_ops USING btree RENAME TO point_ops;
ALTER OPERATOR FAMILY geo.pt_ops USING btree RENAME TO point_family;
ALTER OPERATOR CLASS geo.point_ops USING btree SET SCHEMA other;
ALTER OPERATOR CLASS other.point_ops USING btree OWNER TO CURRENT_USER;
COMMENT ON OPERATOR CLASS other.point_ops USING btree IS 'moved';

-- A family moved to another schema with its class staying behind.
CREATE OPERATOR FAMILY geo.fam2 USING btree;
CREATE OPERATOR CLASS geo.pt_ops2 FOR TYPE geo.pt USING btree FAMILY geo.fam2 AS
    OPERATOR 1 geo.<<<, FUNCTION 1 geo.pt_cmp(geo.pt, geo.pt);
ALTER OPERATOR FAMILY geo.fam2 USING btree SET SCHEMA other;
ALTER OPERATOR FAMILY other.fam2 USING btree OWNER TO CURRENT_USER;

-- A gist class whose ordering operator names a btree family that is
-- renamed afterwards, then the schema of both renamed.
CREATE SCHEMA shapes;
CREATE OPERATOR FAMILY shapes.order_fam USING btree;
CREATE OPERATOR CLASS shapes.box_ops FOR TYPE box USING gist AS
    OPERATOR 3 &&,
    OPERATOR 15 <-> (box, point) FOR ORDER BY shapes.order_fam,
    FUNCTION 1 gist_box_consistent(internal, box, smallint, oid, internal),
    FUNCTION 2 gist_box_union(internal, internal),
    FUNCTION 5 gist_box_penalty(internal, internal, internal),
    FUNCTION 6 gist_box_picksplit(internal, internal),
    FUNCTION 7 gist_box_same(box, box, internal);
CREATE INDEX t_w ON geo.t USING gist (w shapes.box_ops);
ALTER OPERATOR CLASS shapes.box_ops USING gist RENAME TO shape_ops;
ALTER OPERATOR FAMILY shapes.order_fam USING btree RENAME TO dist_fam;
ALTER SCHEMA shapes RENAME TO figures;
