-- roles: strata_reader
-- The view loses a column, which CREATE OR REPLACE VIEW cannot do: it is
-- dropped and created again, and gets its privileges again.
CREATE TABLE t (id integer, n integer);
CREATE VIEW v AS SELECT id, n FROM t;
GRANT SELECT ON v TO strata_reader;
GRANT UPDATE (n) ON v TO strata_reader;
