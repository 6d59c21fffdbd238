CREATE TYPE floatrange AS RANGE (subtype = float8, subtype_diff = float8mi);
COMMENT ON TYPE floatrange IS 'floats';
CREATE TABLE t (id integer, r floatrange, m floatmultirange);
