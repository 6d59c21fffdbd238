-- roles: strata_a, strata_b
CREATE TABLE t (id integer);
GRANT SELECT, UPDATE ON t TO strata_a;
GRANT DELETE, TRIGGER ON t TO strata_b;
