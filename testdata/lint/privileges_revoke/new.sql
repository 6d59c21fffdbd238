CREATE TABLE t (id integer);
GRANT SELECT ON t TO strata_app;
