-- roles: strata_owner, strata_reader, strata_writer
-- Entries of another role change nothing the plan creates.
ALTER DEFAULT PRIVILEGES FOR ROLE strata_owner GRANT SELECT ON TABLES TO strata_reader;
ALTER DEFAULT PRIVILEGES FOR ROLE strata_owner IN SCHEMA public GRANT UPDATE ON TABLES TO strata_writer;
CREATE TABLE t (id integer);
