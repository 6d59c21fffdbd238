-- roles: strata_a, strata_b
CREATE TABLE t (id integer);
GRANT SELECT, INSERT ON t TO strata_a;
GRANT TRUNCATE ON t TO strata_b;
