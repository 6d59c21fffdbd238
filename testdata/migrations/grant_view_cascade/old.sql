-- roles: strata_reader
-- A column type change under a view: the view is dropped and created
-- again around it (plan/cascade.go), and gets its privileges again.
CREATE TABLE t (id integer, n integer);
CREATE VIEW v AS SELECT id, n FROM t;
GRANT SELECT ON v TO strata_reader;
GRANT UPDATE (n) ON v TO strata_reader;
