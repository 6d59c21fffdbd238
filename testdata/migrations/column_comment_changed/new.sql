-- A column's comment changes (new side).
CREATE TABLE t (v text);
COMMENT ON COLUMN t.v IS 'after';
