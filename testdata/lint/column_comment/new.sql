CREATE TABLE t (id integer PRIMARY KEY, v text);
COMMENT ON COLUMN t.v IS 'the value';
