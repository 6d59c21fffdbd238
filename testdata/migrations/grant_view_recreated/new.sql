-- roles: strata_reader
CREATE TABLE t (id integer, n integer);
CREATE VIEW v AS SELECT n FROM t;
GRANT SELECT ON v TO strata_reader;
GRANT UPDATE (n) ON v TO strata_reader;
