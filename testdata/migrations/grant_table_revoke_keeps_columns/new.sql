-- roles: strata_reader
CREATE TABLE t (id integer, secret text);
GRANT SELECT (id) ON t TO strata_reader;
