-- roles: strata_app
CREATE SEQUENCE s;
CREATE TABLE t (id serial);
GRANT USAGE, SELECT ON SEQUENCE s TO strata_app;
GRANT ALL ON SEQUENCE t_id_seq TO strata_app;
