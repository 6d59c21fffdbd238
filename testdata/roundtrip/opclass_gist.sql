-- A GiST class over built-in support functions: operators (also an
-- ordering one, FOR ORDER BY) and optional support functions belong to
-- the family, required support functions to the class; an index using it.
-- requires: SELECT current_setting('server_version_num')::int >= 140000
CREATE SCHEMA geo;
CREATE OPERATOR CLASS geo.box_ops FOR TYPE box USING gist AS
    OPERATOR 3 &&,
    OPERATOR 15 <-> (box, point) FOR ORDER BY float_ops,
    FUNCTION 1 gist_box_consistent(internal, box, smallint, oid, internal),
    FUNCTION 2 gist_box_union(internal, internal),
    FUNCTION 5 gist_box_penalty(internal, internal, internal),
    FUNCTION 6 gist_box_picksplit(internal, internal),
    FUNCTION 7 gist_box_same(box, box, internal),
    FUNCTION 8 gist_box_distance(internal, box, smallint, oid, internal);
COMMENT ON OPERATOR FAMILY geo.box_ops USING gist IS 'boxes';
CREATE TABLE geo.shapes (b box);
CREATE INDEX shapes_b ON geo.shapes USING gist (b geo.box_ops);
