-- roles: strata_reader
-- Privileges follow their object through renames and SET SCHEMA.
CREATE SCHEMA app;
CREATE TABLE t (id integer, old_name text);
CREATE SEQUENCE s;
GRANT SELECT ON t TO strata_reader;
GRANT UPDATE (old_name) ON t TO strata_reader;
GRANT USAGE ON SEQUENCE s TO strata_reader;
ALTER TABLE t RENAME TO t2;
ALTER TABLE t2 RENAME COLUMN old_name TO new_name;
ALTER TABLE t2 SET SCHEMA app;
ALTER SEQUENCE s RENAME TO s2;
ALTER SCHEMA app RENAME TO app2;
