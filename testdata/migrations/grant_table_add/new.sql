-- roles: strata_reader, strata_writer
CREATE TABLE account (id bigint PRIMARY KEY, email text);
GRANT SELECT ON account TO strata_reader, PUBLIC;
GRANT SELECT, INSERT, UPDATE, DELETE ON account TO strata_writer;
