-- roles: strata_reader, strata_writer
CREATE TABLE t (id integer, name text);
CREATE VIEW v AS SELECT id, name FROM t;
GRANT SELECT (id) ON v TO strata_reader;
