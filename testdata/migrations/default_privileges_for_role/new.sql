-- roles: strata_owner, strata_reader, strata_writer
ALTER DEFAULT PRIVILEGES FOR ROLE strata_owner GRANT SELECT, INSERT ON TABLES TO strata_reader;
ALTER DEFAULT PRIVILEGES FOR ROLE strata_owner GRANT USAGE ON SCHEMAS TO strata_writer;
CREATE TABLE t (id integer);
CREATE TABLE u (id integer);
