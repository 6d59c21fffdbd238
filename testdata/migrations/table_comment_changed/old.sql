-- A table's comment changes (old side).
CREATE TABLE t (id integer);
COMMENT ON TABLE t IS 'before';
