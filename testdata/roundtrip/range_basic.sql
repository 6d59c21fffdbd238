-- Range types: subtype, diff function, collation, opclass, comment.
CREATE TYPE floatrange AS RANGE (subtype = float8, subtype_diff = float8mi);
CREATE TYPE uuidrange AS RANGE (
    SUBTYPE = UUID
);
CREATE TYPE textrange_c AS RANGE (subtype = text, collation = "C");
CREATE TYPE textrange_pattern AS RANGE (subtype = text, subtype_opclass = text_pattern_ops);
CREATE TYPE dates AS RANGE (subtype = date);
COMMENT ON TYPE floatrange IS 'floats';
CREATE TABLE t (f floatrange, u uuidrange[], d dates, tm textrange_c);
