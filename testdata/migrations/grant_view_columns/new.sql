-- roles: strata_reader, strata_writer
CREATE TABLE t (id integer, name text);
CREATE VIEW v AS SELECT id, name FROM t;
GRANT SELECT ON v TO strata_reader;
GRANT UPDATE (name), INSERT (id, name) ON v TO strata_writer;
