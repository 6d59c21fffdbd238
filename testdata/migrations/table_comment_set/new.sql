-- A table's comment is set (new side).
CREATE TABLE t (id integer);
COMMENT ON TABLE t IS 'a table';
