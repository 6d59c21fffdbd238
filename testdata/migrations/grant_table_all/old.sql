-- roles: strata_app, strata_reader
CREATE TABLE t (id integer);
CREATE TABLE u (id integer);
GRANT ALL ON t TO strata_app;
GRANT SELECT ON u TO strata_reader;
