-- roles: strata_reader, strata_writer
-- Views and materialized views take table privileges (GRANT ... ON TABLE
-- or ON ALL TABLES IN SCHEMA), and column privileges.
CREATE TABLE t (id integer, name text, secret text);
CREATE VIEW v AS SELECT id, name FROM t;
CREATE MATERIALIZED VIEW mv AS SELECT id FROM t;
CREATE SCHEMA rep;
CREATE VIEW rep.a AS SELECT 1 AS one;
CREATE VIEW rep.b AS SELECT 2 AS two;
GRANT SELECT ON v TO strata_reader;
GRANT INSERT (id, name), UPDATE (name) ON v TO strata_writer;
GRANT SELECT ON TABLE mv TO strata_reader, PUBLIC;
GRANT SELECT ON ALL TABLES IN SCHEMA rep TO strata_reader;
