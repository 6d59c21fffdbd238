-- Comments and column defaults of a view change in place.
CREATE TABLE t (id integer PRIMARY KEY, name text, qty integer);
CREATE VIEW v AS SELECT id, name, qty FROM t;
COMMENT ON VIEW v IS 'old';
COMMENT ON COLUMN v.name IS 'the name';
ALTER VIEW v ALTER COLUMN qty SET DEFAULT 1;
