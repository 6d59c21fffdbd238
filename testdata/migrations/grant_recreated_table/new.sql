-- roles: strata_reader
CREATE TABLE m (a integer, b integer) PARTITION BY RANGE (b);
GRANT SELECT ON m TO strata_reader;
GRANT UPDATE (b) ON m TO strata_reader;
