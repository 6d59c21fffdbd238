-- A table's comment changes (new side).
CREATE TABLE t (id integer);
COMMENT ON TABLE t IS 'after';
