-- roles: strata_app
CREATE SEQUENCE s;
CREATE TABLE t (id serial);
GRANT USAGE ON SEQUENCE t_id_seq TO strata_app;
