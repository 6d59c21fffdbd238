CREATE TABLE t (id integer);
GRANT SELECT, INSERT ON t TO strata_app;
