-- Comments and column defaults of a view change in place.
CREATE TABLE t (id integer PRIMARY KEY, name text, qty integer);
CREATE VIEW v AS SELECT id, name, qty FROM t;
COMMENT ON VIEW v IS 'new';
COMMENT ON COLUMN v.qty IS 'how many';
ALTER VIEW v ALTER COLUMN name SET DEFAULT 'x';
