-- roles: strata_reader
-- The partition key changes: the table is dropped and created again, and
-- gets its privileges again although they did not change.
CREATE TABLE m (a integer, b integer) PARTITION BY RANGE (a);
GRANT SELECT ON m TO strata_reader;
GRANT UPDATE (b) ON m TO strata_reader;
