CREATE TYPE c AS (a bigint, d text COLLATE "C", e numeric(5,1));
COMMENT ON COLUMN c.e IS 'new';
