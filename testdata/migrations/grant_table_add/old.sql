-- roles: strata_reader, strata_writer
CREATE TABLE account (id bigint PRIMARY KEY, email text);
