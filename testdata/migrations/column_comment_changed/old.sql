-- A column's comment changes (old side).
CREATE TABLE t (v text);
COMMENT ON COLUMN t.v IS 'before';
