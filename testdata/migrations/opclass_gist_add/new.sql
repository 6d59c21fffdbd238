-- See old.sql.
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
CREATE TABLE geo.shapes (b box);
CREATE INDEX shapes_b ON geo.shapes USING gist (b geo.box_ops);
