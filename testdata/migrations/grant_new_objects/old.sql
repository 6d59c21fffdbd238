-- roles: strata_reader, strata_writer
CREATE TABLE keep (id integer);
