-- requires: SELECT current_setting('server_version_num')::int >= 140000
-- ALTER DOMAIN / TYPE ... RENAME TO and SET SCHEMA of domains, composite
-- and range types: the columns, types, casts and expressions that use
-- them follow.
CREATE SCHEMA s;
CREATE DOMAIN d AS integer CHECK (VALUE > 0);
CREATE TYPE c AS (a d, b text);
CREATE TYPE r AS RANGE (subtype = float8);
CREATE TABLE t (x d DEFAULT 1, y c, z r, w d[] CHECK (cardinality(w) < 5), v text DEFAULT '(1,a)'::c::text);
CREATE CAST (c AS integer) WITH INOUT;
ALTER DOMAIN d RENAME TO d2;
ALTER DOMAIN d2 RENAME CONSTRAINT d_check TO d2_positive;
ALTER TYPE c RENAME TO c2;
ALTER TYPE r RENAME TO r2;
ALTER DOMAIN d2 SET SCHEMA s;
ALTER TYPE c2 SET SCHEMA s;
