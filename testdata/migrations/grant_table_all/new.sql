-- roles: strata_app, strata_reader
CREATE TABLE t (id integer);
CREATE TABLE u (id integer);
GRANT SELECT, INSERT ON t TO strata_app;
GRANT ALL ON u TO strata_reader;
