CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE TYPE floatrange AS RANGE (subtype = float8);
CREATE TABLE t (name text COLLATE ci NOT NULL, r floatrange);
