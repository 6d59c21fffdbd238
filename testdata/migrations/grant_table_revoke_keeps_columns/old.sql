-- roles: strata_reader
-- A table-level REVOKE takes the privilege off every column too: the plan
-- must grant the column privilege that stays again.
CREATE TABLE t (id integer, secret text);
GRANT SELECT ON t TO strata_reader;
GRANT SELECT (id) ON t TO strata_reader;
