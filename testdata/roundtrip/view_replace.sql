-- CREATE OR REPLACE VIEW keeps comments and adds columns at the end.
CREATE TABLE metric (id integer, name text, value double precision);
CREATE VIEW metric_v AS SELECT id, name FROM metric;
COMMENT ON VIEW metric_v IS 'metrics';
COMMENT ON COLUMN metric_v.name IS 'the name';
CREATE OR REPLACE VIEW metric_v AS SELECT id, name, value FROM metric WHERE value > 0;
CREATE OR REPLACE VIEW metric_new AS SELECT id FROM metric;
