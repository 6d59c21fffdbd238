-- roles: strata_reader
-- CREATE OR REPLACE VIEW keeps the view's privileges and its columns'.
CREATE TABLE t (id integer, name text);
CREATE VIEW v AS SELECT id FROM t;
GRANT SELECT ON v TO strata_reader;
GRANT SELECT (id) ON v TO PUBLIC;
CREATE OR REPLACE VIEW v AS SELECT id, name FROM t;
