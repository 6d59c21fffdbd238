-- A column's comment is set (new side).
CREATE TABLE t (v text);
COMMENT ON COLUMN t.v IS 'the value';
